import { createServer } from 'vite';

/**
 * Loads `path` (from the project root) through Vite's SSR loader and yields what `run` yields
 * from it: the app's modules import assets (`iris.csv?raw`) that only Vite can load, while tfjs
 * itself loads natively. The server closes when the benchmark ends.
 */
export async function* throughVite<M>(
  path: string,
  run: (module: M) => AsyncIterable<Record<string, unknown>>,
): AsyncIterable<Record<string, unknown>> {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    yield* run((await server.ssrLoadModule(path)) as M);
  } finally {
    await server.close();
  }
}
