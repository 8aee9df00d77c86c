import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { unfold } from './views';

// Tall enough to show the palette and the whole stack at once: no scrolling in the middle of a drag.
test.use({ viewport: { width: 1280, height: 2400 } });

const stack = (page: Page) => page.getByRole('list', { name: 'Model layers' });
const card = (page: Page, name: RegExp) => stack(page).getByRole('listitem', { name });
const summaryRows = (page: Page) =>
  page.getByRole('table', { name: /Model summary/ }).getByRole('rowheader');
const trainButton = (page: Page) => page.getByRole('button', { name: 'Train' });

/** A real pointer drag: press, move past dnd-kit's activation distance, glide to the target, release. */
async function drag(page: Page, source: Locator, target: Locator) {
  const from = await source.boundingBox();
  if (!from) throw new Error('drag source is not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 12, from.y + from.height / 2 + 12, { steps: 4 });
  await target.scrollIntoViewIfNeeded();
  const to = await target.boundingBox();
  if (!to) throw new Error('drop target is not visible');
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 20 });
  await page.mouse.up();
}

const paletteItem = (page: Page, label: string) =>
  page.getByRole('button', { name: `Add ${label}`, exact: true });

/**
 * Space picks the focused card up. dnd-kit announces the pick-up at once but starts listening for
 * arrow keys only in a `setTimeout` after it: an arrow pressed in between is lost. Timers of equal
 * delay run in order, so one more zero-delay timer in the page runs after dnd-kit's.
 */
async function pickUp(page: Page, announcement: Locator, text: string) {
  await page.keyboard.press('Space');
  await expect(announcement).toContainText(text);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
}

test('builds the classic Keras MNIST convnet by drag and drop and reads its parameter count', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  // Keep only the output layer of the starting model.
  while ((await stack(page).getByRole('listitem').count()) > 1) {
    await stack(page)
      .getByRole('button', { name: /^Delete layer 1,/ })
      .click();
  }
  await expect(card(page, /Dense/)).toHaveCount(1);
  const output = card(page, /Dense/);
  for (const label of ['Conv2D', 'MaxPooling2D', 'Conv2D', 'MaxPooling2D', 'Flatten', 'Dropout']) {
    await drag(page, paletteItem(page, label), output);
  }
  await card(page, /^3\. Conv2D/)
    .getByLabel('Filters')
    .fill('64');
  await card(page, /Dropout/)
    .getByLabel('Rate')
    .fill('0.5');
  await unfold(page, 'Model summary');
  await expect(summaryRows(page)).toHaveText([
    'Input',
    'Conv2D(32, 3×3, relu)',
    'MaxPooling2D(2)',
    'Conv2D(64, 3×3, relu)',
    'MaxPooling2D(2)',
    'Flatten',
    'Dropout(0.5)',
    'Dense(10, softmax)',
    'Total params',
    'Trainable params',
  ]);
  const total = page
    .getByRole('table', { name: /Model summary/ })
    .getByRole('row', { name: /Total params/ });
  await expect(total).toContainText('34,826');
  await expect(trainButton(page)).toBeEnabled();
});

test('reorders a layer with the keyboard alone', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await unfold(page, 'Model summary');
  await expect(summaryRows(page).nth(3)).toHaveText('Dense(1, sigmoid)');
  await page.getByRole('button', { name: 'Move layer 3, Dense(1, sigmoid)' }).focus();
  // Each step is announced to screen readers; waiting for it also lets dnd-kit settle.
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await pickUp(page, announcement, 'Picked up layer 3, Dense(1, sigmoid).');
  await page.keyboard.press('ArrowUp');
  await expect(announcement).toHaveText(
    'layer 3, Dense(1, sigmoid) is over layer 2, Dense(8, relu).',
  );
  await page.keyboard.press('Space');
  await expect(announcement).toHaveText(
    'Dropped layer 3, Dense(1, sigmoid) at layer 2, Dense(8, relu).',
  );
  await expect(summaryRows(page).nth(2)).toHaveText('Dense(1, sigmoid)');
  await expect(summaryRows(page).nth(3)).toHaveText('Dense(8, relu)');
  // The last layer is no longer the output: the card and Train say so.
  await expect(card(page, /^3\. Dense/)).toContainText('needs 1 unit');
  await expect(trainButton(page)).toBeDisabled();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summaryRows(page).nth(3)).toHaveText('Dense(1, sigmoid)');
  await expect(trainButton(page)).toBeEnabled();
});

test('the keyboard moves a tall card past short ones, all the way to the top', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await page.getByRole('button', { name: 'Add Conv2D', exact: true }).click();
  await page.getByRole('button', { name: /^Move layer 5, Conv2D/ }).focus();
  const announcement = page.locator('[id^="DndLiveRegion"]');
  await pickUp(page, announcement, 'Picked up layer 5');
  for (const [place, name] of [
    ['4', 'Dense(10, softmax)'],
    ['3', 'Dense(8, relu)'],
    ['2', 'Dense(8, relu)'],
    ['1', 'Flatten'],
  ]) {
    await page.keyboard.press('ArrowUp');
    await expect(announcement).toContainText(`is over layer ${place}, ${name}.`);
  }
  await page.keyboard.press('Space');
  await unfold(page, 'Model summary');
  await expect(summaryRows(page).nth(1)).toHaveText('Conv2D(32, 3×3, relu)');
  await expect(summaryRows(page).nth(2)).toHaveText('Flatten');
  await expect(trainButton(page)).toBeEnabled();
});

test('a Conv2D after a Flatten is an error on that card, Train is disabled, and undo fixes it', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'MNIST digits' }).click();
  await unfold(page, 'Model summary');
  await expect(summaryRows(page).nth(1)).toHaveText('Flatten');
  await drag(page, paletteItem(page, 'Conv2D'), stack(page).getByRole('listitem').nth(1));
  const conv = card(page, /^2\. Conv2D/);
  await expect(conv).toContainText(
    'Conv2D needs a 3-D input (height, width, channels) but receives (784). Remove the Flatten or add a Reshape.',
  );
  await expect(trainButton(page)).toBeDisabled();
  await expect(page.getByText(/^Cannot train yet: Conv2D needs a 3-D input/)).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 400 } });
  await page.keyboard.press('Control+z');
  await expect(card(page, /Conv2D/)).toHaveCount(0);
  await expect(trainButton(page)).toBeEnabled();
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, /Conv2D/)).toHaveCount(1);
});

test('the summary of a refused stack says its count stops at the layer that fails, not a model total', async ({
  page,
}) => {
  await page.goto('/?backend=cpu');
  await unfold(page, 'Model summary');
  const summary = page.getByRole('table', { name: /Model summary/ });
  await expect(summary).toContainText('Model summary, 105 parameters');
  await paletteItem(page, 'Conv2D').click();
  await expect(card(page, /^4\. Conv2D/)).toContainText('needs a 3-D input');
  await expect(summary.locator('caption')).toHaveText(
    'Model summary, incomplete: the stack stops at layer 4, so only layers 1–3 are counted (105 parameters)',
  );
  await expect(summary.getByRole('row', { name: /Total params/ })).toHaveCount(0);
  await expect(summary.getByRole('row', { name: /^Params in layers 1–3/ })).toContainText('105');
  // The refused layer has no parameter count of its own.
  await expect(summary.getByRole('row', { name: /^Conv2D/ }).getByRole('cell')).toHaveText([
    '—',
    '—',
  ]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(summary.locator('caption')).toHaveText('Model summary, 105 parameters');
  await expect(summary.getByRole('row', { name: /Total params/ })).toContainText('105');
});

test('a copied share link opens the same experiment in a new page', async ({ page, context }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Moons' }).click();
  await paletteItem(page, 'Dropout').click();
  // Handle onto handle: the dragged card lands where the second card starts.
  await drag(
    page,
    stack(page).getByRole('button', { name: /^Move layer 4, Dropout/ }),
    stack(page).getByRole('button', { name: /^Move layer 2,/ }),
  );
  await unfold(page, 'Model summary');
  await expect(summaryRows(page).nth(2)).toHaveText('Dropout(0.25)');
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('42');
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to this experiment').inputValue();
  expect(link).toContain('#e=');
  // The address bar follows the edits too.
  await expect.poll(() => page.url()).toBe(link);

  const other = await context.newPage();
  await other.goto(link);
  await expect(other.getByRole('heading', { name: 'Data: Moons' })).toBeVisible();
  await unfold(other, 'Model summary');
  await expect(summaryRows(other)).toHaveText(await summaryRows(page).allTextContents());
  await expect(summaryRows(other).nth(2)).toHaveText('Dropout(0.25)');
  await expect(other.getByRole('spinbutton', { name: 'Epochs', exact: true })).toHaveValue('42');
  await expect(other.getByRole('alert')).toHaveCount(0);
});

test('a link pasted into an open tab opens that experiment', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByRole('radio', { name: 'Spiral' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const spiral = await page.getByLabel('Link to this experiment').inputValue();
  await page.getByRole('radio', { name: 'XOR' }).click();
  await expect(page.getByRole('heading', { name: 'Data: XOR' })).toBeVisible();
  await page.goto(spiral);
  await expect(page.getByRole('heading', { name: 'Data: Spiral' })).toBeVisible();
  await page.goto('/?backend=cpu#e=broken');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a damaged link says what was wrong and opens the defaults', async ({ page }) => {
  await page.goto('/?backend=cpu#e=this-is-not-a-real-link');
  await expect(page.getByRole('alert')).toContainText('damaged');
  await expect(page.getByRole('heading', { name: 'Data: Circle' })).toBeVisible();
  await expect(trainButton(page)).toBeEnabled();
});

test('the Keras code view shows the model as Python', async ({ page }) => {
  await page.goto('/?backend=cpu');
  await page.getByText('Keras code').click();
  const code = page.getByLabel('Keras code');
  await expect(code).toContainText('model = keras.Sequential()');
  await expect(code).toContainText('model.add(layers.Dense(8, activation="relu"))');
  await expect(code).toContainText('loss="binary_crossentropy"');
});
