import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import type { ExperimentSpec } from '../src/experiment/experiment';
import type { LayerSpec } from '../src/experiment/layers';
import { SMALL_CONVNET, withMnistConvnet } from '../src/experiment/presets';
import { expect, test } from './fixtures';

const dense32: LayerSpec = {
  type: 'dense',
  units: 32,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
};
import { openWith, training } from './spec-link';

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });
const metric = (page: Page, name: string) =>
  page.getByLabel('Latest metrics').getByLabel(name, { exact: true });

/** The small convnet on 1,000 MNIST digits, one epoch. */
const mnistConvnet = (spec: ExperimentSpec): ExperimentSpec => {
  const convnet = withMnistConvnet(spec, 1000);
  return {
    ...convnet,
    model: {
      layers: [...SMALL_CONVNET.slice(0, 3), { ...dense32 }, ...SMALL_CONVNET.slice(3)],
    },
    training: { ...convnet.training, epochs: 1, batchSize: 32, learningRate: 0.003 },
  };
};

test('trains the MNIST convnet for one epoch on 1,000 digits, well above chance, and shows its mistakes', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', mnistConvnet);
  await expect(page.getByText('First 32 of the 1,000 digits used')).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Finished 1 epoch', { timeout: 80_000 });
  const accuracy = Number.parseFloat(
    (await metric(page, 'Validation accuracy').textContent()) ?? '',
  );
  // Chance is 10 %.
  expect(accuracy).toBeGreaterThan(50);
  const matrix = page.getByRole('table', { name: 'Confusion matrix (validation)' });
  await expect(matrix).toBeVisible();
  await expect(matrix.getByRole('rowheader')).toHaveCount(10);
  await expect(
    page.getByRole('img', { name: /^Digit predicted \d, actually \d$/ }).first(),
  ).toBeVisible();
});

test('draws the decision boundary live under the points, then the confusion matrix', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', training({ epochs: 30 }));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(
    page.getByRole('img', { name: /^Decision boundary after epoch \d+$/ }),
  ).toBeVisible();
  await expect(status(page)).toContainText('Finished 30 epochs', { timeout: 60_000 });
  await expect(page.getByRole('img', { name: 'Decision boundary after epoch 30' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Confusion matrix (validation)' })).toBeVisible();
});

test('a divergent learning rate ends the run as diverged, with the epoch and a hint', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', (spec) => ({
    ...training({ optimizer: 'sgd', learningRate: 10, loss: 'meanSquaredError', epochs: 30 })(spec),
    model: {
      layers: [
        { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
        { type: 'dense', units: 1, activation: 'linear', kernelL1: 0, kernelL2: 0 },
      ],
    },
  }));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Diverged');
  await expect(page.getByRole('alert')).toContainText('Training diverged at epoch 1');
  await expect(page.getByRole('alert')).toContainText('Try a smaller learning rate');
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
});

test('a worker killed mid-run is reported, replaced, and the next run succeeds', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu&hang=3&test-hooks', training({ epochs: 2000 }));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Training on cpu: epoch');
  await page.evaluate(() => window.traintabTest?.killTrainingWorker());
  await expect(page.getByRole('alert')).toContainText(
    /The training worker sent nothing for \d+ s, so it was stopped and replaced/,
  );
  await expect(status(page)).toContainText('Training did not run');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('2');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Finished 2 epochs');
});

test('pauses and resumes a run, keeping the model', async ({ page }) => {
  await openWith(page, '?backend=cpu', training({ epochs: 400 }));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Training on cpu: epoch');
  // Pause once an epoch has been shown, so there is a count to watch stand still.
  await expect(metric(page, 'Epoch')).toHaveText(/^\d+$/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(status(page)).toContainText('Paused at epoch');
  const frozen = await metric(page, 'Epoch').textContent();
  await page.waitForTimeout(500);
  expect(await metric(page, 'Epoch').textContent()).toBe(frozen);
  await page.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(status(page)).toContainText('Finished 400 epochs', { timeout: 80_000 });
});

test('downloads the trained model as model.json and a weights file of the right size', async ({
  page,
}) => {
  await openWith(page, '?backend=cpu', training({ epochs: 3 }));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText('Finished 3 epochs');
  const downloads: Promise<Download>[] = [];
  page.on('download', (download) => downloads.push(Promise.resolve(download)));
  await page.getByRole('button', { name: 'Download model' }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const files = await Promise.all(downloads);
  const byName = new Map(files.map((file) => [file.suggestedFilename(), file]));
  expect([...byName.keys()].sort()).toEqual(['model.json', 'model.weights.bin']);
  const json = JSON.parse(await readFile((await byName.get('model.json')!.path())!, 'utf8')) as {
    format: string;
    modelTopology: { class_name: string };
    weightsManifest: { paths: string[]; weights: { shape: number[]; dtype: string }[] }[];
  };
  expect(json.format).toBe('layers-model');
  expect(json.modelTopology.class_name).toBe('Sequential');
  expect(json.weightsManifest[0]?.paths).toEqual(['model.weights.bin']);
  const floats = json.weightsManifest[0]!.weights.reduce(
    (n, w) => n + w.shape.reduce((a, b) => a * b, 1),
    0,
  );
  expect(floats).toBe(105);
  const weights = await readFile((await byName.get('model.weights.bin')!.path())!);
  expect(weights.byteLength).toBe(floats * 4);
});
