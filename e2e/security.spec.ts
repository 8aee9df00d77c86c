import { readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from './fixtures';
import { trainBriefly, trainingStatus } from './training';
import { openWith, quickSearch } from './spec-link';
import { openView, unfold } from './views';

// Every test here (and in every other spec) fails on a policy violation: fixtures.ts reports
// `securitypolicyviolation` events and console errors of the page and its workers.

const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const fixture = (name: string) =>
  fileURLToPath(new URL(`../src/data/fixtures/csv/${name}`, import.meta.url));

const downloadOf = async (page: Page, button: string): Promise<Download> => {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  return download;
};

test('the built app sends a strict content security policy, in its page and as a header', async ({
  page,
}) => {
  const response = await page.goto('/?backend=cpu');
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [meta, response?.headers()['content-security-policy']]) {
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).toContain("worker-src 'self'");
    expect(policy).toContain("connect-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toMatch(/(?<!wasm-)'unsafe-eval'|'unsafe-inline'|blob:|\*/);
  }
  // Only a header can say who may frame the app.
  expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(meta).not.toContain('frame-ancestors');
  // Nothing inline: every script the page runs is a file of its own origin.
  const scripts = await page
    .locator('script')
    .evaluateAll((all) => all.map((s) => (s as HTMLScriptElement).src || 'inline'));
  expect(scripts.length).toBeGreaterThan(0);
  for (const src of scripts) expect(src).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/assets\//);
});

test.describe('the policy is enforced', () => {
  test('an inline script and a string handed to a timer are refused, and reported', async ({
    page,
    pageErrors,
    expectedErrors,
  }) => {
    expectedErrors.push(/policy violation: script-src/, /violates the following Content Security/);
    await page.goto('/?backend=cpu');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
      // A string for setTimeout is eval: the page's own code doing it is under the policy.
      setTimeout('window.evalRan = true' as unknown as () => void, 0);
    });
    const violations = () => pageErrors.filter((e) => e.startsWith('policy violation')).join('\n');
    await expect.poll(violations).toMatch(/script-src-elem blocked inline/);
    await expect.poll(violations).toMatch(/script-src blocked eval/);
    const ran = await page.evaluate(() => {
      const w = window as unknown as { inlineRan?: boolean; evalRan?: boolean };
      return [w.inlineRan ?? false, w.evalRan ?? false];
    });
    expect(ran).toEqual([false, false]);
  });
});

test('nothing breaks the policy: four backends, a search, MNIST, a CSV, a model download and the Python export', async ({
  page,
}) => {
  test.setTimeout(240_000);
  for (const backend of ['cpu', 'wasm', 'webgl', 'webgpu']) {
    await page.goto(`/?backend=${backend}`);
    await trainBriefly(page, 1);
    await expect(trainingStatus(page)).toContainText(`on ${backend}`);
  }
  await page.getByRole('button', { name: 'Download model' }).click();

  await openWith(page, '?backend=cpu', quickSearch(2, 3));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 2 trials', { timeout: 60_000 });
  await openView(page, 'Run');

  await unfold(page, 'File');
  const zip = unzipSync(
    await readFile((await (await downloadOf(page, 'Export to Python (.zip)')).path())!),
  );
  const saved = page.getByRole('status').filter({ hasText: 'Saved traintab-python.zip.' });
  await expect(saved).toBeVisible();
  // Ink, not the header's white: the line sits in the white file menu.
  expect(await saved.evaluate((line) => getComputedStyle(line).color)).toBe('rgb(71, 85, 105)');
  expect(Object.keys(zip).sort()).toEqual([
    'traintab-python/README.md',
    'traintab-python/data.npz',
    'traintab-python/experiment.py',
  ]);
  const script = strFromU8(zip['traintab-python/experiment.py']!);
  expect(script).toContain('suggest_float(');
  expect(script).toContain('import optuna');
  const readme = strFromU8(zip['traintab-python/README.md']!);
  expect(readme).toContain('--storage journal:');
  const npz = unzipSync(zip['traintab-python/data.npz']!);
  expect(Object.keys(npz).sort()).toEqual(['x_train.npy', 'x_val.npy', 'y_train.npy', 'y_val.npy']);
  // The circle's 2 features for each of its training rows, as NumPy reads them.
  const header = strFromU8(npz['x_train.npy']!.subarray(10, 128));
  expect(header).toMatch(/'descr': '<f4', 'fortran_order': False, 'shape': \(\d+, 2\)/);

  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await expect(page.getByRole('figure', { name: 'MNIST digits dataset preview' })).toContainText(
    'of 10,000 loaded',
  );
  await page.getByRole('radio', { name: 'Your CSV' }).click();
  await page.getByLabel('Upload a CSV file').setInputFiles(fixture('fruit.csv'));
  await trainBriefly(page, 2);
});

/** Markup where a name or a cell should be: shown as these very characters, or it ran. */
const ATTACK = `<img src=x onerror="document.title='hacked'">`;
const CELL = '<b>bold</b>';

test('names, file names, cells and links that look like HTML are shown as text everywhere', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // A saved search (a study) renamed to markup.
  await openWith(page, '?backend=cpu', quickSearch(1, 3));
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Start search' }).click();
  await expect(searchStatus(page)).toContainText('Finished: 1 trial', { timeout: 60_000 });
  await openView(page, 'History');
  const searches = page.getByRole('table', { name: 'Saved searches, newest first' });
  await searches.getByRole('button', { name: /^Rename / }).click();
  const studyName = page.getByRole('textbox', { name: /^New name for / });
  await studyName.fill(ATTACK);
  await studyName.press('Enter');
  await expect(searches.getByRole('rowheader')).toContainText(ATTACK);
  await openView(page, 'Run');

  const folder = mkdtempSync(join(tmpdir(), 'traintab-attack-'));
  const csv = join(folder, `${ATTACK}.csv`);
  await writeFile(
    csv,
    [
      `size,"${ATTACK.replace(/"/g, '""')}",kind`,
      ...Array.from(
        { length: 24 },
        (_, i) => `${i},${i % 3},${i % 2 ? CELL : ATTACK.replace(/"/g, '""')}`,
      ),
    ].join('\n'),
  );
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Your CSV' }).click();
  await page.getByLabel('Upload a CSV file').setInputFiles(csv);
  const preview = page.getByRole('table', { name: /first 8 of 24 rows/ });
  await expect(preview).toContainText(ATTACK);
  await expect(preview).toContainText(CELL);
  await expect(page.getByLabel('Column to predict')).toHaveValue('kind');
  await trainBriefly(page, 2);

  // The link carries the CSV's name: whoever opens it is asked for that file, by name.
  await page.waitForFunction(() => window.location.hash.startsWith('#e='));
  const link = await page.evaluate(() => window.location.href);
  const other = await page.context().newPage();
  await other.goto(link);
  await expect(other.getByText(ATTACK).filter({ visible: true }).first()).toBeVisible();
  await expectInert(other);
  await other.close();

  // A saved run renamed to markup.
  await openView(page, 'History');
  const runs = page.getByRole('table', { name: 'Saved runs, newest first' });
  await runs
    .getByRole('button', { name: /^Rename / })
    .first()
    .click();
  const name = page.getByRole('textbox', { name: /^New name for / });
  await name.fill(ATTACK);
  await name.press('Enter');
  await expect(runs.getByRole('rowheader').first()).toHaveText(ATTACK);

  // A file that is not JSON, named as markup, is named in the alert.
  const notJson = join(folder, `${ATTACK}.json`);
  await writeFile(notJson, 'not json');
  await openView(page, 'Run');
  await unfold(page, 'File');
  await page.getByLabel('Open experiment…').setInputFiles(notJson);
  await expect(page.getByRole('alert')).toContainText(`${ATTACK}.json is not a JSON file`);

  await expectInert(page);
});

/** No markup from a user became an element, and none of it ran. */
async function expectInert(page: Page) {
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('b', { hasText: 'bold' })).toHaveCount(0);
  expect(await page.title()).toBe('TrainTab');
}
