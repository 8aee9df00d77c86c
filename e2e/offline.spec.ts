import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openWith, training } from './spec-link';
import { hostBuild } from './static-server';
import { trainBriefly, trainingStatus } from './training';
import { openView } from './views';

// These tests are about the service worker: let it register (the other specs block it).
test.use({ serviceWorkers: 'allow' });

const updates = (page: Page) => page.getByRole('region', { name: 'App updates' });
const sameTab = (page: Page) =>
  page.evaluate(() => (window as unknown as { sameTab?: boolean }).sameTab ?? false);
const waitingVersion = (page: Page) =>
  page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null);

/** The first visit installs the app: everything it needs is cached once this says so. */
async function waitUntilSaved(page: Page) {
  await expect(updates(page)).toContainText('TrainTab is saved on this device', {
    timeout: 60_000,
  });
  await updates(page).getByRole('button', { name: 'OK' }).click();
  await expect(updates(page)).toHaveCount(0);
}

test('once opened, the app opens and trains with no network at all: cpu, wasm, MNIST, a share link, the history', async ({
  page,
  context,
}) => {
  const host = await hostBuild('/');
  await page.goto(`${host.url}?backend=cpu`);
  await waitUntilSaved(page);
  // Offline for certain: the host itself is gone, and the browser is told it has no network.
  await host.close();
  await context.setOffline(true);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await trainBriefly(page, 3);
  await expect(trainingStatus(page)).toContainText('on cpu');

  await page.goto(`${host.url}?backend=wasm`);
  await trainBriefly(page, 2);
  await expect(trainingStatus(page)).toContainText('on wasm');

  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await expect(page.getByRole('figure', { name: 'MNIST digits dataset preview' })).toContainText(
    'of 10,000 loaded',
  );

  await openWith(page, '?backend=cpu', training({ epochs: 7, batchSize: 16 }), host.url);
  await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('7');
  await expect(page.getByRole('spinbutton', { name: 'Batch size' })).toHaveValue('16');

  await openView(page, 'History');
  const runs = page.getByRole('table', { name: 'Saved runs, newest first' }).locator('tbody tr');
  await expect(runs).toHaveCount(2);
});

test('from a sub-path of a plain static host, a new version waits for Reload, never swaps itself in under a run, and every open tab can take it', async ({
  page,
  context,
}) => {
  const host = await hostBuild('/course/traintab/');
  try {
    await page.goto(`${host.url}?backend=cpu`);
    await waitUntilSaved(page);
    const other = await context.newPage();
    await other.goto(`${host.url}?backend=cpu`);
    await expect(other.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('10000');
    await page.getByRole('button', { name: 'Train' }).click();
    await expect(trainingStatus(page)).toContainText('epoch');

    // The host gets a new version; the open tabs find it at their next check.
    appendFileSync(join(host.root, 'sw.js'), '\n// the next version\n');
    for (const tab of [page, other])
      await tab.evaluate(async () => {
        (window as unknown as { sameTab: boolean }).sameTab = true;
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
    await expect(updates(page)).toContainText('A new version of TrainTab is ready.');
    await expect(updates(page)).toContainText('Reloading now stops the training in progress');
    await expect(updates(other)).toContainText('A new version of TrainTab is ready.');

    // Nothing is swapped in by itself: the run goes on in the same page.
    const epochNow = async () =>
      Number(
        (await trainingStatus(page).textContent())?.match(/epoch ([\d,]+)/)?.[1]?.replace(/,/g, ''),
      );
    const before = await epochNow();
    await expect.poll(epochNow).toBeGreaterThan(before);
    expect(await sameTab(page)).toBe(true);
    expect(await waitingVersion(page)).toBe(true);

    await page.getByRole('button', { name: 'Stop' }).click();
    const reloaded = page.waitForEvent('load');
    await updates(page).getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
    expect(await sameTab(page)).toBe(false);
    await page.evaluate(() => navigator.serviceWorker.ready);
    expect(await waitingVersion(page)).toBe(false);
    await expect(updates(page)).toHaveCount(0);

    // The other tab's version is already active (the first tab's Reload did it): Reload reloads.
    const otherReloaded = other.waitForEvent('load');
    await updates(other).getByRole('button', { name: 'Reload' }).click();
    await otherReloaded;
    await expect(other.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
    expect(await sameTab(other)).toBe(false);
  } finally {
    await host.close();
  }
});
