import type { Browser, CDPSession, Locator, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { median } from '../../src/lib/stats';
import { CHROME_ARGS, CHROME_PATH } from '../chrome';
import { serveApp } from './app-build';
import type { NodeBench } from './node-benches';

/** What the probe collects in the page from before the app loads (times on the page's clock). */
interface UiProbe {
  longTasks: { start: number; duration: number }[];
  /** Event Timing entries of 16 ms or longer. */
  events: { name: string; start: number; processingStart: number; duration: number }[];
  /** requestAnimationFrame callbacks. */
  frames: number[];
  /**
   * For every pointerdown, keydown and click: when it happened and how late the page's first
   * listener ran; `first` for pointerdown and keydown, the first event of an input.
   */
  listenerDelays: { start: number; delay: number; first: boolean }[];
}

declare global {
  interface Window {
    __traintabUiBench?: UiProbe;
  }
}

/**
 * Installed before the app's own scripts (page.addInitScript). Plain JavaScript in a string: a
 * function would be serialised after tsx's transform, with helpers the page does not have.
 */
const PROBE_SCRIPT = `(() => {
  const probe = { longTasks: [], events: [], frames: [], listenerDelays: [] };
  window.__traintabUiBench = probe;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) probe.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      probe.events.push({
        name: e.name,
        start: e.startTime,
        processingStart: e.processingStart,
        duration: e.duration,
      });
    }
  }).observe({ type: 'event', buffered: true, durationThreshold: 16 });
  const onFrame = (time) => {
    probe.frames.push(time);
    requestAnimationFrame(onFrame);
  };
  requestAnimationFrame(onFrame);
  for (const type of ['pointerdown', 'keydown', 'click']) {
    addEventListener(
      type,
      (e) =>
        probe.listenerDelays.push({
          start: e.timeStamp,
          delay: performance.now() - e.timeStamp,
          first: type !== 'click',
        }),
      { capture: true },
    );
  }
})();`;

const VIEWPORT = { width: 1280, height: 800 };
/** Epochs of each search trial (the app's default) and of the single run (long enough to last). */
const SEARCH_EPOCHS = 100;
const RUN_EPOCHS = 3000;
/** Enough trials that the search still runs at the end of the window; it is stopped then. */
const MAX_TRIALS = 500;
/** Training streams for this long before the window opens (both parallel trials under way). */
const SETTLE_MS = 2_000;
const WINDOW_MS = { search: 20_000, run: 10_000 } as const;
/** One simulated input this often during the window, the first half a period in. */
const INPUT_EVERY_MS = 1_000;
/** Rows of the trials table the search view clicks (the first ones). */
const ROWS_CLICKED = 6;
/** How much of what is above the trials table (the chart's bottom) stays on screen. */
const TABLE_MARGIN_PX = 250;
const START_MARK = 'traintab-ui-bench-start';
const END_MARK = 'traintab-ui-bench-end';

type View = keyof typeof WINDOW_MS;
interface Scenario {
  view: View;
  parallel: 1 | 2;
  /** The study dashboard shown while the search runs (History, the first tab, by default). */
  dashboard?: string;
}
const SCENARIOS: Scenario[] = [
  { view: 'search', parallel: 2 },
  { view: 'search', parallel: 1 },
  // Parallel coordinates redraw every trial's line when one ends: the heaviest dashboard.
  { view: 'search', parallel: 2, dashboard: 'Parallel coordinates' },
  { view: 'run', parallel: 1 },
];

const round1 = (value: number) => Math.round(value * 10) / 10;
const searchStatus = (page: Page) => page.getByRole('status', { name: 'Search status' });
const trainingStatus = (page: Page) => page.getByRole('status', { name: 'Training status' });
const trialsTable = (page: Page) => page.getByRole('table', { name: 'Trials' });
const resultsHeading = (page: Page) => page.getByRole('heading', { name: 'Results', exact: true });

/** A random search over learning rate and units of layer 1, set up as a student would. */
async function startSearch(page: Page, parallel: number, dashboard?: string): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(SEARCH_EPOCHS));
  // The search has a view of its own: the fields to search are chips there.
  await page.getByRole('tablist', { name: 'Views' }).getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('button', { name: 'Search learning rate' }).click();
  await page.getByRole('button', { name: 'Search units of layer 1' }).click();
  const units = page.getByRole('group', { name: 'Layer 1 (Dense): units' });
  await units.getByLabel('Low').fill('2');
  await units.getByLabel('High').fill('16');
  await page.getByRole('combobox', { name: 'Strategy' }).selectOption({ label: 'Random search' });
  await page.getByLabel('Max trials').fill(String(MAX_TRIALS));
  await page.getByLabel('Parallel trials').fill(String(parallel));
  await page.getByRole('button', { name: 'Start search' }).click();
  if (parallel > 1) {
    await searchStatus(page)
      .filter({ hasText: `(${parallel} in parallel)` })
      .waitFor();
  }
  const chart = page.getByRole('figure', { name: 'Validation curves of all trials' });
  await chart.locator('.trial-paths path').first().waitFor();
  // The dashboards' tabs come with the first trial that ends.
  if (dashboard) await page.getByRole('tab', { name: dashboard }).click({ timeout: 60_000 });
}

/** A long run, watched: the page is scrolled to its results (curves, decision boundary). */
async function startRun(page: Page): Promise<void> {
  await page.getByRole('spinbutton', { name: 'Epochs', exact: true }).fill(String(RUN_EPOCHS));
  await page.getByRole('button', { name: 'Train', exact: true }).click();
  await trainingStatus(page)
    .filter({ hasText: /epoch \d+ of/ })
    .waitFor();
  await resultsHeading(page).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
}

type Input = { kind: 'click'; x: number; y: number } | { kind: 'key'; key: string };

/** The middle of what `locator` matches first, on screen now. */
async function centre(locator: Locator): Promise<Input> {
  const box = await locator.boundingBox({ timeout: 10_000 });
  if (!box) throw new Error(`Nothing to click: ${String(locator)} is not on screen.`);
  return { kind: 'click', x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * The inputs of the window, in turn, worked out once before it opens: finding a target during
 * the window would wait on the page (see send). Every field is locked while a search or a run
 * trains, so the search view clicks what stays live: the trials table's column headers (sorting)
 * and its first rows (selecting a trial, which shows its curves), at fixed places: a row's place
 * holds whichever trial the order puts there. The run view has nothing live next to its results:
 * it clicks their heading (no handler of its own, but the input waits for the main thread all
 * the same) and presses Shift (a key with no default action).
 */
async function planInputs(page: Page, view: View): Promise<Input[]> {
  if (view === 'run') return [await centre(resultsHeading(page)), { kind: 'key', key: 'Shift' }];
  const table = trialsTable(page);
  // The table's head and first rows on screen, with the bottom of the chart above them.
  await table.evaluate((element, margin) => {
    element.scrollIntoView({ block: 'start' });
    window.scrollBy(0, -margin);
  }, TABLE_MARGIN_PX);
  const headers = await Promise.all(
    ['Best value', 'Duration', 'Trial', 'State', 'Epochs run'].map((name) =>
      centre(table.getByRole('button', { name, exact: true })),
    ),
  );
  // Row 0 is the head.
  const firstRow = table.getByRole('row').nth(1);
  const rowHeight = (await firstRow.boundingBox())?.height ?? 0;
  const row = await centre(firstRow.getByRole('button', { name: /^Select trial \d+$/ }));
  if (row.kind !== 'click' || rowHeight === 0) throw new Error('The trials table has no rows.');
  // Places of rows to come count too (the table grows down), as long as they are on screen.
  const rows = Array.from({ length: ROWS_CLICKED }, (_, i) => ({
    ...row,
    y: row.y + i * rowHeight,
  })).filter((place) => place.y + rowHeight / 2 < VIEWPORT.height);
  const inputs: Input[] = [];
  for (let i = 0; i < Math.max(headers.length, rows.length); i++) {
    inputs.push(headers[i % headers.length] as Input, rows[i % rows.length] as Input);
  }
  return inputs;
}

/**
 * Sends an input the way a user's arrives: straight through the browser's input pipeline at a
 * time set by the clock, not by the page. Playwright's locator.click first runs checks inside the
 * page, and its mouse moves before it presses, a move being acknowledged only once the page has
 * handled it: either would land the press just as the main thread comes free and hide the delay.
 * So a click is a press and a release at a point, sent over the DevTools protocol.
 */
async function send(page: Page, cdp: CDPSession, input: Input): Promise<void> {
  if (input.kind === 'key') {
    await page.keyboard.press(input.key);
    return;
  }
  const { x, y } = input;
  for (const type of ['mousePressed', 'mouseReleased'] as const) {
    await cdp.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: 1 });
  }
}

/** Top-level tasks of the page's main thread in a Chromium trace, between the two marks, in ms. */
function mainThreadTasks(trace: Buffer): number[] {
  interface TraceEvent {
    name: string;
    ph: string;
    ts: number;
    dur?: number;
    pid: number;
    tid: number;
  }
  const parsed = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const start = events.find((e) => e.name === START_MARK);
  const end = events.find((e) => e.name === END_MARK);
  if (!start || !end) throw new Error('The trace has no marks of the measurement window.');
  const tasks = events
    .filter(
      (e) =>
        e.pid === start.pid &&
        e.tid === start.tid &&
        e.ph === 'X' &&
        e.name === 'ThreadControllerImpl::RunTask' &&
        e.ts >= start.ts &&
        e.ts < end.ts,
    )
    .sort((a, b) => a.ts - b.ts);
  // A task run inside another (a nested run loop) is part of the outer one.
  const durations: number[] = [];
  let outerEnd = -Infinity;
  for (const task of tasks) {
    if (task.ts < outerEnd) continue;
    outerEnd = task.ts + (task.dur ?? 0);
    durations.push((task.dur ?? 0) / 1000);
  }
  return durations;
}

async function measure(
  browser: Browser,
  url: string,
  { view, parallel, dashboard }: Scenario,
): Promise<Record<string, unknown>[]> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) =>
      console.error(
        `[ui-responsiveness/${view}/${parallel}${dashboard ? `/${dashboard}` : ''}] page error: ${error.message}`,
      ),
    );
    await page.addInitScript({ content: PROBE_SCRIPT });
    await page.goto(`${url}?backend=cpu`);
    if (view === 'search') await startSearch(page, parallel, dashboard);
    else await startRun(page);
    await page.waitForTimeout(SETTLE_MS);

    const windowMs = WINDOW_MS[view];
    const plan = await planInputs(page, view);
    const cdp = await context.newCDPSession(page);
    await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
    const t0 = await page.evaluate((mark) => performance.mark(mark).startTime, START_MARK);
    const began = Date.now();
    let inputs = 0;
    let skipped = 0;
    for (let n = 0, next = INPUT_EVERY_MS / 2; next < windowMs; n++, next += INPUT_EVERY_MS) {
      const wait = next - (Date.now() - began);
      // An input still under way at the next one's time delays it: that one is skipped, not sent
      // late, just as the main thread came free.
      if (wait < 0) {
        skipped++;
        continue;
      }
      await page.waitForTimeout(wait);
      await send(page, cdp, plan[n % plan.length] as Input);
      inputs++;
    }
    const rest = windowMs - (Date.now() - began);
    if (rest > 0) await page.waitForTimeout(rest);
    const t1 = await page.evaluate((mark) => performance.mark(mark).startTime, END_MARK);
    const tasks = mainThreadTasks(await browser.stopTracing());

    // The window only counts if training streamed to its end.
    const status = view === 'search' ? searchStatus(page) : trainingStatus(page);
    const statusText = (await status.textContent()) ?? '';
    const training = view === 'search' ? /running/.test(statusText) : /^Training/.test(statusText);
    if (!training) throw new Error(`Training ended inside the window: "${statusText}".`);
    const probe = await page.evaluate(() => window.__traintabUiBench);
    if (!probe) throw new Error('The page has no probe: the init script did not run.');
    await page
      .getByRole('button', { name: view === 'search' ? 'Stop search' : 'Stop', exact: true })
      .click();

    const inWindow = (time: number) => time >= t0 && time < t1;
    const minutes = (t1 - t0) / 60_000;
    const longTasks = probe.longTasks.filter((t) => inWindow(t.start));
    const events = probe.events.filter((e) => inWindow(e.start));
    const listenerDelays = probe.listenerDelays.filter((e) => inWindow(e.start));
    const firstEventDelays = listenerDelays.filter((e) => e.first).map((e) => e.delay);
    const common = {
      view,
      parallel,
      ...(dashboard ? { dashboard } : {}),
      backend: 'cpu',
      window_s: round1((t1 - t0) / 1000),
      epochs: view === 'search' ? SEARCH_EPOCHS : RUN_EPOCHS,
    };
    const line = (metric: string, value: number, unit: string, extra = {}) => ({
      bench: 'ui-responsiveness',
      metric,
      value: round1(value),
      unit,
      ...common,
      ...extra,
    });
    return [
      line('longest_task_ms', Math.max(0, ...longTasks.map((t) => t.duration)), 'ms'),
      line('long_tasks_per_min', longTasks.length / minutes, 'tasks/min'),
      line('tasks_over_30ms_per_min', tasks.filter((d) => d > 30).length / minutes, 'tasks/min', {
        source: 'trace',
        trace_tasks_over_50ms_per_min: round1(tasks.filter((d) => d > 50).length / minutes),
      }),
      line('frames_per_s', probe.frames.filter(inWindow).length / ((t1 - t0) / 1000), 'frames/s'),
      line(
        'max_input_delay_ms',
        Math.max(0, ...events.map((e) => e.processingStart - e.start)),
        'ms',
        {
          inputs,
          inputs_skipped: skipped,
          input: view === 'search' ? 'table header and row clicks' : 'heading clicks and Shift',
          event_entries: events.length,
          listener_max_delay_ms: round1(Math.max(0, ...listenerDelays.map((e) => e.delay))),
          listener_median_first_delay_ms: round1(median(firstEventDelays)),
        },
      ),
    ];
  } finally {
    await context.close();
  }
}

/**
 * `ui-responsiveness`: the production app in headless Chromium (cpu backend, 1280×800) while it
 * trains, for WINDOW_MS: a random search with 2 and with 1 parallel trial, and a single run.
 * Long tasks (over 50 ms) and input delays come from PerformanceObserver (`longtask`, Event
 * Timing), frames from a requestAnimationFrame counter, tasks over 30 ms from a Chromium trace
 * of the page's main thread.
 */
export const uiResponsivenessBench: NodeBench = async function* () {
  const app = await serveApp();
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    for (const scenario of SCENARIOS) yield* await measure(browser, app.url, scenario);
  } finally {
    await browser.close();
    await app.close();
  }
};
