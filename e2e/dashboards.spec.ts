import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openWith } from './spec-link';
import { openView } from './views';

const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const trialRows = (page: Page) => page.getByRole('table', { name: /^Trials/ }).locator('tbody tr');

/** A random search of learning rate and units, 2 in parallel, run to its end. */
async function runSearch(page: Page, trials: number) {
  await openWith(page, '?backend=cpu', (spec) => ({
    ...spec,
    training: { ...spec.training, epochs: 8 },
  }));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByRole('button', { name: 'Search units of layer 1' }).click();
  await page.getByRole('combobox', { name: 'Strategy' }).selectOption({ label: 'Random search' });
  await page.getByLabel('Max trials').fill(String(trials));
  await page.getByLabel('Parallel trials').fill('2');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText(`Finished: ${trials} trials`, {
    timeout: 90_000,
  });
}

test('a 10-trial search fills history, parallel coordinates (a brush filters the table), slices, contour, importance and the distribution', async ({
  page,
}) => {
  await runSearch(page, 10);
  const dashboards = page.getByRole('region', { name: 'Study dashboards' });
  await expect(dashboards).toContainText('10 trials with a value (10 complete)');
  await expect(dashboards).toContainText(/best \d/);

  const history = dashboards.getByRole('img', { name: /^Optimisation history/ });
  await expect(history.locator('circle.trial-point')).toHaveCount(10);
  await expect(history.locator('path.best-so-far')).toHaveCount(1);
  // The log scale reaches the axis: its ticks change.
  const ticks = () => history.locator('.tick text').allTextContents();
  const linear = await ticks();
  await dashboards.getByRole('checkbox', { name: 'Log scale for validation loss' }).check();
  await expect.poll(ticks).not.toEqual(linear);

  await dashboards.getByRole('tab', { name: 'Parallel coordinates' }).click();
  await expect(dashboards.getByRole('tab', { name: 'Parallel coordinates' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const parallel = dashboards.getByRole('group', { name: /^Parallel coordinates/ });
  await expect(parallel.locator('path.trial-line')).toHaveCount(10);
  // Brush the learning rate's axis from the keyboard: a band around its middle.
  const rateAxis = parallel.getByRole('group', { name: /^Learning rate axis/ });
  await rateAxis.focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect(rateAxis).toHaveAccessibleName(/brushed [\d.e-]+ to [\d.e-]+/);
  const [, low, high] = /brushed (\S+) to (\S+?)\. /.exec(
    (await rateAxis.getAttribute('aria-label')) ?? '',
  ) ?? ['', '0', '0'];
  const status = dashboards.getByRole('status').filter({ hasText: 'The filter keeps' });
  await expect(status).toBeVisible();
  const kept = Number(/keeps (\d+)/.exec((await status.textContent()) ?? '')?.[1]);
  expect(kept).toBeLessThan(10);
  await expect(trialRows(page)).toHaveCount(kept);
  // Every row the table keeps has its learning rate inside the brush (shown to 3 digits).
  const headers = await page
    .getByRole('table', { name: /^Trials/ })
    .locator('thead th')
    .allTextContents();
  // Cells after the row header: the learning rate's column, counted among the td cells.
  const column = headers.findIndex((h) => h.startsWith('Learning rate'));
  const rates = await trialRows(page).locator(`td:nth-of-type(${column})`).allTextContents();
  expect(rates).toHaveLength(kept);
  for (const rate of rates) {
    expect(Number(rate)).toBeGreaterThanOrEqual(Number(low) * 0.99);
    expect(Number(rate)).toBeLessThanOrEqual(Number(high) * 1.01);
  }
  await expect(parallel.locator('path.trial-line.faded')).toHaveCount(10 - kept);
  // A drag along the objective's axis brushes it too, with the mouse.
  const objective = parallel.locator('.pc-axis').last().locator('.brush-target');
  await objective.scrollIntoViewIfNeeded();
  const box = (await objective.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 4);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await expect(
    parallel.getByRole('group', { name: /^Validation loss axis: brushed/ }),
  ).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dashboards.getByRole('button', { name: 'Clear the filter' }).click();
  await expect(trialRows(page)).toHaveCount(10);
  // The best few: the table keeps the 5 best.
  await dashboards.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'the best 5' });
  await expect(trialRows(page)).toHaveCount(5);
  await expect(trialRows(page).filter({ hasText: 'best' })).toHaveCount(1);
  await dashboards.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'all trials' });

  await dashboards.getByRole('tab', { name: 'Slices' }).click();
  const slices = dashboards.getByRole('img', { name: /^Validation loss against/ });
  await expect(slices).toHaveCount(2);
  for (const slice of await slices.all()) await expect(slice.locator('circle')).toHaveCount(10);

  await dashboards.getByRole('tab', { name: 'Contour' }).click();
  const contour = dashboards.getByRole('img', { name: /^Contour of Validation loss over/ });
  await expect(contour.locator('image.contour-surface')).toHaveCount(1);
  await expect(contour.locator('circle.trial-point')).toHaveCount(10);
  await expect(dashboards.getByRole('combobox', { name: 'Horizontal' })).toHaveValue(
    'training.learningRate',
  );
  // Choosing the other parameter for one axis swaps the two.
  await dashboards
    .getByRole('combobox', { name: 'Horizontal' })
    .selectOption('model.layers.0.units');
  await expect(dashboards.getByRole('combobox', { name: 'Vertical' })).toHaveValue(
    'training.learningRate',
  );
  await expect(
    dashboards.getByRole('img', { name: /over Layer 1 \(Dense\): units and Learning rate$/ }),
  ).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);

  await dashboards.getByRole('tab', { name: 'Importance' }).click();
  await expect(dashboards.getByText('From 10 complete trials.')).toBeVisible();
  const bars = dashboards.getByRole('table', { name: 'Parameter importances' });
  await expect(bars.getByRole('row')).toHaveCount(3);
  const shares = (await bars.locator('.bar-value').allTextContents()).map((t) => parseFloat(t));
  expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
  expect(shares[0]).toBeGreaterThanOrEqual(shares[1]!);
  await dashboards
    .getByRole('combobox', { name: 'Evaluator' })
    .selectOption('mean-decrease-impurity');
  await expect(dashboards.getByText(/Mean decrease in impurity counts/)).toBeVisible();
  // Its own bars, not fANOVA's kept on screen: they sum to 100% too, with other shares.
  await expect
    .poll(async () =>
      (await bars.locator('.bar-value').allTextContents()).map((t) => parseFloat(t)),
    )
    .not.toEqual(shares);
  await expect(dashboards.getByText('From 10 complete trials.')).toBeVisible();
  const mdi = (await bars.locator('.bar-value').allTextContents()).map((t) => parseFloat(t));
  expect(mdi.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);

  await dashboards.getByRole('tab', { name: 'Distribution' }).click();
  await expect(
    dashboards
      .getByRole('img', { name: 'Empirical distribution of Validation loss' })
      .locator('path.edf-line'),
  ).toHaveCount(1);
  // Arrow keys move between the tabs.
  await dashboards.getByRole('tab', { name: 'Distribution' }).press('Home');
  await expect(dashboards.getByRole('tab', { name: 'History' })).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a strategy race of 4 × 6 trials draws four best-so-far lines and saves four studies', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec) => ({
    ...spec,
    training: { ...spec.training, epochs: 5 },
  }));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByRole('button', { name: 'Search units of layer 1' }).click();
  await page.getByLabel('Max trials').fill('6');
  await page.getByLabel('Parallel trials').fill('2');
  const race = page.getByRole('region', { name: 'Strategy race' });
  await race.getByRole('button', { name: 'Compare strategies' }).click();
  // The builder is locked while the race runs.
  await expect(page.getByRole('button', { name: 'Start search' })).toBeDisabled();
  await expect(race.getByRole('status', { name: 'Race status' })).toContainText(
    'The race is over: 24 trials finished.',
    { timeout: 120_000 },
  );
  const chart = race.getByRole('img', { name: /^Best validation loss so far of each strategy/ });
  await expect(chart.locator('path.race-best')).toHaveCount(4);
  await expect(chart.locator('circle.race-point')).toHaveCount(24);
  const rows = race.getByRole('table', { name: 'Strategies' }).locator('tbody tr');
  await expect(rows).toHaveCount(4);
  for (const row of await rows.all()) await expect(row).toContainText('6 of 6');
  await race.getByRole('radio', { name: 'Against time' }).check();
  await expect(
    race.getByRole('img', { name: /against seconds$/ }).locator('path.race-best'),
  ).toHaveCount(4);
  expect(await seriousViolations(page)).toEqual([]);
  // Each strategy is a saved study of its own; one opens in the results with its dashboards.
  await race.getByRole('button', { name: 'Open in the results (Bayesian (TPE))' }).click();
  await expect(trialRows(page)).toHaveCount(6);
  await expect(page.getByRole('region', { name: 'Study dashboards' })).toContainText(
    '6 trials with a value',
  );
  // After a reload the race shows again from its four saved studies.
  await page.reload();
  await openView(page, 'Search');
  const again = page.getByRole('region', { name: 'Strategy race' });
  await again.getByText('Races saved in this browser (1)').click();
  await again.getByRole('button', { name: /^Show the race of / }).click();
  await expect(again.getByRole('status', { name: 'Race status' })).toContainText(
    'The race is over: 24 trials finished.',
  );
  const reopened = again.getByRole('img', { name: /^Best validation loss so far/ });
  await expect(reopened.locator('path.race-best')).toHaveCount(4);
  await expect(reopened.locator('circle.race-point')).toHaveCount(24);
});

test('a race pauses, resumes and stops as a whole', async ({ page }) => {
  await openWith(page, '?backend=cpu', (spec) => ({
    ...spec,
    training: { ...spec.training, epochs: 300 },
  }));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByLabel('Max trials').fill('20');
  const race = page.getByRole('region', { name: 'Strategy race' });
  const status = race.getByRole('status', { name: 'Race status' });
  await race.getByRole('button', { name: 'Compare strategies' }).click();
  await expect(status).toContainText('Racing');
  await race.getByRole('button', { name: 'Pause the race' }).click();
  await expect(status).toContainText('Paused');
  await openView(page, 'Run');
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await openView(page, 'Search');
  await race.getByRole('button', { name: 'Resume the race' }).click();
  await expect(status).toContainText('Racing');
  await race.getByRole('button', { name: 'Stop the race' }).click();
  await expect(status).toContainText('The race is over', { timeout: 30_000 });
  await expect(race.getByRole('button', { name: 'Compare strategies' })).toBeEnabled();
});
