import type { Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import zh from '../src/ui/i18n/locales/zh-CN';
import { seriousViolations } from './axe';
import { englishWords } from './english-words';
import { expect, test } from './fixtures';
import { openView } from './views';

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);
const zhTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: zh.layout.views.label }).getByRole('tab', { name });
const csvFixture = (name: string) =>
  fileURLToPath(new URL(`../src/data/fixtures/csv/${name}`, import.meta.url));

/** No English word on the page (names aside), and no serious axe violation, in Chinese. */
async function expectAllChinese(page: Page, extra: readonly string[] = []): Promise<void> {
  expect(await englishWords(page, extra)).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
}

/** Every tab of the study dashboards in turn: each draws its own plot and words. */
async function expectDashboardsChinese(page: Page): Promise<void> {
  const dashboards = page.getByRole('region', { name: zh.dashboards.title });
  const tabs = dashboards.getByRole('tab');
  const count = await tabs.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count; i += 1) {
    await tabs.nth(i).click();
    await expect(tabs.nth(i)).toHaveAttribute('aria-selected', 'true');
    expect(await englishWords(page)).toEqual([]);
  }
}

test('the language picker switches the app to 简体中文; <html lang>, the address and the next visit follow', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  expect(await htmlLang(page)).toBe('en');
  await expect(page).toHaveURL(/[?&]lang=en/);
  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(zhTab(page, zh.layout.views.run)).toBeVisible();
  expect(await htmlLang(page)).toBe('zh-CN');
  await expect(page).toHaveURL(/[?&]lang=zh-CN/);
  // The choice is kept: a visit without ?lang opens in Chinese.
  await page.goto('/?backend=cpu');
  await expect(page.getByLabel(zh.common.language.label)).toHaveValue('zh-CN');
  expect(await htmlLang(page)).toBe('zh-CN');
  // ?lang wins over the kept choice, and the choice follows it.
  await page.goto('/?backend=cpu&lang=en');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  await page.goto('/?backend=cpu');
  await expect(page.getByLabel('Language')).toHaveValue('en');
  // A language it does not speak is named where it came from, and the kept one is used.
  await page.goto('/?backend=cpu&lang=fr');
  await expect(page.getByRole('alert')).toContainText(
    'the language "fr", which TrainTab does not speak',
  );
  await expect(page.getByLabel('Language')).toHaveValue('en');
});

test('the share link and the class link keep the language', async ({ page }) => {
  await page.goto('/?backend=cpu&lang=zh-CN');
  await page.getByRole('button', { name: zh.lessons.classLink.open }).click();
  const dialog = page.getByRole('dialog', { name: zh.lessons.classLink.heading });
  await expect(dialog.getByLabel(zh.lessons.classLink.link)).toHaveValue(/[?&]lang=zh-CN/);
  await dialog.getByRole('button', { name: zh.lessons.classLink.close }).click();
  const link = page.getByLabel(zh.experiment.share.linkLabel);
  await page.getByRole('button', { name: zh.experiment.share.button }).click();
  await expect(link).toHaveValue(/[?&]lang=zh-CN#e=/);
});

test('switching the language mid-search keeps the experiment and the running search, and every view reads in Chinese', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.goto('/?backend=cpu');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('8');
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByRole('button', { name: 'Search units of layer 1' }).click();
  await page.getByLabel('Max trials').fill('4');
  await page.getByLabel('Parallel trials').fill('1');
  await page.getByRole('button', { name: 'Start search' }).click();
  const table = page.getByRole('table', { name: /^Trials/ });
  await expect(table.locator('tbody tr')).not.toHaveCount(0);
  const hash = await page.evaluate(() => window.location.hash);

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect.poll(() => htmlLang(page)).toBe('zh-CN');
  // The experiment and the search are untouched: same link, and the search goes on to its end.
  expect(await page.evaluate(() => window.location.hash)).toBe(hash);
  await expect(page.getByRole('button', { name: zh.search.controls.stop })).toBeEnabled();
  const zhTable = page.getByRole('table', { name: new RegExp(`^${zh.search.table.caption}`) });
  await expect(zhTable.locator('tbody tr')).toHaveCount(4, { timeout: 120_000 });
  await expect(page.getByRole('button', { name: zh.search.controls.start })).toBeEnabled({
    timeout: 120_000,
  });

  await expectAllChinese(page);
  await expectDashboardsChinese(page);
  await zhTab(page, zh.layout.views.run).click();
  await expectAllChinese(page);
  await zhTab(page, zh.layout.views.history).click();
  await expectAllChinese(page);
  // And back: English again, the experiment still the same.
  await page.getByLabel(zh.common.language.label).selectOption('en');
  await expect(page.getByRole('tab', { name: 'Run', exact: true })).toBeVisible();
  expect(await page.evaluate(() => window.location.hash)).toBe(hash);
});

test('a lesson, its training and presenter mode read in Chinese', async ({ page }) => {
  await page.goto('/?backend=cpu&lang=zh-CN&lesson=overfitting');
  const lesson = page.getByRole('complementary');
  await expect(
    lesson.getByRole('heading', { name: zh.lessons.texts.overfitting.title }),
  ).toBeVisible();
  // The lesson trains by itself; its charts and status are in Chinese while it runs and after.
  await expect(page.getByRole('status', { name: zh.training.status.label })).toContainText(
    zh.training.status.finished_other.split('{{')[0] as string,
    { timeout: 60_000 },
  );
  await expectAllChinese(page);
  await page.getByRole('button', { name: zh.layout.header.presenterMode }).click();
  await expectAllChinese(page);
  await page.getByRole('button', { name: zh.layout.header.presenterMode }).click();
  // The lessons menu and the glossary.
  await page.getByRole('button', { name: zh.lessons.menu.open, exact: true }).click();
  expect(await englishWords(page)).toEqual([]);
  await page.getByRole('button', { name: zh.lessons.menu.glossary }).click();
  await expect(page.getByRole('dialog', { name: zh.lessons.glossaryDialog.heading })).toBeVisible();
  await expectAllChinese(page);
});

test('a failed CSV upload, a damaged link and a refused model are explained in Chinese', async ({
  page,
}) => {
  await page.goto('/?backend=cpu&lang=zh-CN#e=this-is-not-a-link');
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectAllChinese(page);

  await page.goto('/?backend=cpu&lang=zh-CN');
  await page.getByRole('radio', { name: zh.catalog.datasets.csv.label }).click();
  await page.getByLabel(zh.dataset.csv.upload).setInputFiles(csvFixture('ragged.csv'));
  await expect(page.getByRole('alert').first()).toContainText('ragged.csv');
  // The file's own name is the user's, not the app's words.
  await expectAllChinese(page, ['ragged', 'csv']);

  await page.goto('/?backend=cpu&lang=zh-CN');
  await page
    .getByRole('button', { name: zh.builder.palette.add.replace('{{label}}', 'Conv2D') })
    .click();
  await expect(page.getByRole('button', { name: zh.training.bar.train })).toBeDisabled();
  await expectAllChinese(page);
});

test('switching the language redraws what was already on screen: the banner, a refused layer and the search space', async ({
  page,
}) => {
  // In English first: a link with a damaged experiment and an unknown control, a refused layer.
  await page.goto('/?backend=cpu&lang=en&hide=turbo#e=garbage');
  await expect(page.getByRole('alert').first()).toContainText('turbo');
  await page.getByRole('button', { name: 'Add Conv2D', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Train', exact: true })).toBeDisabled();
  await openView(page, 'Search');
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await openView(page, 'Run');

  await page.getByLabel('Language').selectOption('zh-CN');
  await expect(zhTab(page, zh.layout.views.run)).toBeVisible();
  // "turbo" is the link's own word, quoted back in the Chinese sentence.
  await expectAllChinese(page, ['turbo']);
  await zhTab(page, zh.layout.views.search).click();
  await expectAllChinese(page, ['turbo']);
});
