import type { Locator, Page } from '@playwright/test';
import LZString from 'lz-string';
import type { ExperimentSpec } from '../src/experiment/experiment';
import type { LessonId } from '../src/experiment/lessons/lesson-presets';
import { overfittingFigures } from '../src/experiment/lessons/overfitting-figures';
import lessons from '../src/ui/i18n/locales/en/lessons';
import { seriousViolations } from './axe';
import { expect, test } from './fixtures';

/** Every lesson's English words, by id in the order of the course. */
const LESSON_TEXTS = lessons.texts;
const LESSON_IDS = Object.keys(LESSON_TEXTS) as LessonId[];

/** What each lesson does when it starts (its preset's action), and how many variants it compares. */
const LESSON_KINDS: Record<LessonId, { kind: string; variants?: number }> = {
  overfitting: { kind: 'train' },
  underfitting: { kind: 'train' },
  regularization: { kind: 'compare', variants: 4 },
  'learning-rate': { kind: 'compare', variants: 4 },
  activations: { kind: 'compare', variants: 3 },
  losses: { kind: 'compare', variants: 2 },
  'gradient-descent': { kind: 'optimizer-paths' },
  'search-strategies': { kind: 'race' },
  'cross-validation': { kind: 'search' },
  'model-selection': { kind: 'compare', variants: 2 },
};

type Link = { v: number; spec: ExperimentSpec };

/** The experiment the address bar holds (the app writes it there as `#e=`). */
async function specInAddress(page: Page): Promise<Link> {
  await page.waitForFunction(() => window.location.hash.startsWith('#e='));
  const hash = await page.evaluate(() => window.location.hash);
  return JSON.parse(
    LZString.decompressFromEncodedURIComponent(hash.slice('#e='.length)) ?? 'null',
  ) as Link;
}

const linkTo = (link: Link) => `#e=${LZString.compressToEncodedURIComponent(JSON.stringify(link))}`;

/** The epoch the run has reached, as the latest metrics show it. */
const latestEpoch = (page: Page) =>
  page.getByLabel('Latest metrics').getByLabel('Epoch', { exact: true });
const trainingStatus = (page: Page) => page.getByRole('status', { name: 'Training status' });
const lessonHeading = (page: Page, id: LessonId) =>
  page.getByRole('complementary').getByRole('heading', { name: LESSON_TEXTS[id].title });

interface EpochRow {
  epoch: number;
  loss: number;
  valLoss: number;
}

/** Every epoch's numbers so far, read from the run's "Numbers for every epoch" table. */
async function epochRows(page: Page): Promise<EpochRow[]> {
  const details = page.locator('details.history');
  if ((await details.count()) === 0) return [];
  if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
    await details.locator('summary').click();
  const rows = await details
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.children, (cell) => cell.textContent ?? '')),
    );
  return rows.map(([epoch, loss, valLoss]) => ({
    epoch: Number(epoch),
    loss: Number(loss),
    valLoss: Number(valLoss),
  }));
}

/** A 5-epoch trailing mean of the training loss at each epoch (as the lesson's criterion does). */
const trailingMean = (values: number[], at: number) => {
  const window = values.slice(Math.max(0, at - 4), at + 1);
  return window.reduce((sum, v) => sum + v, 0) / window.length;
};

const inViewport = async (locator: Locator, width: number, height: number) => {
  const box = await locator.boundingBox();
  expect(box, 'the element is laid out').not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width);
  expect(box.y + box.height).toBeLessThanOrEqual(height);
};

test.describe('one screen', () => {
  test('at 1280×800 the data, the model stack, Train and the loss chart are all in view', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/?backend=cpu');
    await inViewport(page.getByRole('figure', { name: /dataset preview/ }), 1280, 800);
    await inViewport(page.getByRole('list', { name: 'Model layers' }), 1280, 800);
    await inViewport(page.getByRole('button', { name: 'Train' }), 1280, 800);
    await inViewport(page.getByRole('figure', { name: 'Loss per epoch' }), 1280, 800);
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('8');
    await page.getByRole('button', { name: 'Train' }).click();
    await expect(trainingStatus(page)).toContainText('Finished 8 epochs');
    // While and after training, the boundary takes the preview's place, still on the first screen.
    await inViewport(page.getByRole('img', { name: /^Decision boundary/ }), 1280, 800);
    await inViewport(page.getByRole('figure', { name: 'Loss per epoch' }), 1280, 800);
    // Nothing is wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );
  });

  for (const [width, height] of [
    [1024, 768],
    [1280, 720],
    [2560, 1440],
  ] as const) {
    test(`nothing overflows the page or its cards at ${width}×${height}`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      await page.goto('/?backend=cpu&lesson=overfitting');
      await expect(lessonHeading(page, 'overfitting')).toBeVisible();
      const overflowing = await page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('.panel, .run-bar'))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => el.className),
      );
      expect(overflowing).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
    });
  }
});

test.describe('lessons', () => {
  test('overfitting in two clicks: within 15 s validation loss has clearly turned up while training loss still falls', async ({
    page,
  }) => {
    await page.goto('/?backend=cpu');
    const clicked = Date.now();
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('button', { name: LESSON_TEXTS.overfitting.title, exact: true }).click();
    await expect(lessonHeading(page, 'overfitting')).toBeVisible();
    await expect(trainingStatus(page)).toContainText(/Training|Finished/);

    let rows: EpochRow[] = [];
    await expect
      .poll(
        async () => {
          rows = await epochRows(page);
          return rows.length >= 10 && overfittingFigures(rows.map((r) => r.valLoss)).turnedUp;
        },
        { timeout: 15_000 - (Date.now() - clicked), intervals: [250] },
      )
      .toBe(true);
    const figures = overfittingFigures(rows.map((r) => r.valLoss));
    expect(figures.minIndex).toBeLessThan(0.6 * rows.length);
    expect(figures.lastValue).toBeGreaterThanOrEqual(1.5 * figures.minValue);
    // Training loss still falls: its trailing mean now is below where it was at validation's best.
    const losses = rows.map((r) => r.loss);
    expect(trailingMean(losses, rows.length - 1)).toBeLessThan(
      trailingMean(losses, figures.minIndex),
    );
    // The boundary is drawn over the points, on a validation set large enough for a smooth curve.
    await expect(page.getByRole('img', { name: /^Decision boundary/ })).toBeVisible();
    await page.getByRole('button', { name: 'Stop' }).click();
    const facts = page.locator('.run-facts');
    await expect(facts).toContainText(/\d+ validation samples/);
    const validation = Number(
      /(\d+) validation samples/.exec((await facts.textContent()) ?? '')?.[1],
    );
    expect(validation).toBeGreaterThanOrEqual(100);
  });

  /** The overfitting lesson's experiment, changed by `cure`, opened as a link and trained. */
  const cures: Record<string, (spec: ExperimentSpec) => ExperimentSpec> = {
    dropout: (spec) => ({
      ...spec,
      model: {
        layers: spec.model.layers.flatMap((layer, i, all) =>
          i < all.length - 1 ? [layer, { type: 'dropout' as const, rate: 0.7 }] : [layer],
        ),
      },
    }),
    'an L2 penalty': (spec) => ({
      ...spec,
      model: {
        layers: spec.model.layers.map((layer, i, all) =>
          layer.type === 'dense' && i < all.length - 1 ? { ...layer, kernelL2: 0.05 } : layer,
        ),
      },
    }),
    'early stopping': (spec) => ({
      ...spec,
      training: {
        ...spec.training,
        earlyStopping: { enabled: true, patience: 4, minDelta: 0, restoreBestWeights: true },
      },
    }),
  };
  for (const [name, cure] of Object.entries(cures)) {
    test(`the overfitting model with ${name} shows the cure on the same numbers`, async ({
      page,
    }) => {
      await page.goto('/?backend=cpu&lesson=overfitting');
      await expect(trainingStatus(page)).toContainText('Training on');
      await page.getByRole('button', { name: 'Stop' }).click();
      await expect(trainingStatus(page)).toContainText('Stopped');
      const link = await specInAddress(page);
      await page.goto(`/?backend=cpu${linkTo({ ...link, spec: cure(link.spec) })}`);
      await page.getByLabel('Speed').selectOption({ label: 'As fast as it goes' });
      await page.getByRole('button', { name: 'Train' }).click();
      await expect(trainingStatus(page)).toContainText(/Finished|Stopped early/, {
        timeout: 60_000,
      });
      const rows = await epochRows(page);
      const figures = overfittingFigures(rows.map((r) => r.valLoss));
      expect(figures.turnedUp).toBe(false);
      // The last smoothed validation loss is within 15% of the best the run saw.
      expect(figures.lastValue).toBeLessThan(1.15 * figures.minValue);
    });
  }

  for (const id of LESSON_IDS) {
    test(`the ${id} lesson opens from its link and from the menu, and runs without errors`, async ({
      page,
    }) => {
      await page.goto(`/?backend=cpu&lesson=${id}`);
      await expect(lessonHeading(page, id)).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`lesson=${id}`));
      await expectLessonRunning(page, id);

      await page.goto('/?backend=cpu');
      await page.getByRole('button', { name: 'Lessons' }).click();
      await page.getByRole('button', { name: LESSON_TEXTS[id].title, exact: true }).click();
      await expect(lessonHeading(page, id)).toBeVisible();
      await expectLessonRunning(page, id);
    });
  }

  test('a lesson opened while another trains stops that one and starts', async ({ page }) => {
    await page.goto('/?backend=cpu&lesson=overfitting');
    await expect(trainingStatus(page)).toContainText('Training on');
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('button', { name: LESSON_TEXTS.underfitting.title, exact: true }).click();
    await expect(lessonHeading(page, 'underfitting')).toBeVisible();
    await expect(page.getByRole('heading', { name: /^Data: / })).toHaveCount(0);
    await expect(trainingStatus(page)).toContainText(/Training on|Finished/, { timeout: 20_000 });
    // The underfitting model is one Dense layer: the lesson's experiment replaced the other.
    await expect(
      page.getByRole('list', { name: 'Model layers' }).getByRole('listitem'),
    ).toHaveCount(1);
  });

  test('an unknown lesson in a link says so and opens the app as usual', async ({ page }) => {
    await page.goto('/?backend=cpu&lesson=alchemy');
    await expect(page.getByText('The link asks for a lesson named "alchemy"')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Train' })).toBeEnabled();
  });

  test('the glossary opens from a term and from the Lessons menu', async ({ page }) => {
    await page.goto('/?backend=cpu');
    await page.getByRole('button', { name: 'What is learning rate?' }).click();
    const definition = page.getByRole('dialog', { name: /learning rate/i });
    await expect(definition).toBeVisible();
    await expect(definition).toContainText(/step/i);
    await page.keyboard.press('Escape');
    await expect(definition).toBeHidden();
    await page.getByRole('button', { name: 'Lessons' }).click();
    await page.getByRole('button', { name: /^Glossary/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Glossary' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('term')).toHaveCount(22);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
  });
});

/** What each kind of lesson shows once it runs. */
async function expectLessonRunning(page: Page, id: LessonId) {
  const { kind, variants } = LESSON_KINDS[id];
  switch (kind) {
    case 'train':
      await expect(page.locator('details.history tbody tr, .metrics').first()).toBeAttached({
        timeout: 30_000,
      });
      await expect(trainingStatus(page)).toContainText(/Training on|Finished|Paused/);
      return;
    case 'compare':
      await expect(
        page.getByRole('table', { name: 'Variants compared' }).locator('tbody tr'),
      ).toHaveCount(variants ?? 0);
      return;
    case 'search':
      await expect(page.getByRole('status', { name: 'Search status' })).toContainText(
        /Running|Finished|trial/i,
        { timeout: 30_000 },
      );
      return;
    case 'race':
      await expect(page.getByRole('region', { name: /Strategy race/i })).toBeVisible();
      await expect(
        page.getByRole('button', { name: /Pause the race|Stop the race/ }).first(),
      ).toBeVisible({
        timeout: 30_000,
      });
      return;
    case 'optimizer-paths':
      await expect(page.getByRole('img', { name: /SGD|momentum|Adam/i }).first()).toBeVisible();
      return;
  }
}

test.describe('pace', () => {
  test('Step trains exactly one epoch, then pauses; Resume goes on', async ({ page }) => {
    await page.goto('/?backend=cpu');
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(trainingStatus(page)).toContainText('Paused');
    await expect(latestEpoch(page)).toHaveText('1');
    // Still one epoch a while later: the run waits for the teacher.
    await page.waitForTimeout(700);
    await expect(latestEpoch(page)).toHaveText('1');
    await page.getByRole('button', { name: 'Step' }).click();
    await expect(latestEpoch(page)).toHaveText('2');
    await expect(trainingStatus(page)).toContainText('Paused');
    await page.waitForTimeout(700);
    await expect(latestEpoch(page)).toHaveText('2');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(trainingStatus(page)).toContainText('Finished');
  });

  test('the speed control spaces epochs at least that far apart, and changes mid-run', async ({
    page,
  }) => {
    await page.goto('/?backend=cpu');
    await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill('6');
    await page.getByLabel('Speed').selectOption({ label: '2 epochs a second' });
    await page.getByRole('button', { name: 'Train' }).click();
    const seen: number[] = [];
    const epoch = latestEpoch(page);
    await expect(epoch).toHaveText('1', { timeout: 20_000 });
    seen.push(Date.now());
    await expect(epoch).toHaveText('2');
    seen.push(Date.now());
    await expect(epoch).toHaveText('3');
    seen.push(Date.now());
    // 500 ms per epoch at least (the poll may see an epoch late, never early by more than a frame).
    expect(seen[2]! - seen[0]!).toBeGreaterThanOrEqual(900);
    await page.getByLabel('Speed').selectOption({ label: 'As fast as it goes' });
    await expect(trainingStatus(page)).toContainText('Finished 6 epochs');
  });
});

test.describe('presenter mode and class links', () => {
  test('presenter mode shows the run essentials in type 1.5× the normal size', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/?backend=cpu');
    const rootSize = () =>
      page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeVisible();
    const normal = await rootSize();
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    expect(await rootSize()).toBeGreaterThanOrEqual(1.5 * normal);
    await expect(page).toHaveURL(/present=1/);
    await expect(page.getByRole('tablist', { name: 'Views' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: /^Data: / })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Train' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Model layers' })).toBeVisible();
    await expect(page.getByRole('figure', { name: 'Loss per epoch' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('/?backend=cpu&present=1');
    // The page draws once its language's words are in: measure the drawn app, not the bare page.
    await expect(page.getByRole('button', { name: 'Presenter mode' })).toBeVisible();
    expect(await rootSize()).toBeGreaterThanOrEqual(1.5 * normal);
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    expect(await rootSize()).toBe(normal);
    await expect(page.getByRole('tablist', { name: 'Views' })).toBeVisible();
  });

  test('?hide= hides exactly the controls it names', async ({ page }) => {
    await page.goto('/?backend=cpu&hide=optimizer,learningRate,search,layers');
    await expect(page.getByRole('button', { name: 'Train' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveCount(0);
    await expect(page.getByRole('spinbutton', { name: 'Learning rate', exact: true })).toHaveCount(
      0,
    );
    await expect(page.getByRole('tab', { name: 'Search' })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Add a layer' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Delete layer/ })).toHaveCount(0);
    // What the link did not name stays.
    await expect(page.getByRole('spinbutton', { name: 'Epochs', exact: true })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Batch size', exact: true })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'History' })).toBeVisible();
    await expect(page.getByRole('spinbutton', { name: 'Units' }).first()).toBeVisible();
  });

  test('the Class link dialog writes a link that opens the lesson with only what was left', async ({
    page,
  }) => {
    await page.goto('/?backend=cpu');
    await page.getByRole('button', { name: 'Class link' }).click();
    const dialog = page.getByRole('dialog', { name: 'Class link' });
    // Without a lesson the link carries the builder's experiment.
    await expect(dialog.getByLabel('Link for the class')).toHaveValue(/^http[^?#]*\?lang=en#e=/);
    await dialog
      .getByLabel('Lesson', { exact: true })
      .selectOption({ label: LESSON_TEXTS.underfitting.title });
    await dialog.getByLabel('Presenter mode').check();
    await dialog.getByLabel('Optimizer').check();
    await dialog.getByLabel('Speed').check();
    // Copying says so in the dialog's own ink (the header's white once hid it there).
    await dialog.getByRole('button', { name: 'Copy the link' }).click();
    const copied = dialog.getByRole('status');
    await expect(copied).toHaveText(/Copied|did not allow copying/);
    expect(await copied.evaluate((line) => getComputedStyle(line).color)).toBe('rgb(71, 85, 105)');
    expect(await seriousViolations(page)).toEqual([]);
    const link = await dialog.getByLabel('Link for the class').inputValue();
    // A lesson brings its own experiment: the link names it, not the builder's.
    expect(link).toMatch(/\?lesson=underfitting&present=1&hide=optimizer,speed&lang=en$/);
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();

    await page.goto(link.replace(/^https?:\/\/[^/]+/, '').replace('?', '?backend=cpu&'));
    await expect(lessonHeading(page, 'underfitting')).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Optimizer', exact: true })).toHaveCount(0);
    await expect(page.getByLabel('Speed')).toHaveCount(0);
    const presenter = page.getByRole('button', { name: 'Presenter mode' });
    await expect(presenter).toHaveAttribute('aria-pressed', 'true');
    // On a projector the lesson's text takes the stack's room; out of presenter mode it is back,
    // with the lesson's own one-layer model.
    await expect(page.getByRole('list', { name: 'Model layers' })).toHaveCount(0);
    await presenter.click();
    await expect(
      page.getByRole('list', { name: 'Model layers' }).getByRole('listitem'),
    ).toHaveCount(1);
  });
});

test.describe('accessibility of every view', () => {
  test('run, search, history, an open lesson and the menus have no serious or critical axe violations', async ({
    page,
  }) => {
    await page.goto('/?backend=cpu');
    expect(await seriousViolations(page), 'run view').toEqual([]);
    await page.getByRole('tab', { name: 'Search' }).click();
    await expect(page.getByRole('heading', { name: 'Hyperparameter search' })).toBeVisible();
    expect(await seriousViolations(page), 'search view').toEqual([]);
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'Saved in this browser' })).toBeVisible();
    expect(await seriousViolations(page), 'history view').toEqual([]);
    await page.getByRole('tab', { name: 'Run' }).click();
    await page.getByRole('button', { name: 'Lessons' }).click();
    expect(await seriousViolations(page), 'lessons menu').toEqual([]);
    await page
      .getByRole('button', { name: LESSON_TEXTS['learning-rate'].title, exact: true })
      .click();
    await expect(lessonHeading(page, 'learning-rate')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Variants compared' })).toBeVisible();
    expect(await seriousViolations(page), 'a lesson').toEqual([]);
    await page.goto('/?backend=cpu&lesson=gradient-descent');
    await expect(page.getByRole('img', { name: /SGD|momentum|Adam/i }).first()).toBeVisible();
    expect(await seriousViolations(page), 'the optimiser paths').toEqual([]);
  });
});
