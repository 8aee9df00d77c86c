import { build, preview } from 'vite';

/** The production app as the benchmarks build it: apart from `dist/`, with Vite's manifest. */
export const APP_OUT_DIR = 'dist-ui-bench';
/** The port the app is served on (vite preview takes the next free one if it is taken). */
const APP_PORT = 4310;

let built: Promise<void> | null = null;

/**
 * Builds the app (index.html, the app's own vite.config.ts) into APP_OUT_DIR, once per process.
 * Only the benchmark's build writes `.vite/manifest.json`; the app's build is left as it is.
 */
export function buildApp(): Promise<void> {
  built ??= build({
    logLevel: 'error',
    build: { outDir: APP_OUT_DIR, emptyOutDir: true, manifest: true },
  }).then(() => undefined);
  return built;
}

export interface ServedApp {
  /** The app's address, ending in a slash. */
  url: string;
  close(): Promise<void>;
}

/** Builds the app if need be and serves the build with vite preview on 127.0.0.1. */
export async function serveApp(): Promise<ServedApp> {
  await buildApp();
  const server = await preview({
    logLevel: 'error',
    build: { outDir: APP_OUT_DIR },
    preview: { port: APP_PORT, strictPort: false, host: '127.0.0.1' },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report its address.');
  }
  return { url, close: () => server.close() };
}
