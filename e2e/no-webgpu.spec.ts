import { CHROME_BASE_ARGS, CHROME_PATH } from './chrome';
import { expect, test } from './fixtures';
import { unfold } from './views';

// The same browser with WebGPU switched off: what a user on a browser without WebGPU sees.
test.use({
  launchOptions: {
    executablePath: CHROME_PATH,
    args: [...CHROME_BASE_ARGS, '--disable-features=WebGPU'],
  },
});

test('a forced backend that fails is reported with its reason, not swapped', async ({ page }) => {
  await page.goto('/?backend=webgpu');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('1');
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

test('Auto measures every backend on the model, shows why one was not used, and trains on the fastest', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('1');
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(page.getByRole('status', { name: 'Training status' })).toContainText(
    'Finished 1 epoch in',
    { timeout: 80_000 },
  );
  await unfold(page, 'TensorFlow.js backend');
  const table = page.getByRole('table', { name: 'What Auto measured on this model' });
  await expect(table.getByRole('row', { name: /^webgpu/ })).toContainText(
    /Not used: .*(does not offer WebGPU|no GPU adapter)/,
  );
  // CPU and WebAssembly always start here; their speeds are measured, the faster one is chosen.
  for (const backend of ['cpu', 'wasm'])
    await expect(table.getByRole('row', { name: new RegExp(`^${backend}`) })).toContainText(
      'samples/s',
    );
  const chosen = await table.getByRole('rowheader', { name: /\(chosen\)/ }).textContent();
  expect(chosen).toMatch(/^(cpu|wasm) \(chosen\)$/);
  await expect(
    page.getByText(/Running on (cpu|wasm), the fastest measured for this model/),
  ).toBeVisible();
  await expect(page.getByText('Runs with the same seed give bit-identical results')).toBeVisible();
});
