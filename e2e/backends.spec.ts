import { expect, test } from './fixtures';
import { unfold } from './views';

test('trains one epoch on WebGPU (software adapter in headless Chromium)', async ({ page }) => {
  await page.goto('/?backend=webgpu');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 1 epoch in',
    { timeout: 80_000 },
  );
  await unfold(page, 'TensorFlow.js backend');
  await expect(page.getByText('Running on webgpu')).toBeVisible();
  await expect(page.getByText('Memory: every tensor of the run was freed.')).toBeVisible();
  await expect(
    page.getByLabel('Latest metrics').getByLabel('Validation loss', { exact: true }),
  ).toHaveText(/^\d/);
});

test('trains on the wasm backend', async ({ page }) => {
  await page.goto('/?backend=wasm');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('5');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    /Finished 5 epochs in [\d.]+ s on wasm/,
  );
  await expect(page.getByText('Memory: every tensor of the run was freed.')).toBeVisible();
});
