import type { ExperimentSpec } from '../../../src/experiment/experiment';
import type { BenchLine, BenchOptions } from './bench-common';
import { median } from '../../../src/lib/stats';
import { mlpSpec, round, timeRun } from './bench-common';
import { TrainingPool } from '../../../src/engine/client/pool';
import type { BackendChoice } from '../../../src/engine/client/protocol';

const TRIALS = 8;
const EPOCHS = 20;
const ROUNDS = 3;
const SIZES = [1, 2] as const;

/**
 * Trials per minute of a small search: TRIALS runs of the default MLP (EPOCHS epochs, a different
 * seed each) queued at once on a pool of 1 and of 2 workers, on the requested backend. Each pool
 * first trains one throwaway trial per worker, so worker start-up and JIT warm-up are not timed.
 * Pool sizes alternate for ROUNDS rounds and the median is reported; `cores` says how many the
 * browser reports, one of which the page itself uses while it listens to the workers.
 */
export async function poolScaling({ backend }: BenchOptions): Promise<BenchLine[]> {
  const rates: Record<(typeof SIZES)[number], number[]> = { 1: [], 2: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const size of SIZES) rates[size].push(await trialsPerMinute(size, backend));
  }
  const context = {
    backend,
    trials: TRIALS,
    epochs: EPOCHS,
    rounds: ROUNDS,
    cores: navigator.hardwareConcurrency,
  };
  const one = median(rates[1]);
  const two = median(rates[2]);
  return [
    ...SIZES.map((workers) => ({
      bench: 'pool-scaling',
      metric: 'trials_per_min',
      value: round(median(rates[workers])),
      unit: 'trials/min',
      workers,
      ...context,
    })),
    {
      bench: 'pool-scaling',
      metric: 'speedup_2_vs_1',
      value: round(two / one, 3),
      unit: '2 workers/1 worker',
      ...context,
    },
  ];
}

async function trialsPerMinute(size: number, backend: BackendChoice): Promise<number> {
  const pool = new TrainingPool(undefined, { size });
  const trial = (seed: number): ExperimentSpec => {
    const spec = mlpSpec(EPOCHS);
    return { ...spec, training: { ...spec.training, seed } };
  };
  let runId = 0;
  const batch = (count: number) =>
    Promise.all(
      Array.from({ length: count }, () => {
        runId++;
        return timeRun(pool, runId, trial(runId), backend);
      }),
    );
  try {
    await batch(size);
    const start = performance.now();
    await batch(TRIALS);
    return TRIALS / ((performance.now() - start) / 60_000);
  } finally {
    pool.dispose();
  }
}
