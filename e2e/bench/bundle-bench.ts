import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { median } from '../../src/lib/stats';
import { CHROME_ARGS, CHROME_PATH } from '../chrome';
import { APP_OUT_DIR, buildApp, serveApp } from './app-build';
import type { NodeBench } from './node-benches';

/** One chunk of Vite's build manifest (`.vite/manifest.json`), as far as it is read here. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  assets?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const FCP_LOADS = 5;
const GZIP_LEVEL = 9;
const isJs = (file: string) => file.endsWith('.js');

/** Every file under `dir`, relative to it, with forward slashes. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

const gzipKib = (files: readonly string[]) =>
  files.reduce(
    (sum, file) =>
      sum + gzipSync(readFileSync(join(APP_OUT_DIR, file)), { level: GZIP_LEVEL }).length,
    0,
  ) / 1024;
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The JS a first visit loads before the app runs: the entry chunk `index.html` names, its static
 * imports from the manifest (recursively), and any module `index.html` preloads or loads itself.
 */
function initialJs(manifest: Manifest, html: string): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  // The build's URLs are relative (`./assets/…`); the manifest's are not.
  const linked =
    /<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="(?:\.?\/)?([^"]+\.js)"/g;
  for (const match of html.matchAll(linked)) files.add(match[1] as string);
  return [...files].sort();
}

/** The chunk of one language's words (`src/ui/i18n/locales/<language>`), beyond the initial JS. */
function languageJs(manifest: Manifest, language: string, initial: readonly string[]): string[] {
  const chunk = manifest[`src/ui/i18n/locales/${language}/index.ts`];
  if (!chunk) throw new Error(`The build has no chunk for the ${language} words.`);
  const files = new Set<string>([chunk.file]);
  for (const imported of chunk.imports ?? []) {
    const file = manifest[imported]?.file;
    if (file && !initial.includes(file)) files.add(file);
  }
  return [...files].sort();
}

/**
 * The training worker's JS: a `new Worker(new URL(…))` bundle is listed in the manifest as an
 * asset of the chunk that starts it, and chunks of its own bundle are in no manifest entry at all.
 */
function workerJs(manifest: Manifest, allJs: readonly string[]): string[] {
  const chunks = new Set(Object.values(manifest).map((chunk) => chunk.file));
  const assets = new Set(Object.values(manifest).flatMap((chunk) => chunk.assets ?? []));
  return allJs
    .filter((file) => !isServiceWorker(file) && (assets.has(file) || !chunks.has(file)))
    .sort();
}

/** The service worker and the Workbox runtime it imports, written by vite-plugin-pwa. */
const isServiceWorker = (file: string) => file === 'sw.js' || /^workbox-[\w-]+\.js$/.test(file);

/** First contentful paint of a fresh page load (new context, empty cache), in ms. */
async function firstContentfulPaints(url: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
  try {
    const paints: number[] = [];
    for (let load = 0; load < FCP_LOADS; load++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        await page.goto(`${url}?backend=cpu`);
        const paint = await page.waitForFunction(
          () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
          null,
          { timeout: 30_000 },
        );
        paints.push((await paint.jsonValue()) as number);
      } finally {
        await context.close();
      }
    }
    return paints;
  } finally {
    await browser.close();
  }
}

/**
 * `bundle`: the production build's JS, gzipped at level 9 (initial, worker, all), and the first
 * contentful paint of the served build in headless Chromium, median of FCP_LOADS fresh loads.
 */
export const bundleBench: NodeBench = async function* () {
  await buildApp();
  const manifest = JSON.parse(
    readFileSync(join(APP_OUT_DIR, '.vite/manifest.json'), 'utf8'),
  ) as Manifest;
  const html = readFileSync(join(APP_OUT_DIR, 'index.html'), 'utf8');
  const allJs = filesUnder(APP_OUT_DIR).filter(isJs).sort();
  const initial = initialJs(manifest, html);
  const groups = {
    initial_js_gzip_kb: initial,
    // Each language's words load on demand; a first visit also loads its one language's chunk.
    language_en_js_gzip_kb: languageJs(manifest, 'en', initial),
    'language_zh-CN_js_gzip_kb': languageJs(manifest, 'zh-CN', initial),
    worker_js_gzip_kb: workerJs(manifest, allJs),
    // Installed once the page is idle; a visit never waits for it.
    service_worker_js_gzip_kb: allJs.filter(isServiceWorker),
    total_js_gzip_kb: allJs,
  };
  for (const [metric, files] of Object.entries(groups)) {
    yield {
      bench: 'bundle',
      metric,
      value: round1(gzipKib(files)),
      unit: 'KiB',
      gzip_level: GZIP_LEVEL,
      raw_kib: round1(
        files.reduce((sum, f) => sum + readFileSync(join(APP_OUT_DIR, f)).length, 0) / 1024,
      ),
      files: files.join(' '),
    };
  }
  const app = await serveApp();
  try {
    const paints = await firstContentfulPaints(app.url);
    yield {
      bench: 'bundle',
      metric: 'first_contentful_paint_ms',
      value: round1(median(paints)),
      unit: 'ms',
      loads: paints.length,
      all_ms: paints.map(round1).join(' '),
      viewport: '1280x800',
    };
  } finally {
    await app.close();
  }
};
