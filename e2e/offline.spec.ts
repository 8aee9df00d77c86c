import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWith, training } from './spec-link';
import { hostBuild } from './static-server';
import { openView } from './views';

// These tests are about the service worker: let it register (the other specs block it).
test.use({ serviceWorkers: 'allow' });

const status = (page: Page) => page.getByRole('status', { name: 'Training status' });
const updates = (page: Page) => page.getByRole('region', { name: 'App updates' });

async function trainBriefly(page: Page, epochs: number, backend: string) {
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(epochs));
  await page.getByRole('button', { name: 'Train' }).click();
  await expect(status(page)).toContainText(`Finished ${epochs} epochs`, { timeout: 60_000 });
  await expect(status(page)).toContainText(`on ${backend}`);
}

/** The first visit installs the app: everything it needs is cached once this says so. */
async function waitUntilSaved(page: Page) {
  await expect(updates(page)).toContainText('TrainTab is saved on this device', {
    timeout: 60_000,
  });
  await updates(page).getByRole('button', { name: 'OK' }).click();
  await expect(updates(page)).toHaveCount(0);
}

test('once opened, the app opens and trains with the network off: cpu, wasm, MNIST, a share link, the history', async ({
  page,
  context,
}) => {
  await page.goto('/?backend=cpu');
  await waitUntilSaved(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await trainBriefly(page, 3, 'cpu');

  await page.goto('/?backend=wasm');
  await trainBriefly(page, 2, 'wasm');

  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await expect(page.getByRole('figure', { name: 'MNIST digits dataset preview' })).toContainText(
    'of 10,000 loaded',
  );

  await openWith(page, '?backend=cpu', training({ epochs: 7, batchSize: 16 }));
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('7');
  await expect(page.getByRole('spinbutton', { name: 'Batch size' })).toHaveValue('16');

  await openView(page, 'History');
  const runs = page.getByRole('table', { name: 'Saved runs, newest first' }).locator('tbody tr');
  await expect(runs).toHaveCount(2);
});

test('from a sub-path of a plain static host, a new version waits for Reload and never swaps itself in under a run', async ({
  page,
}) => {
  const host = await hostBuild('/course/traintab/');
  try {
    await page.goto(`${host.url}?backend=cpu`);
    await waitUntilSaved(page);
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('10000');
    await page.getByRole('button', { name: 'Train' }).click();
    await expect(status(page)).toContainText('epoch');

    // The host gets a new version; the open tab finds it at its next check.
    appendFileSync(join(host.root, 'sw.js'), '\n// the next version\n');
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
      (window as unknown as { sameTab: boolean }).sameTab = true;
    });
    await expect(updates(page)).toContainText('A new version of TrainTab is ready.');
    await expect(updates(page)).toContainText('Reloading now stops the training in progress');

    // Nothing is swapped in by itself: the run goes on in the same page.
    const epochNow = async () =>
      Number((await status(page).textContent())?.match(/epoch ([\d,]+)/)?.[1]?.replace(/,/g, ''));
    const before = await epochNow();
    await expect.poll(epochNow).toBeGreaterThan(before);
    expect(await page.evaluate(() => (window as unknown as { sameTab?: boolean }).sameTab)).toBe(
      true,
    );
    const waiting = () =>
      page.evaluate(
        async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null,
      );
    expect(await waiting()).toBe(true);

    await page.getByRole('button', { name: 'Stop' }).click();
    const reloaded = page.waitForEvent('load');
    await updates(page).getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
    expect(
      await page.evaluate(() => (window as unknown as { sameTab?: boolean }).sameTab),
    ).toBeUndefined();
    await expect(updates(page)).toHaveCount(0);
    expect(await waiting()).toBe(false);
  } finally {
    await host.close();
  }
});
