import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unfold } from './views';

const summaryRows = (page: Page) =>
  page.getByRole('table', { name: /Model summary/ }).getByRole('rowheader');

test('saves the experiment as JSON and opens it again, repairing a damaged file', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Iris' }).click();
  await page.getByRole('button', { name: 'Add Dropout', exact: true }).click();
  await unfold(page, 'File');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save experiment (JSON)' }).click();
  const saved = await (await download).path();
  await unfold(page, 'Model summary');
  const rows = await summaryRows(page).allTextContents();

  await page.goto('/?backend=cpu');
  await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
  await unfold(page, 'File');
  await page.getByLabel('Open experiment…').setInputFiles(saved);
  await expect(page.getByRole('heading', { name: 'Data: Iris' })).toBeVisible();
  await unfold(page, 'Model summary');
  await expect(summaryRows(page)).toHaveText(rows);

  const damaged = join(tmpdir(), 'traintab-damaged.json');
  writeFileSync(damaged, JSON.stringify({ version: 1, training: { epochs: -3 } }));
  await page.getByLabel('Open experiment…').setInputFiles(damaged);
  await expect(page.getByRole('alert')).toContainText('training.epochs was -3');
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('100');

  const notJson = join(tmpdir(), 'traintab-not.json');
  writeFileSync(notJson, 'this is { not json');
  await page.getByLabel('Open experiment…').setInputFiles(notJson);
  await expect(page.getByRole('alert')).toContainText('is not a JSON file: nothing was changed');
});
