import type { NodeBench } from './node-benches';
import type * as PruningSearch from './pruning-search';
import { throughVite } from './vite-module';

/** `npm run bench -- pruning`: runs pruning-search.ts through Vite's SSR loader. */
export const pruningBench: NodeBench = () =>
  throughVite<typeof PruningSearch>('/e2e/bench/pruning-search.ts', (search) =>
    search.runPruningSearches(),
  );
