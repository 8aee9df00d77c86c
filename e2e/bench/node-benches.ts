import { bundleBench } from './bundle-bench';
import { pruningBench } from './pruning-bench';
import { pythonExportBench } from './python-export-bench';
import { samplerOverheadBench, samplerQualityBench } from './search-benches';
import { strategyRaceBench } from './strategy-race-bench';
import { uiResponsivenessBench } from './ui-responsiveness';

/** A benchmark that runs in Node (pure logic: samplers, pruners): it prints each line as it comes. */
export type NodeBench = () => AsyncIterable<Record<string, unknown>>;

/** Benchmarks that need no browser, by name. */
export const NODE_BENCHES: Record<string, NodeBench> = {
  pruning: pruningBench,
  'sampler-quality': samplerQualityBench,
  'sampler-overhead': samplerOverheadBench,
  'strategy-race': strategyRaceBench,
  bundle: bundleBench,
  'ui-responsiveness': uiResponsivenessBench,
  'python-export': pythonExportBench,
};
