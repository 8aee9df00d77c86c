import type { Locator, Page } from '@playwright/test';
import { LAYER_CATALOG } from '../src/experiment/layer-catalog';
import { LAYER_TYPES } from '../src/experiment/layers';
import { expect, test } from './fixtures';

/** The widths the layout must hold at: two columns (1280), three columns narrow and wide. */
const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1400, height: 900 },
  { width: 1920, height: 1080 },
];

const stack = (page: Page) => page.getByRole('list', { name: 'Model layers' });
const card = (page: Page, name: RegExp) => stack(page).getByRole('listitem', { name });
const add = (page: Page, label: string) =>
  page.getByRole('button', { name: `Add ${label}`, exact: true });

/**
 * Every control of every card, checked in the page: it lies inside its card (which lies inside
 * the model panel), and a click at its centre reaches it rather than something drawn over it.
 * Returns one line per control that fails.
 */
async function misplacedControls(page: Page): Promise<string[]> {
  const panel = page.getByRole('region', { name: 'Model', exact: true });
  return stack(page).evaluate(
    (list, panelElement) => {
      const problems: string[] = [];
      const outside = (inner: DOMRect, outer: DOMRect) =>
        inner.left < outer.left - 0.5 ||
        inner.right > outer.right + 0.5 ||
        inner.top < outer.top - 0.5 ||
        inner.bottom > outer.bottom + 0.5;
      const box = (r: DOMRect) =>
        `x ${Math.round(r.left)}–${Math.round(r.right)}, y ${Math.round(r.top)}–${Math.round(r.bottom)}`;
      const cards = [...list.children].filter((el) => el.getAttribute('aria-hidden') !== 'true');
      for (const card of cards) {
        const cardName = card.querySelector('h3')?.textContent ?? '?';
        card.scrollIntoView({ block: 'center' });
        const cardRect = card.getBoundingClientRect();
        const panelRect = (panelElement as Element).getBoundingClientRect();
        if (outside(cardRect, panelRect))
          problems.push(`card ${cardName} (${box(cardRect)}) sticks out of the model panel`);
        for (const control of card.querySelectorAll<HTMLElement>(
          'button, input, select, textarea, summary',
        )) {
          const name =
            control.getAttribute('aria-label') ??
            (control.id
              ? document.querySelector(`label[for="${control.id}"]`)?.textContent
              : null) ??
            control.textContent;
          const what = `${cardName}: ${control.tagName.toLowerCase()} "${name}"`;
          control.scrollIntoView({ block: 'center', inline: 'center' });
          const rect = control.getBoundingClientRect();
          const inCard = card.getBoundingClientRect();
          if (rect.width === 0 || rect.height === 0) {
            problems.push(`${what} is not shown`);
            continue;
          }
          if (outside(rect, inCard))
            problems.push(`${what} (${box(rect)}) lies outside its card (${box(inCard)})`);
          const hit = document.elementFromPoint(
            rect.left + rect.width / 2,
            rect.top + rect.height / 2,
          );
          if (!hit || !(hit === control || control.contains(hit))) {
            const by = hit
              ? `${hit.tagName.toLowerCase()}${hit.getAttribute('class') ? `.${hit.getAttribute('class')}` : ''}`
              : 'nothing';
            problems.push(`${what}: a click at its centre reaches ${by}`);
          }
        }
      }
      return problems;
    },
    await panel.elementHandle(),
  );
}

async function expectCardsFit(page: Page, cards: Locator, count: number) {
  await expect(cards).toHaveCount(count);
  const problems: string[] = [];
  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const problem of await misplacedControls(page))
      problems.push(`at ${viewport.width}×${viewport.height}, ${problem}`);
  }
  expect(problems).toEqual([]);
}

test('every control of every layer card lies inside its card and takes clicks, at 1280, 1400 and 1920 px', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  // Most of these layers cannot take the circle's flat input: refused cards must fit too.
  for (const type of LAYER_TYPES) await add(page, LAYER_CATALOG[type].label).click();
  await expect(card(page, /^4\. Dense/)).toBeVisible();
  await expectCardsFit(page, stack(page).getByRole('listitem'), 3 + LAYER_TYPES.length);
});

test('a valid image-to-sequence stack with every layer type fits its cards, shapes and all', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  while ((await stack(page).getByRole('listitem').count()) > 0) {
    await stack(page)
      .getByRole('button', { name: /^Delete layer 1,/ })
      .click();
  }
  for (const label of [
    'Conv2D',
    'MaxPooling2D',
    'AveragePooling2D',
    'BatchNormalization',
    'Dropout',
    'GlobalAveragePooling2D',
    'Reshape',
    'SimpleRNN',
    'LSTM',
    'GRU',
    'Flatten',
    'Dense',
  ]) {
    await add(page, label).click();
  }
  await card(page, /^7\. Reshape/)
    .getByLabel('Target shape')
    .fill('32, 1');
  for (const [index, label] of [
    [8, 'SimpleRNN'],
    [9, 'LSTM'],
    [10, 'GRU'],
  ] as const) {
    await card(page, new RegExp(`^${index}\\. ${label}`))
      .getByLabel('Return sequences')
      .check();
  }
  const output = card(page, /^12\. Dense/);
  await output.getByLabel('Units').fill('10');
  await output.getByRole('combobox', { name: 'Activation' }).selectOption('softmax');
  // Every card has its shape: the widest headers there are.
  await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  await expect(card(page, /^1\. Conv2D/).getByLabel('Output shape of layer 1')).toHaveText(
    '(None, 26, 26, 32)',
  );
  await expectCardsFit(page, stack(page).getByRole('listitem'), 12);
});
