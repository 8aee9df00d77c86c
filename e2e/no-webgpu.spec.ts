import { CHROME_BASE_ARGS, CHROME_PATH } from './chrome';
import { expect, test } from './fixtures';

// The same browser with WebGPU switched off: what a user on a browser without WebGPU sees.
test.use({
  launchOptions: {
    executablePath: CHROME_PATH,
    args: [...CHROME_BASE_ARGS, '--disable-features=WebGPU'],
  },
});

test('a forced backend that fails is reported with its reason, not swapped', async ({ page }) => {
  await page.goto('/?backend=webgpu');
  await page.getByLabel('Epochs').fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'No TensorFlow.js backend could start. webgpu:',
  );
  await expect(page.getByRole('list', { name: 'Backends that failed' })).toContainText(
    'webgpu failed:',
  );
  await expect(page.getByText('No backend could start.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
});

test('Auto skips a failed backend, shows why, and trains on the next one', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Epochs').fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 1 epoch in',
    { timeout: 80_000 },
  );
  await expect(page.getByText(/Running on \w+ \(chosen automatically\)/)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Backends that failed' })).toContainText(
    'webgpu failed:',
  );
});
