import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Links opened in a tab that is already open: the address bar must hold the current experiment's
 * link at all times, and a link that arrives wins over any edit made before it.
 */

const heading = (page: Page, dataset: string) =>
  page.getByRole('heading', { name: `Data: ${dataset}` });
const hashOf = (page: Page) => page.evaluate(() => window.location.hash);

/** The share link of the experiment shown now, once the address bar shows it too. */
async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to this experiment').inputValue();
  expect(link).toContain('#e=');
  await expect.poll(() => page.url()).toBe(link);
  return link;
}

test('an edit, then at once the previous link: the link wins', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Spiral' }).click();
  const epochs = await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).inputValue();
  const spiral = new URL(await shareLink(page)).hash;

  // The edit and the link land together: no waiting for the edit to reach the address bar.
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('7');
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, spiral);

  await expect(heading(page, 'Spiral')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue(epochs);
  expect(await hashOf(page)).toBe(spiral);
});

test('the same link opened twice, with an edit in between, opens both times', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Spiral' }).click();
  const spiral = await shareLink(page);

  await page.getByRole('radio', { name: 'XOR' }).click();
  await expect(heading(page, 'XOR')).toBeVisible();
  await page.goto(spiral);
  await expect(heading(page, 'Spiral')).toBeVisible();

  await page.getByRole('radio', { name: 'Moons' }).click();
  await expect(heading(page, 'Moons')).toBeVisible();
  // The address bar shows the edited experiment before the link is opened again.
  await expect.poll(() => page.url()).not.toBe(spiral);
  await page.goto(spiral);
  await expect(heading(page, 'Spiral')).toBeVisible();
  expect(page.url()).toBe(spiral);
});

test('two different links in a row open the second; Back opens the first', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Spiral' }).click();
  const spiral = await shareLink(page);
  await page.getByRole('radio', { name: 'Moons' }).click();
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('42');
  const moons = await shareLink(page);
  await page.getByRole('radio', { name: 'XOR' }).click();
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('5');
  await expect(heading(page, 'XOR')).toBeVisible();

  await page.goto(spiral);
  await page.goto(moons);
  await expect(heading(page, 'Moons')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('42');
  expect(page.url()).toBe(moons);

  await page.goBack();
  await expect(heading(page, 'Spiral')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).not.toHaveValue('42');
  expect(page.url()).toBe(spiral);

  // An edit, then both links in one task, before either is reported: the second wins.
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('9');
  await page.evaluate(
    ([first, second]) => {
      window.location.hash = first;
      window.location.hash = second;
    },
    [new URL(spiral).hash, new URL(moons).hash] as const,
  );
  await expect(heading(page, 'Moons')).toBeVisible();
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('42');
  expect(page.url()).toBe(moons);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
