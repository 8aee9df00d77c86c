import { createServer } from 'vite';
import type { NodeBench } from './node-benches';
import type * as PruningSearch from './pruning-search';

/**
 * `npm run bench -- pruning`: runs pruning-search.ts through Vite's SSR loader, since the app's
 * modules import assets (`iris.csv?raw`) that only Vite can load; tfjs itself loads natively.
 */
export const pruningBench: NodeBench = async function* () {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const search = (await server.ssrLoadModule(
      '/e2e/bench/pruning-search.ts',
    )) as typeof PruningSearch;
    yield* search.runPruningSearches();
  } finally {
    await server.close();
  }
};
