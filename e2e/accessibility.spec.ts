import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * axe's WCAG 2 A and AA rules on the whole page; one line per serious or critical violation and
 * element, so a failure says what to fix and where. axe tags "label in name" (WCAG 2.5.3) as
 * WCAG 2.1 and experimental, so the tags alone skip it: it is switched on by name, for buttons
 * whose visible text ("Copy") must be part of their accessible name.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
}

const trainButton = (page: Page) => page.getByRole('button', { name: 'Train' });

test('the run view has no serious or critical axe violations', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await expect(page.getByRole('list', { name: 'Model layers' }).getByRole('listitem')).toHaveCount(
    3,
  );
  await expect(page.getByRole('figure', { name: 'Loss per epoch' })).toContainText('No epochs yet');
  // A card's buttons are named by what they show, then which layer they act on.
  const card = page.getByRole('listitem', { name: /^2\. Dense/ });
  await expect(card.getByRole('button', { name: 'Copy layer 2, Dense(8, relu)' })).toBeVisible();
  await expect(card.getByRole('button', { name: 'Delete layer 2, Dense(8, relu)' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('after a finished run, charts and legends included, there are no serious or critical axe violations', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByLabel('Epochs').fill('5');
  await trainButton(page).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 5 epochs',
  );
  const loss = page.getByRole('figure', { name: 'Loss per epoch' });
  await expect(loss.getByText('Validation loss', { exact: true })).toBeVisible();
  await expect(loss.locator('.recharts-line-curve').first()).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('Train is described by the reason it cannot train yet, and by nothing once it can', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await expect(trainButton(page)).toBeEnabled();
  await expect(trainButton(page)).toHaveAccessibleDescription('');
  await page.getByLabel('Epochs').fill('0');
  await expect(trainButton(page)).toBeDisabled();
  await expect(trainButton(page)).toHaveAccessibleDescription(
    'Cannot train yet: Epochs must be at least 1',
  );
  await page.getByLabel('Learning rate').fill('0');
  await expect(trainButton(page)).toHaveAccessibleDescription(
    /^Cannot train yet: .+ \(and 1 more problem marked in red\)$/,
  );
  await page.getByLabel('Learning rate').fill('0.01');
  await page.getByLabel('Epochs').fill('3');
  await expect(trainButton(page)).toBeEnabled();
  await expect(trainButton(page)).toHaveAccessibleDescription('');
});
