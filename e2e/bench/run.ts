/**
 * `npm run bench [-- NAME...]`: builds the benchmark page (e2e/bench/browser), serves it, opens it in
 * headless Chromium with `?bench=NAME&backend=B` and prints one JSON object per line per metric.
 * The benchmarks of NODE_BENCHES run first, in this process; `bundle` and `ui-responsiveness`
 * among them build and serve the app itself (app-build.ts).
 */
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import type { BenchPageResult } from './browser/bench-page';
import { CHROME_ARGS, CHROME_PATH } from '../chrome';
import { NODE_BENCHES } from './node-benches';

/** Each benchmark and the backends it runs on (a benchmark that trains nothing runs once). */
const BENCHES: Record<string, string[]> = {
  'worker-vs-main': ['cpu', 'wasm'],
  // Probes and trains on every backend itself; "auto" is only the label of its one page.
  'backend-auto': ['auto'],
  'pool-scaling': ['cpu'],
  'mnist-transfer': ['auto'],
  // Trains nothing: the label of its one page.
  storage: ['cpu'],
};

async function main(): Promise<number> {
  const requested = process.argv.slice(2);
  const known = [...Object.keys(BENCHES), ...Object.keys(NODE_BENCHES)];
  const unknown = requested.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    console.error(`Unknown benchmark ${unknown.join(', ')}. Known: ${known.join(', ')}.`);
    return 2;
  }
  const selected = requested.length > 0 ? requested : known;
  for (const name of selected) {
    const bench = NODE_BENCHES[name];
    if (!bench) continue;
    for await (const line of bench()) process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  const names = selected.filter((name) => name in BENCHES);
  if (names.length === 0) return 0;

  // The benchmark page is its own entry, built apart from the app into its own folder.
  const outDir = 'dist-bench';
  await build({
    logLevel: 'error',
    build: { outDir, rollupOptions: { input: 'e2e/bench/browser/index.html' } },
  });
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4180, strictPort: false, host: '127.0.0.1' },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('vite preview did not report its address.');
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  let failures = 0;
  try {
    for (const name of names) {
      for (const backend of BENCHES[name] ?? []) {
        const page = await browser.newPage();
        page.on('pageerror', (error) =>
          console.error(`[${name}/${backend}] page error: ${error.message}`),
        );
        await page.goto(
          `${baseUrl}e2e/bench/browser/index.html?bench=${encodeURIComponent(name)}&backend=${backend}`,
        );
        await page.waitForFunction(
          () => window.traintabBench && window.traintabBench.status !== 'running',
          null,
          {
            timeout: 300_000,
          },
        );
        const result = (await page.evaluate(() => window.traintabBench)) as
          BenchPageResult | undefined;
        if (result?.status === 'done') {
          for (const line of result.lines) process.stdout.write(`${JSON.stringify(line)}\n`);
        } else {
          failures++;
          console.error(
            `[${name}/${backend}] failed: ${result?.status === 'failed' ? result.message : 'no result'}`,
          );
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
