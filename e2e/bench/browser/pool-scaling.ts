import type { ExperimentSpec } from '../../../src/experiment/experiment';
import type { BenchLine, BenchOptions, RunTiming } from './bench-common';
import { median } from '../../../src/lib/stats';
import { mlpSpec, round, timeRun } from './bench-common';
import { TrainingPool } from '../../../src/engine/client/pool';
import type { BackendChoice } from '../../../src/engine/client/protocol';

/**
 * Two lengths of trial of the same MLP on the same 400 points, apart only in epochs (an epoch
 * takes about 6 ms on one cpu worker of an idle 2-core machine): `short` trials take about 0.3 s,
 * `long` ones over 2 s.
 */
const LENGTHS = {
  short: { trials: 8, epochs: 50 },
  long: { trials: 4, epochs: 400 },
} as const;
type TrialLength = keyof typeof LENGTHS;
const TRIAL_LENGTHS = Object.keys(LENGTHS) as TrialLength[];
const ROUNDS = 3;
const SIZES = [1, 2] as const;
type Size = (typeof SIZES)[number];
/** Batches of one-epoch trials (one trial per worker, at once) timed per pool for the overhead. */
const OVERHEAD_BATCHES = 3;

/** A one-epoch trial's time split: before `started`, the epoch, after the epoch. */
interface Overhead {
  overhead: number;
  beforeStart: number;
  epoch: number;
  afterEpoch: number;
}

/**
 * Trials per minute of a small search: a batch of trials of the default MLP (a different seed
 * each) queued at once on a pool of 1 and of 2 workers, on the requested backend, for short and
 * for long trials. Each pool first trains one throwaway trial per worker, so worker start-up and
 * JIT warm-up are not timed. Pool sizes alternate for ROUNDS rounds and the median is reported;
 * `cores` says how many the browser reports, one of which the page itself uses while it listens
 * to the workers.
 *
 * Per trial overhead: in the same pools, one-epoch trials, one per worker at a time; a trial's
 * wall time (handed to the pool until its `finished` event arrives) minus its epoch (its `started`
 * event until its `epoch` event), all on the page's clock: queueing, messages, validating the
 * spec, generating the data and building the model, and after the epoch evaluating, disposing and
 * reporting. The median over every such trial of ROUNDS rounds.
 */
export async function poolScaling({ backend }: BenchOptions): Promise<BenchLine[]> {
  const rates: Record<TrialLength, Record<Size, number[]>> = {
    short: { 1: [], 2: [] },
    long: { 1: [], 2: [] },
  };
  const overheads: Record<Size, Overhead[]> = { 1: [], 2: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const size of SIZES) {
      const measured = await measurePool(size, backend);
      for (const length of TRIAL_LENGTHS) rates[length][size].push(measured.rates[length]);
      overheads[size].push(...measured.overheads);
    }
  }
  const context = { backend, rounds: ROUNDS, cores: navigator.hardwareConcurrency };
  const points = mlpSpec(1).dataset.numPoints;
  const lines: BenchLine[] = [];
  for (const length of TRIAL_LENGTHS) {
    const { trials, epochs } = LENGTHS[length];
    const lengthContext = { trial_length: length, trials, epochs, points, ...context };
    for (const workers of SIZES) {
      lines.push({
        bench: 'pool-scaling',
        metric: 'trials_per_min',
        value: round(median(rates[length][workers])),
        unit: 'trials/min',
        workers,
        ...lengthContext,
      });
    }
    lines.push({
      bench: 'pool-scaling',
      metric: 'speedup_2_vs_1',
      value: round(median(rates[length][2]) / median(rates[length][1]), 3),
      unit: '2 workers/1 worker',
      ...lengthContext,
    });
  }
  for (const workers of SIZES) {
    const samples = overheads[workers];
    const medianOf = (key: keyof Overhead) => round(median(samples.map((s) => s[key])));
    lines.push({
      bench: 'pool-scaling',
      metric: 'overhead_ms_per_trial',
      value: medianOf('overhead'),
      unit: 'ms',
      workers,
      epochs: 1,
      points,
      trials: samples.length,
      before_start_ms: medianOf('beforeStart'),
      epoch_ms: medianOf('epoch'),
      after_epoch_ms: medianOf('afterEpoch'),
      ...context,
    });
  }
  return lines;
}

function overheadOf(run: RunTiming): Overhead {
  const epochAt = run.epochTimes[0];
  if (epochAt === undefined) throw new Error('A one-epoch trial finished without an epoch.');
  const epoch = epochAt - run.startedAt;
  return {
    overhead: run.finishedAt - run.requestedAt - epoch,
    beforeStart: run.startedAt - run.requestedAt,
    epoch,
    afterEpoch: run.finishedAt - epochAt,
  };
}

/** One pool of `size` workers: trials per minute of each length, and one-epoch trials' overheads. */
async function measurePool(
  size: Size,
  backend: BackendChoice,
): Promise<{ rates: Record<TrialLength, number>; overheads: Overhead[] }> {
  const pool = new TrainingPool(undefined, { size });
  const trial = (epochs: number, seed: number): ExperimentSpec => {
    const spec = mlpSpec(epochs);
    return { ...spec, training: { ...spec.training, seed } };
  };
  let runId = 0;
  const batch = (count: number, epochs: number) =>
    Promise.all(
      Array.from({ length: count }, () => {
        runId++;
        return timeRun(pool, runId, trial(epochs, runId), backend);
      }),
    );
  try {
    await batch(size, LENGTHS.short.epochs);
    const rates = {} as Record<TrialLength, number>;
    for (const length of TRIAL_LENGTHS) {
      const { trials, epochs } = LENGTHS[length];
      const start = performance.now();
      await batch(trials, epochs);
      rates[length] = trials / ((performance.now() - start) / 60_000);
    }
    const overheads: Overhead[] = [];
    for (let b = 0; b < OVERHEAD_BATCHES; b++) {
      overheads.push(...(await batch(size, 1)).map(overheadOf));
    }
    return { rates, overheads };
  } finally {
    pool.dispose();
  }
}
