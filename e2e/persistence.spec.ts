import type { Page } from '@playwright/test';
import type { ExperimentSpec } from '../src/experiment/experiment';
import { expect, test } from './fixtures';
import { openWith } from './spec-link';
import { openView } from './views';

const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const trialsTable = (page: Page) => page.getByRole('table', { name: 'Trials' });
const completeRows = (page: Page) =>
  trialsTable(page)
    .locator('tbody tr')
    .filter({ has: page.getByRole('cell', { name: 'complete', exact: true }) });

/** Each complete trial as its row reads: number, state, learning rate, best value, epochs. */
const completeRowTexts = (page: Page) =>
  completeRows(page).evaluateAll((rows) =>
    rows.map((row) =>
      [...row.querySelectorAll('th, td')]
        .slice(0, 5)
        .map((cell) => cell.textContent)
        .join(' | '),
    ),
  );

/** A random search of 6 trials, 2 at a time, each long enough to be cut by a reload. */
const longTrials = (spec: ExperimentSpec): ExperimentSpec => ({
  ...spec,
  training: { ...spec.training, epochs: 250 },
  search: {
    ...spec.search,
    strategy: 'random',
    maxTrials: 6,
    concurrency: 2,
    params: [
      {
        target: 'training.learningRate',
        distribution: { type: 'float', low: 0.003, high: 0.3, log: true },
        gridPoints: 3,
        condition: null,
      },
    ],
  },
});

/** Starts the search and waits until two trials are complete and others train. */
async function searchUntilTwoComplete(page: Page): Promise<string[]> {
  await openWith(page, '?backend=cpu', longTrials);
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(completeRows(page)).toHaveCount(2, { timeout: 60_000 });
  await expect(searchStatus(page)).toContainText('running');
  return completeRowTexts(page);
}

test('a reload mid-search asks first, brings every trial back, and the search reaches its budget', async ({
  page,
}) => {
  const complete = await searchUntilTwoComplete(page);
  const prompts: string[] = [];
  page.on('dialog', (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  await page.reload();
  expect(prompts).toEqual(['beforeunload']);
  await openView(page, 'Search');
  await expect(
    page.getByText(/^The search goes on where it stopped, with its \d+ trials so far\./),
  ).toBeVisible();
  // The interrupted trials say so, and run again.
  await expect(
    trialsTable(page).getByRole('cell', { name: 'failed', exact: true }).first(),
  ).toBeVisible();
  await expect(searchStatus(page)).toContainText('Finished', { timeout: 80_000 });
  // Every trial complete before the reload is there as it was, and the budget of 6 is reached.
  const after = await completeRowTexts(page);
  for (const row of complete) expect(after).toContain(row);
  expect(after).toHaveLength(6);
});

test('a page closed abruptly mid-search reopens with its trials, and the interrupted ones run again', async ({
  page,
  context,
}) => {
  const complete = await searchUntilTwoComplete(page);
  const url = page.url();
  // No unload handlers, no last write: as when the tab crashes or the laptop's lid closes.
  await page.close({ runBeforeUnload: false });
  const reopened = await context.newPage();
  await reopened.goto(url);
  await openView(reopened, 'Search');
  await expect(completeRows(reopened)).not.toHaveCount(0);
  const rows = await completeRowTexts(reopened);
  for (const row of complete) expect(rows).toContain(row);
  await reopened
    .getByRole('button', { name: /^Select trial/ })
    .last()
    .click();
  await expect(searchStatus(reopened)).toContainText('Finished', { timeout: 80_000 });
  await expect(completeRows(reopened)).toHaveCount(6);
});

test('a second tab follows a search read-only and takes it over when the first tab closes', async ({
  page,
  context,
}) => {
  await searchUntilTwoComplete(page);
  const url = page.url();
  const second = await context.newPage();
  await second.goto(url);
  await openView(second, 'Search');
  await expect(
    second.getByText(/^This search is running in another tab of TrainTab/),
  ).toBeVisible();
  // It shows the trials as they go, and cannot drive them.
  await expect(completeRows(second)).not.toHaveCount(0);
  await expect(second.getByRole('button', { name: 'Pause search' })).toBeDisabled();
  await expect(second.getByRole('button', { name: 'Stop search' })).toBeDisabled();
  const before = await completeRows(second).count();
  await expect(completeRows(second)).not.toHaveCount(before, { timeout: 30_000 });
  // The first tab closes mid-trial: the second goes on with the search to its budget.
  await page.close({ runBeforeUnload: false });
  await expect(second.getByText(/^The search goes on where it stopped/)).toBeVisible({
    timeout: 20_000,
  });
  await expect(second.getByRole('button', { name: 'Pause search' })).toBeEnabled();
  await expect(searchStatus(second)).toContainText('Finished', { timeout: 80_000 });
  await expect(completeRows(second)).toHaveCount(6);
});
