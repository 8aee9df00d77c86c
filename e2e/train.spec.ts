import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unfold } from './views';

const lossChart = (page: Page) => page.getByRole('figure', { name: 'Loss per epoch' });

/** Number of points drawn in the first line of a recharts chart (its path has one command per point). */
async function pointsInFirstLine(chart: Locator): Promise<number> {
  const path = chart.locator('.recharts-line-curve').first();
  if ((await path.count()) === 0) return 0;
  const d = (await path.getAttribute('d')) ?? '';
  return (d.match(/[MLC]/g) ?? []).length;
}

declare global {
  interface Window {
    traintabSeen: { points: number[]; statuses: string[]; validationLoss: string[] };
  }
}

/**
 * Records, on every DOM change, how many points the loss chart draws and what the status says, so
 * a test can check what the page showed during a run that may finish in a second or two.
 */
async function recordWhileTraining(page: Page) {
  await page.evaluate(() => {
    const seen: Window['traintabSeen'] = { points: [], statuses: [], validationLoss: [] };
    window.traintabSeen = seen;
    new MutationObserver(() => {
      const d =
        document
          .querySelector('figure[aria-label="Loss per epoch"] .recharts-line-curve')
          ?.getAttribute('d') ?? '';
      seen.points.push((d.match(/[MLC]/g) ?? []).length);
      seen.statuses.push(
        document.querySelector('[aria-label="Training status"]')?.textContent ?? '',
      );
      seen.validationLoss.push(
        document.querySelector('dd[aria-label="Validation loss"]')?.textContent ?? '',
      );
    }).observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

const metric = (page: Page, name: string) =>
  page.getByLabel('Latest metrics').getByLabel(name, { exact: true });

test('shows the default model and an empty chart, trains live, and ends with a lower loss', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await expect(page.getByRole('heading', { name: 'TrainTab' })).toBeVisible();
  await unfold(page, 'Model summary');

  const layers = page.getByRole('table', { name: /Model summary/ });
  await expect(layers).toContainText('Model summary, 105 parameters');
  await expect(layers.getByRole('rowheader')).toHaveText([
    'Input',
    'Dense(8, relu)',
    'Dense(8, relu)',
    'Dense(1, sigmoid)',
    'Total params',
    'Trainable params',
  ]);
  await expect(page.getByRole('figure', { name: 'Circle dataset preview' })).toContainText(
    '320 training, 80 validation',
  );

  await expect(lossChart(page)).toContainText('No epochs yet');
  expect(await pointsInFirstLine(lossChart(page))).toBe(0);
  await expect(page.getByRole('status', { name: 'Training status' })).toHaveText(
    'Ready. Press Train to start.',
  );

  await recordWhileTraining(page);
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    /Finished 100 epochs in [\d.]+ s on cpu/,
    {
      timeout: 60_000,
    },
  );
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await unfold(page, 'TensorFlow.js backend');
  await expect(page.getByText('Running on cpu')).toBeVisible();
  // The worker reports the tensor count before and after the run: nothing was leaked.
  await expect(page.getByText('Memory: every tensor of the run was freed.')).toBeVisible();
  expect(await pointsInFirstLine(lossChart(page))).toBe(100);

  const first = Number(await metric(page, 'First train loss').textContent());
  const last = Number(await metric(page, 'Train loss').textContent());
  expect(last).toBeLessThan(first);
  await expect(metric(page, 'Epoch')).toHaveText('100');

  // While it ran, the page showed the chart growing epoch by epoch and said what it was doing.
  const seen = await page.evaluate(() => window.traintabSeen);
  const partial = new Set(seen.points.filter((n) => n > 0 && n < 100));
  expect(partial.size).toBeGreaterThan(10);
  expect(seen.statuses.some((s) => /^Training on cpu: epoch \d+ of 100/.test(s))).toBe(true);
  expect(seen.validationLoss.some((s) => /^\d/.test(s))).toBe(true);

  await page.getByText('Numbers for every epoch').click();
  await expect(page.getByRole('table', { name: 'Training history' }).getByRole('row')).toHaveCount(
    101,
  );
});

test('Stop ends a long run part-way and Train works again', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('5000');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect.poll(() => pointsInFirstLine(lossChart(page))).toBeGreaterThan(2);
  await page.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    /Stopped after \d+ of 5000 epochs/,
  );
  const stoppedAt = Number(await metric(page, 'Epoch').textContent());
  expect(stoppedAt).toBeGreaterThan(2);
  expect(stoppedAt).toBeLessThan(5000);
  // Nothing more arrives after the stop.
  await page.waitForTimeout(500);
  await expect(metric(page, 'Epoch')).toHaveText(String(stoppedAt));

  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('3');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 3 epochs',
  );
});

test('a bad setting is explained at its field and blocks training until fixed', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  const epochs = page.getByRole('spinbutton', { name: 'Epochs', exact: true });
  await epochs.fill('0');
  await expect(epochs).toHaveAttribute('aria-invalid', 'true');
  await expect(epochs).toHaveAccessibleDescription('Epochs must be at least 1');
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await epochs.fill('');
  await expect(epochs).toHaveAccessibleDescription('Epochs must be a number');
  await epochs.fill('2');
  await expect(epochs).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 2 epochs',
  );
});

test('a worker that cannot start is reported, and the app recovers', async ({
  page,
  expectedErrors,
}) => {
  expectedErrors.push(/Failed to load resource.*500/);
  let failures = 1;
  await page.route('**/training.worker-*.js', (route) =>
    failures-- > 0 ? route.fulfill({ status: 500, body: 'broken' }) : route.continue(),
  );
  await page.goto('/?backend=cpu');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('2');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('alert')).toContainText('The training worker stopped unexpectedly');
  await expect(page.getByRole('status', { name: 'Training status' })).toHaveText(
    'Training did not run.',
  );
  // The next run gets a fresh worker.
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 2 epochs',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an unknown backend in the link is named and Auto is used instead', async ({ page }) => {
  await page.goto('/?backend=tpu');
  await expect(page.getByRole('alert')).toContainText('backend named "tpu"');
  await unfold(page, 'More training options');
  await expect(page.getByRole('combobox', { name: 'Backend', exact: true })).toHaveValue('auto');
});
