import type { Locator, Page } from '@playwright/test';
import type { ExperimentSpec } from '../src/experiment/experiment';
import { expect, test } from './fixtures';
import { openWith } from './spec-link';
import { openView } from './views';

const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const trialsTable = (page: Page) => page.getByRole('table', { name: 'Trials' });

/** The trials whose curves the chart draws: each path names the trials it holds. */
async function drawnTrials(chart: Locator): Promise<string[]> {
  const lists = await chart
    .locator('.trial-paths path')
    .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-trials') ?? ''));
  return [...new Set(lists.flatMap((list) => list.split(' ')).filter(Boolean))];
}

test('a random search of learning rate and units, built from the fields on screen, fills the table live and applies the best trial', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec) => ({
    ...spec,
    training: { ...spec.training, epochs: 15 },
  }));
  await openView(page, 'Search');
  // Mark the fields the student already sees as searched.
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByRole('button', { name: 'Search units of layer 1' }).click();
  await expect(page.getByRole('button', { name: 'Search learning rate' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const rate = page.getByRole('group', { name: 'Learning rate', exact: true });
  await expect(rate.getByRole('checkbox', { name: 'Log scale' })).toBeChecked();
  const units = page.getByRole('group', { name: 'Layer 1 (Dense): units' });
  await units.getByLabel('Low').fill('2');
  await units.getByLabel('High').fill('16');

  await page.getByRole('combobox', { name: 'Strategy' }).selectOption({ label: 'Random search' });
  await page.getByLabel('Max trials').fill('6');
  await page.getByLabel('Parallel trials').fill('2');
  await page.getByRole('button', { name: 'Start search' }).click();

  // Two trials train at once, and their curves overlay while they stream.
  await expect(searchStatus(page)).toContainText('(2 in parallel)');
  const chart = page.getByRole('figure', { name: 'Validation curves of all trials' });
  await expect(chart.locator('.trial-paths path').first()).toBeVisible();
  // The builder is locked while the search trains.
  await openView(page, 'Run');
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await openView(page, 'Search');

  await expect(searchStatus(page)).toContainText('Finished: 6 trials', { timeout: 80_000 });
  const rows = trialsTable(page).locator('tbody tr');
  await expect(rows).toHaveCount(6);
  await expect(trialsTable(page).getByText('complete')).toHaveCount(6);
  expect(await drawnTrials(chart)).toHaveLength(6);

  // The best trial is marked; sorting by best value puts it first.
  const best = rows.filter({ hasText: 'best' });
  await expect(best).toHaveCount(1);
  await trialsTable(page).getByRole('button', { name: 'Best value' }).click();
  await expect(rows.first()).toContainText('best');
  // Cells after the trial's row header: state, learning rate, units, best value, epochs, duration.
  const bestUnits = Number((await best.getByRole('cell').nth(2).textContent())?.trim());
  expect(bestUnits).toBeGreaterThanOrEqual(2);
  expect(bestUnits).toBeLessThanOrEqual(16);

  // Clicking a trial shows its own train and validation curves.
  await rows
    .nth(1)
    .getByRole('button', { name: /^Select trial \d+$/ })
    .click();
  await expect(
    page.getByRole('figure', { name: /^Trial \d+: train and validation loss$/ }),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Apply the best trial' }).click();
  await openView(page, 'Run');
  await expect(page.getByRole('spinbutton', { name: 'Units' }).first()).toHaveValue(
    String(bestUnits),
  );
});

test('a grid search with the median pruner stops the worst trials early and draws them dashed', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, epochs: 20 },
    search: {
      ...spec.search,
      strategy: 'grid',
      maxTrials: 50,
      concurrency: 1,
      pruner: { ...spec.search.pruner, kind: 'median', startupTrials: 2, warmupSteps: 2 },
      params: [
        {
          target: 'training.learningRate',
          distribution: { type: 'float', low: 0.0001, high: 0.1, log: true },
          gridPoints: 4,
          condition: null,
        },
        {
          target: 'model.layers.0.units',
          distribution: { type: 'int', low: 2, high: 8, step: 1, log: false },
          gridPoints: 2,
          condition: null,
        },
      ],
    },
  }));
  await openView(page, 'Search');
  await expect(page.getByRole('combobox', { name: 'Pruner' })).toHaveValue('median');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 8 trials, the grid is exhausted', {
    timeout: 80_000,
  });
  await expect(trialsTable(page).locator('tbody tr')).toHaveCount(8);
  const pruned = trialsTable(page).getByRole('cell', { name: 'pruned', exact: true });
  expect(await pruned.count()).toBeGreaterThan(0);
  const chart = page.getByRole('figure', { name: 'Validation curves of all trials' });
  expect(await chart.locator('.trial-paths path[stroke-dasharray]').count()).toBeGreaterThan(0);
});

test('after the stack changes, a trial is opened as its own experiment, not written onto other layers', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, epochs: 3 },
    search: {
      ...spec.search,
      strategy: 'random',
      maxTrials: 2,
      concurrency: 2,
      params: [
        {
          target: 'model.layers.0.units',
          distribution: { type: 'categorical', choices: [3] },
          gridPoints: 3,
          condition: null,
        },
      ],
    },
  }));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 2 trials', { timeout: 60_000 });
  await openView(page, 'Run');
  const layers = page.getByRole('list', { name: 'Model layers' });
  await expect(layers.getByRole('listitem')).toHaveCount(3);

  // The stack changes after the search: a fourth layer.
  await page.getByRole('button', { name: 'Add Dropout', exact: true }).click();
  await expect(layers.getByRole('listitem')).toHaveCount(4);

  await openView(page, 'Search');
  await expect(page.getByRole('button', { name: 'Apply the best trial' })).toHaveCount(0);
  const open = page.getByRole('button', { name: /^Open trial [12]’s experiment$/ }).first();
  await expect(open).toHaveAccessibleDescription(/model in the builder changed/);
  await open.click();
  // The trial's experiment: three layers again, its 3 units on the first Dense.
  await openView(page, 'Run');
  await expect(layers.getByRole('listitem')).toHaveCount(3);
  await expect(page.getByRole('spinbutton', { name: 'Units' }).first()).toHaveValue('3');
  await openView(page, 'Search');
  await expect(page.getByRole('button', { name: 'Apply the best trial' })).toBeVisible();
});

test('a crowded search draws its curves as grouped paths, and a click on one selects its trial', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec): ExperimentSpec => ({
    ...spec,
    dataset: { ...spec.dataset, numPoints: 100 },
    training: { ...spec.training, epochs: 3 },
    search: {
      ...spec.search,
      strategy: 'random',
      maxTrials: 34,
      concurrency: 2,
      params: [
        {
          target: 'training.learningRate',
          distribution: { type: 'float', low: 0.001, high: 0.3, log: true },
          gridPoints: 3,
          condition: null,
        },
      ],
    },
  }));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 34 trials', { timeout: 80_000 });
  const chart = page.getByRole('figure', { name: 'Validation curves of all trials' });
  // The best trial keeps a path of its own; the 33 others share a few.
  await expect(chart.locator('.trial-curve')).toHaveCount(1);
  expect(await drawnTrials(chart)).toHaveLength(34);
  const paths = chart.locator('.trial-paths path:not(.trial-curve)');
  expect(await paths.count()).toBeGreaterThan(0);
  expect(await paths.count()).toBeLessThan(12);
  // A point halfway along the first grouped path, in the page's coordinates.
  await chart.scrollIntoViewIfNeeded();
  const point = await paths.first().evaluate((path: SVGPathElement) => {
    const first = path.getAttribute('d')?.split('M')[1] ?? '';
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
    probe.setAttribute('d', `M${first}`);
    path.parentElement?.appendChild(probe);
    const at = probe.getPointAtLength(probe.getTotalLength() / 2);
    const screen = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM() ?? undefined);
    probe.remove();
    return { x: screen.x, y: screen.y };
  });
  await page.mouse.click(point.x, point.y);
  await expect(page.getByRole('heading', { name: /^Trial \d+$/, level: 3 })).toBeVisible();
  // Hovering an epoch lists the best trial's value there and marks it on its curve.
  const plot = await chart.locator('.recharts-cartesian-grid').boundingBox();
  if (!plot) throw new Error('the chart has no plot area');
  await page.mouse.move(plot.x + plot.width - 2, plot.y + plot.height / 2);
  const tooltip = chart.locator('.chart-tooltip');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Epoch 3');
  await expect(tooltip).toContainText(/Trial \d+ \(best\): /);
  await expect(chart.locator('.trial-dot')).not.toHaveCount(0);
});

test('a Bayesian (GP) search proposes its trials in the search worker and runs to the end', async ({
  page,
}) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await openWith(page, '?backend=cpu', (spec): ExperimentSpec => ({
    ...spec,
    training: { ...spec.training, epochs: 2 },
    search: {
      ...spec.search,
      strategy: 'gp',
      // Two random trials, then the GP proposes the other four.
      startupTrials: 2,
      maxTrials: 6,
      concurrency: 2,
      params: [
        {
          target: 'training.learningRate',
          distribution: { type: 'float', low: 0.001, high: 0.3, log: true },
          gridPoints: 3,
          condition: null,
        },
        {
          target: 'model.layers.0.units',
          distribution: { type: 'int', low: 2, high: 16, step: 1, log: false },
          gridPoints: 3,
          condition: null,
        },
      ],
    },
  }));
  await openView(page, 'Search');
  await expect(page.getByRole('combobox', { name: 'Strategy' })).toHaveValue('gp');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 6 trials', { timeout: 80_000 });
  await expect(trialsTable(page).locator('tbody tr')).toHaveCount(6);
  await expect(trialsTable(page).getByText('complete')).toHaveCount(6);
  await expect(trialsTable(page).locator('tbody tr').filter({ hasText: 'best' })).toHaveCount(1);
  // The sampler ran in a worker of its own, beside the training workers.
  expect(workers.some((url) => url.includes('search.worker'))).toBe(true);
});

test('ASHA ranks trials by their best value so far unless told to use Optuna’s rule', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await openView(page, 'Search');
  const pruner = page.getByRole('combobox', { name: 'Pruner' });
  await pruner.selectOption({ label: 'Successive halving (ASHA)' });
  const rank = page.getByRole('combobox', { name: 'Rank trials by' });
  await expect(rank).toHaveValue('best');
  await expect(page.getByLabel('Min epochs')).toHaveValue('4');
  await expect(page.getByText('The first cut comes after epoch 5')).toBeVisible();
  await openView(page, 'Run');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('5');
  await openView(page, 'Search');
  await expect(page.getByText('Trials of 5 epochs never reach the first cut')).toBeVisible();
  await expect(page.getByLabel('Reduction factor')).toHaveValue('4');
  await rank.selectOption({ label: 'Value at the cut (Optuna)' });
  await expect(rank).toHaveValue('last');
  // Hyperband ranks as Optuna does: the choice is ASHA's alone.
  await pruner.selectOption({ label: 'Hyperband' });
  await expect(rank).toHaveCount(0);
});
