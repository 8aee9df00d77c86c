import { createServer } from 'vite';
import type { NodeBench } from './node-benches';
import type * as StrategyRaceSearch from './strategy-race-search';

/**
 * `npm run bench -- strategy-race`: grid, random, TPE and GP (and TPE / GP with 5 start-up
 * trials) race for 20 trials on a real MLP, 5 seeds. Runs strategy-race-search.ts through Vite's
 * SSR loader, as pruning-bench.ts does, since the app's modules import assets only Vite can load.
 */
export const strategyRaceBench: NodeBench = async function* () {
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  });
  try {
    const search = (await server.ssrLoadModule(
      '/e2e/bench/strategy-race-search.ts',
    )) as typeof StrategyRaceSearch;
    yield* search.raceStrategies();
  } finally {
    await server.close();
  }
};
