import type { NodeBench } from './node-benches';
import type * as StrategyRaceSearch from './strategy-race-search';
import { throughVite } from './vite-module';

/**
 * `npm run bench -- strategy-race`: grid, random, TPE and GP (and TPE / GP with 5 start-up
 * trials) race for 20 trials on a real MLP, 5 seeds (strategy-race-search.ts, through Vite).
 */
export const strategyRaceBench: NodeBench = () =>
  throughVite<typeof StrategyRaceSearch>('/e2e/bench/strategy-race-search.ts', (search) =>
    search.raceStrategies(),
  );
