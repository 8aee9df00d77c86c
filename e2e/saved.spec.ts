import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWith, quickSearch } from './spec-link';
import { openView } from './views';

const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const savedTable = (page: Page) =>
  page.getByRole('table', { name: 'Saved searches, newest first' });
const savedRows = (page: Page) => savedTable(page).locator('tbody tr');

async function runSearch(page: Page, trials: number) {
  await page.getByLabel('Max trials').fill(String(trials));
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText(`Finished: ${trials} trials`, { timeout: 60_000 });
}

test('saved searches are listed, renamed, reopened, deleted with undo', async ({ page }) => {
  await openWith(page, '?backend=cpu', quickSearch(3));
  await openView(page, 'Search');
  await runSearch(page, 3);
  await runSearch(page, 2);
  await openView(page, 'History');
  await expect(savedRows(page)).toHaveCount(2);
  // Newest first; the one shown in the Search view is marked and cannot be opened again.
  await expect(savedRows(page).nth(0)).toContainText('(shown in Search)');
  await expect(savedRows(page).nth(0).getByRole('cell').nth(1)).toHaveText('2');
  await expect(savedRows(page).nth(1).getByRole('cell').nth(1)).toHaveText('3');
  await expect(page.getByText(/^Uses .+ of the .+ this browser allows\./)).toBeVisible();

  const older = savedRows(page).nth(1);
  await older.getByRole('button', { name: /^Rename / }).click();
  const name = page.getByRole('textbox', { name: /^New name for / });
  await name.fill('Three learning rates');
  await name.press('Enter');
  await expect(savedRows(page).nth(1).getByRole('rowheader')).toHaveText('Three learning rates');

  await page.getByRole('button', { name: 'Open Three learning rates' }).click();
  await openView(page, 'Search');
  await expect(page.getByRole('table', { name: 'Trials' }).locator('tbody tr')).toHaveCount(3);
  await openView(page, 'History');
  await expect(savedRows(page).nth(1)).toContainText('(shown in Search)');

  await page.getByRole('button', { name: /^Delete Search of / }).click();
  await expect(savedRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo deleting “Search of / }).click();
  await expect(savedRows(page)).toHaveCount(2);
});

test('a search exported as JSON imports back; its CSV has Optuna’s columns; a damaged file is refused', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', quickSearch(2));
  await openView(page, 'Search');
  await runSearch(page, 2);
  await openView(page, 'History');
  const [json] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export .+ as JSON$/ }).click(),
  ]);
  const text = await readFile((await json.path())!, 'utf8');
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: /^Export the trials of .+ as CSV$/ }).click(),
  ]);
  expect(csv.suggestedFilename()).toMatch(/-trials\.csv$/);
  const rows = (await readFile((await csv.path())!, 'utf8')).trim().split(/\r?\n/);
  expect(rows[0]).toBe(
    'number,value,datetime_start,datetime_complete,duration,params_training.learningRate,state',
  );
  expect(rows.slice(1).map((row) => row.split(',').at(-1))).toEqual(['COMPLETE', 'COMPLETE']);

  const importer = page.getByLabel('Import a search (JSON)…');
  await importer.setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text.slice(0, 200)),
  });
  await expect(page.getByRole('alert')).toContainText(
    'This file is not a saved search: it is not JSON. Nothing was imported.',
  );
  await expect(savedRows(page)).toHaveCount(1);

  await importer.setInputFiles({
    name: 'search.json',
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
  await expect(page.getByText('Imported search.json.')).toBeVisible();
  await expect(savedRows(page)).toHaveCount(2);
  // The imported copy opens with the same trials.
  await savedRows(page)
    .nth(0)
    .getByRole('button', { name: /^Open / })
    .click();
  await openView(page, 'Search');
  await expect(page.getByRole('table', { name: 'Trials' }).locator('tbody tr')).toHaveCount(2);
});

test('every run is kept: one reopens in the results as it ended, two compare on one chart, one cut short by a reload says so', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  const status = page.getByRole('status', { name: 'Training status' });
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('20');
  for (const rate of ['0.03', '0.3']) {
    await page.getByRole('spinbutton', { name: 'Learning rate', exact: true }).fill(rate);
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    await expect(status).toContainText('Finished', { timeout: 30_000 });
  }
  const runs = page.getByRole('table', { name: 'Saved runs, newest first' });
  await openView(page, 'History');
  await expect(runs.locator('tbody tr')).toHaveCount(2);
  await expect(runs.locator('tbody tr').first()).toContainText('20 of 20');
  const boxes = await runs.getByRole('checkbox', { name: /^Compare / }).all();
  const overlay = page.getByRole('figure', { name: 'Loss of the ticked runs' });
  // One run ticked: its curves again; two: both on one chart.
  await boxes[0]!.check();
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(2);
  await boxes[1]!.check();
  await expect(overlay.locator('.recharts-line-curve')).toHaveCount(4);

  // The first run (learning rate 0.03) opens in the results as it ended, with its experiment.
  await runs
    .getByRole('button', { name: /^Open .+ in the results$/ })
    .last()
    .click();
  await openView(page, 'Run');
  await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveValue(
    '0.03',
  );
  await expect(status).toContainText('Finished 20 epochs');
  await expect(
    page.getByRole('figure', { name: 'Loss per epoch' }).locator('.recharts-line-curve'),
  ).toHaveCount(2);
  await openView(page, 'History');
  await expect(runs.locator('tbody tr')).toHaveCount(2);
  // Training it again makes a run of its own.
  await openView(page, 'Run');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await openView(page, 'History');
  await expect(runs.locator('tbody tr')).toHaveCount(3);
  await openView(page, 'Run');
  await expect(status).toContainText('Finished');

  // The last run's model is kept on request, and downloads again from its saved run.
  await page.getByRole('button', { name: 'Keep in this browser' }).click();
  await expect(page.getByText('Kept in this browser, with the saved run.')).toBeVisible();
  await openView(page, 'History');
  const [model] = await Promise.all([
    page.waitForEvent('download'),
    runs.getByRole('button', { name: /^Download the model of / }).click(),
  ]);
  expect(model.suggestedFilename()).toBe('model.json');
  const json = JSON.parse(await readFile((await model.path())!, 'utf8')) as { format: string };
  expect(json.format).toBe('layers-model');

  // A long run, reloaded while it trains: kept with the epochs it had, as cut short.
  await openView(page, 'Run');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('3000');
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  // Some epochs in, so some have been written.
  await expect(status).toContainText(/epoch \d{3,} of 3000/, { timeout: 30_000 });
  page.on('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await openView(page, 'History');
  await expect(runs.locator('tbody tr')).toHaveCount(4);
  await expect(runs.locator('tbody tr').first()).toContainText('cut short');
});

test('freeing space trims the curves of all but the newest runs, keeping their last epoch', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  const status = page.getByRole('status', { name: 'Training status' });
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('4');
  const rows = page.getByRole('table', { name: 'Saved runs, newest first' }).locator('tbody tr');
  for (let run = 1; run <= 7; run++) {
    await page.getByRole('button', { name: 'Train', exact: true }).click();
    // Each run is listed once it has ended, as finished, before the next starts.
    await openView(page, 'History');
    await expect(rows).toHaveCount(run);
    await expect(rows.first()).toContainText('finished');
    await openView(page, 'Run');
    await expect(status).toContainText('Finished');
  }
  await openView(page, 'History');
  await page.getByRole('button', { name: 'Free space: trim 2 old runs' }).click();
  await expect(page.getByRole('button', { name: /^Free space/ })).toHaveCount(0);
  await expect(rows.nth(0)).toContainText('4 of 4');
  await expect(rows.nth(6)).toContainText('1 of 4');
});
