import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

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
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('5');
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
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('0');
  await expect(trainButton(page)).toBeDisabled();
  await expect(trainButton(page)).toHaveAccessibleDescription(
    'Cannot train yet: Epochs must be at least 1',
  );
  await page.getByRole('spinbutton', { name: 'Learning rate', exact: true }).fill('0');
  await expect(trainButton(page)).toHaveAccessibleDescription(
    /^Cannot train yet: .+ \(and 1 more problem marked in red\)$/,
  );
  await page.getByRole('spinbutton', { name: 'Learning rate', exact: true }).fill('0.01');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('3');
  await expect(trainButton(page)).toBeEnabled();
  await expect(trainButton(page)).toHaveAccessibleDescription('');
});
