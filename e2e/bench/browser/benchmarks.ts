import type { BenchLine, BenchOptions } from './bench-common';
import { backendAuto } from './backend-auto';
import { poolScaling } from './pool-scaling';
import { storageBench } from './storage';
import { workerVsMain } from './worker-vs-main';

export type { BenchLine, BenchOptions } from './bench-common';

/** Benchmarks that run inside the built app in a real browser, by name. */
export const BENCHMARKS: Record<string, (options: BenchOptions) => Promise<BenchLine[]>> = {
  'worker-vs-main': workerVsMain,
  'backend-auto': backendAuto,
  'pool-scaling': poolScaling,
  storage: storageBench,
};
