import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { trainBriefly } from './training';
import { unfold } from './views';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/data/fixtures/csv/${name}`, import.meta.url));
const layers = (page: Page) =>
  page.getByRole('table', { name: /Model summary/ }).getByRole('rowheader');

/** The preview canvas as an image string, to tell one drawing from another. */
const drawing = (page: Page, name: string) =>
  page
    .getByRole('figure', { name })
    .locator('canvas')
    .evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL());

test('switching datasets changes the preview, the task and the output layer', async ({ page }) => {
  await page.goto('/?backend=cpu');
  const datasets = page.getByRole('radiogroup', { name: 'Dataset' });
  await expect(datasets.getByRole('radio', { name: 'Circle' })).toHaveAttribute(
    'aria-checked',
    'true',
  );

  const circle = await drawing(page, 'Circle dataset preview');
  await datasets.getByRole('radio', { name: 'Spiral' }).click();
  await expect(page.getByRole('heading', { name: 'Data: Spiral' })).toBeVisible();
  expect(await drawing(page, 'Spiral dataset preview')).not.toBe(circle);
  await expect(page.getByRole('figure', { name: 'Spiral dataset preview' })).toContainText(
    '320 training, 80 validation',
  );
  await expect(datasets.getByRole('radio', { name: 'Circle' })).toHaveAttribute(
    'aria-checked',
    'false',
  );

  await datasets.getByRole('radio', { name: '1-D curve' }).click();
  await expect(page.getByRole('figure', { name: '1-D curve dataset preview' })).toContainText(
    '12 training, 3 validation, 200 test (the true curve, without noise)',
  );
  await unfold(page, 'Model summary');
  await expect(layers(page).last()).toHaveText('Trainable params');
  await expect(layers(page).nth(-3)).toHaveText('Dense(1, linear)');
  // A regression run charts the loss only.
  await expect(page.getByRole('figure', { name: 'Accuracy per epoch' })).toHaveCount(0);

  // Regression offers its own losses; mean absolute error trains.
  await unfold(page, 'More training options');
  await page.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('meanAbsoluteError');
  await trainBriefly(page, 2);

  await datasets.getByRole('radio', { name: 'Signal' }).click();
  await expect(page.getByRole('figure', { name: 'Signal dataset preview' })).toContainText(
    'Windows of 20 steps',
  );

  await datasets.getByRole('radio', { name: 'Iris' }).click();
  await expect(
    page.getByRole('figure', { name: 'Iris dataset preview' }).getByRole('table'),
  ).toContainText('virginica');
  await expect(layers(page).nth(-3)).toHaveText('Dense(3, softmax)');
  await unfold(page, 'More data settings');
  await expect(page.getByLabel('Standardise features')).toBeChecked();
  await trainBriefly(page, 20);
  await expect(
    page.getByLabel('Latest metrics').getByLabel('Validation accuracy', { exact: true }),
  ).toHaveText(/%$/);
});

test('a shifted test region is held out, shown, and scored after training', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await unfold(page, 'More data settings');
  await page.getByLabel('Test data').selectOption('region');
  const preview = page.getByRole('figure', { name: 'Circle dataset preview' });
  await expect(preview).toContainText('crosses test');
  await expect(preview).toContainText('from a part of the plane training never sees');
  await trainBriefly(page, 5);
  await expect(
    page.getByLabel('Latest metrics').getByLabel('Test accuracy', { exact: true }),
  ).toHaveText(/%$/);
});

test('MNIST loads when chosen, shows digits, and trains in the worker', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  const preview = page.getByRole('figure', { name: 'MNIST digits dataset preview' });
  await expect(preview).toContainText('First 32 of the 2,000 digits used (of 10,000 loaded)');
  // Dark ink on a white page: a real share of the grid's pixels are strokes of digits.
  const inkShare = await preview.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? {
      data: [],
    };
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 128) ink++;
    return ink / (data.length / 4);
  });
  expect(inkShare).toBeGreaterThan(0.05);
  expect(inkShare).toBeLessThan(0.5);
  await unfold(page, 'Model summary');
  await expect(layers(page).nth(1)).toContainText('Flatten');
  await page.getByLabel('Images').fill('300');
  await trainBriefly(page, 2);
  await expect(page.getByText('240 training and 60 validation samples')).toBeVisible();
});

test('a good CSV is previewed and trained on; its data never enters the spec', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Your CSV' }).click();
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();
  await page.getByLabel('Upload a CSV file').setInputFiles(fixture('fruit.csv'));
  await expect(page.getByRole('table', { name: /fruit\.csv: first 8 of 18 rows/ })).toBeVisible();
  await expect(page.getByLabel('Column to predict')).toHaveValue('fruit');
  await expect(page.getByRole('radio', { name: 'Classification' })).toBeChecked();
  await trainBriefly(page, 5);

  await page.getByLabel('Column to predict').selectOption('weight');
  await unfold(page, 'Model summary');
  await expect(page.getByRole('radio', { name: 'Regression' })).toBeChecked();
  await expect(layers(page).nth(-3)).toHaveText('Dense(1, linear)');
});

test('a broken CSV is explained where it was uploaded, and the app stays usable', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Your CSV' }).click();
  const upload = page.getByLabel('Upload a CSV file');

  await upload.setInputFiles(fixture('ragged.csv'));
  await expect(page.getByRole('alert')).toContainText(
    'ragged.csv cannot be used. Row 4 has 2 fields',
  );
  await expect(page.getByRole('button', { name: 'Train' })).toBeDisabled();

  await upload.setInputFiles(fixture('png-image.png'));
  await expect(page.getByRole('alert')).toContainText('does not look like a CSV file');

  await upload.setInputFiles(fixture('houses.csv'));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Column to predict')).toHaveValue('price');
  await trainBriefly(page, 3);

  // Back to a built-in dataset: everything still works.
  await page.getByRole('radio', { name: 'Moons' }).click();
  await trainBriefly(page, 2);
});
