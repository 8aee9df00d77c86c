import { quantile } from '../../src/lib/stats';
import type { BenchFunction } from '../../src/search/testing/bench-functions';
import { BENCH_FUNCTIONS } from '../../src/search/testing/bench-functions';
import { NEVER_PRUNE } from '../../src/search/create-pruner';
import { createSampler } from '../../src/search/create-sampler';
import { gridValues } from '../../src/search/space';
import { Study } from '../../src/search/study';
import type { Sampler, SearchSpace } from '../../src/search/types';
import { DEFAULT_SEARCH } from '../../src/experiment/search-schema';
import type { NodeBench } from './node-benches';

const ALL_SAMPLERS = ['random', 'grid', 'tpe', 'gp'] as const;
type SamplerName = (typeof ALL_SAMPLERS)[number];

/**
 * The samplers benchmarked: all of them, or those named in BENCH_SAMPLERS (comma-separated, e.g.
 * `BENCH_SAMPLERS=tpe npm run bench -- sampler-quality`) while working on one.
 */
const SAMPLERS: readonly SamplerName[] = (() => {
  const requested = process.env.BENCH_SAMPLERS?.split(',').filter(Boolean) ?? [];
  const unknown = requested.filter((name) => !(ALL_SAMPLERS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_SAMPLERS: unknown sampler ${unknown.join(', ')}`);
  return requested.length > 0 ? (requested as SamplerName[]) : ALL_SAMPLERS;
})();

const SEEDS = 20;
const BUDGETS = [50, 100] as const;
/** The app's default number of random trials before TPE and GP take over. */
const STARTUP_TRIALS = DEFAULT_SEARCH.startupTrials;

/**
 * Grid points per dimension for a budget: Branin gets a full grid that fits (7 × 7 = 49 for 50,
 * 10 × 10 for 100); Hartmann-6's smallest useful grid, 3⁶ = 729 points, cannot fit, so it is
 * shuffled (per seed) and cut off at the budget.
 */
function gridPointsPerDim(fn: BenchFunction, budget: number): number {
  if (fn.name === 'hartmann6') return 3;
  return budget >= 100 ? 10 : 7;
}

function withGrid(space: SearchSpace, points: number): SearchSpace {
  return {
    params: space.params.map((p) => ({ ...p, grid: gridValues(p.distribution, points) })),
  };
}

/** The app's own sampler for a strategy, with the app's default start-up trials. */
const samplerFor = (strategy: SamplerName, seed: number): Sampler =>
  createSampler({ ...DEFAULT_SEARCH, strategy, seed });

/** Best value found after each number of evaluations (sequential ask, evaluate, tell). */
function bestSoFar(
  fn: BenchFunction,
  space: SearchSpace,
  sampler: Sampler,
  evals: number,
): number[] {
  const study = new Study({
    name: fn.name,
    direction: 'minimize',
    space,
    sampler,
    pruner: NEVER_PRUNE,
  });
  const best: number[] = [];
  for (let i = 0; i < evals; i++) {
    const trial = study.ask();
    if (!trial) break;
    const value = fn.evaluate(trial.params);
    study.tell(trial.number, { state: 'complete', value });
    best.push(Math.min(value, best[i - 1] ?? Infinity));
  }
  return best;
}

/** Simple regret after each budget, one per seed. */
function regrets(fn: BenchFunction, name: SamplerName): Map<number, number[]> {
  const byBudget = new Map<number, number[]>(BUDGETS.map((b) => [b, []]));
  for (let seed = 0; seed < SEEDS; seed++) {
    if (name === 'grid') {
      for (const budget of BUDGETS) {
        const space = withGrid(fn.space, gridPointsPerDim(fn, budget));
        const best = bestSoFar(fn, space, samplerFor(name, seed), budget);
        byBudget.get(budget)?.push((best[best.length - 1] as number) - fn.minimum);
      }
    } else {
      // One run of the largest budget gives the regret after every smaller one too.
      const best = bestSoFar(fn, fn.space, samplerFor(name, seed), Math.max(...BUDGETS));
      for (const budget of BUDGETS) {
        byBudget.get(budget)?.push((best[budget - 1] as number) - fn.minimum);
      }
    }
  }
  return byBudget;
}

/** `sampler-quality`: median simple regret over 20 seeds after 50 and 100 evaluations. */
export const samplerQualityBench: NodeBench = async function* () {
  for (const fn of BENCH_FUNCTIONS) {
    for (const sampler of SAMPLERS) {
      for (const [evals, values] of regrets(fn, sampler)) {
        const points = gridPointsPerDim(fn, evals);
        const dims = fn.space.params.length;
        yield {
          bench: 'sampler-quality',
          metric: 'median_regret',
          value: quantile(values, 0.5),
          unit: 'objective',
          function: fn.name,
          sampler,
          evals,
          seeds: SEEDS,
          quartiles: [quantile(values, 0.25), quantile(values, 0.75)],
          ...(sampler === 'tpe' || sampler === 'gp' ? { startupTrials: STARTUP_TRIALS } : {}),
          ...(sampler === 'grid'
            ? {
                grid:
                  points ** dims <= evals
                    ? `${Array(dims).fill(points).join('x')} full`
                    : `${points}^${dims} = ${points ** dims} points, shuffled, first ${evals}`,
              }
            : {}),
        };
      }
    }
  }
};

const OVERHEAD_TRIALS = [10, 50, 100, 200, 500] as const;
const OVERHEAD_SEEDS = 3;
/** Asks timed at each point: at n, n + 1, … completed trials. */
const TIMED_ASKS = 5;
/**
 * The GP past 100 trials: an ask costs 0.1–1 s there, and a fit from scratch 2–3 s at 200 and about
 * 35 s at 500 (2-core machine), so its own asks cannot fill the history (that alone would take
 * minutes). Up to GP_OWN_HISTORY trials the GP proposes its history itself; beyond, the history is
 * filled with random points. The first ask after a fill fits the GP from scratch (the trials have
 * more than doubled since its last full fit, the app's own rule) and is reported apart, as
 * `first_ask_ms`; `ms_per_ask` is the mean of the asks after it. Fewer asks and seeds are timed.
 */
const GP_OWN_HISTORY = 100;
const GP_TIMED_ASKS: Partial<Record<number, number>> = { 200: 3, 500: 2 };
const GP_SEEDS: Partial<Record<number, number>> = { 500: 1 };

interface OverheadPoint {
  times: number[];
  /** The GP's first ask after a random fill (a fit from scratch), one per seed. */
  firstAsks: number[];
  seeds: number;
}

/** How many asks are timed at `trials` completed trials, and over how many seeds. */
function overheadPlan(sampler: SamplerName, trials: number): { asks: number; seeds: number } {
  if (sampler !== 'gp') return { asks: TIMED_ASKS, seeds: OVERHEAD_SEEDS };
  return {
    asks: GP_TIMED_ASKS[trials] ?? TIMED_ASKS,
    seeds: GP_SEEDS[trials] ?? OVERHEAD_SEEDS,
  };
}

const filledAtRandom = (sampler: SamplerName, trials: number) =>
  sampler === 'gp' && trials > GP_OWN_HISTORY;

/**
 * One study per seed, asked and told in turn; at each point of OVERHEAD_TRIALS the next asks are
 * timed. A GP history past GP_OWN_HISTORY is filled with random points (see above).
 */
function overheadTimes(
  fn: BenchFunction,
  space: SearchSpace,
  sampler: SamplerName,
): Map<number, OverheadPoint> {
  const points = new Map<number, OverheadPoint>(
    OVERHEAD_TRIALS.map((n) => [n, { times: [], firstAsks: [], seeds: 0 }]),
  );
  for (let seed = 0; seed < OVERHEAD_SEEDS; seed++) {
    const own = samplerFor(sampler, seed);
    const random = createSampler({ ...DEFAULT_SEARCH, strategy: 'random', seed: seed + 1000 });
    let current: Sampler = own;
    const study = new Study({
      name: fn.name,
      direction: 'minimize',
      space,
      sampler: { sample: (context) => current.sample(context) },
      pruner: NEVER_PRUNE,
    });
    const step = (): number | null => {
      const start = performance.now();
      const trial = study.ask();
      const elapsed = performance.now() - start;
      if (!trial) return null;
      study.tell(trial.number, { state: 'complete', value: fn.evaluate(trial.params) });
      return elapsed;
    };
    for (const n of OVERHEAD_TRIALS) {
      const { asks, seeds } = overheadPlan(sampler, n);
      if (seed >= seeds) break;
      const point = points.get(n) as OverheadPoint;
      const fill = filledAtRandom(sampler, n);
      current = fill ? random : own;
      while (study.trials.length < n) if (step() === null) break;
      current = own;
      if (fill) {
        const first = step();
        if (first !== null) point.firstAsks.push(first);
      }
      for (let i = 0; i < asks; i++) {
        const elapsed = step();
        if (elapsed !== null) point.times.push(elapsed);
      }
      point.seeds++;
    }
  }
  return points;
}

/**
 * `sampler-overhead`: ms per ask() at 10, 50, 100, 200 and 500 completed trials, on Hartmann-6.
 * Each sampler proposes its own history, except the GP past 100 trials (see GP_OWN_HISTORY).
 */
export const samplerOverheadBench: NodeBench = async function* () {
  const fn = BENCH_FUNCTIONS.find((f) => f.name === 'hartmann6') as BenchFunction;
  const space = withGrid(fn.space, 3);
  for (const sampler of SAMPLERS) {
    for (const [trials, { times, firstAsks, seeds }] of overheadTimes(fn, space, sampler)) {
      const fill = filledAtRandom(sampler, trials);
      yield {
        bench: 'sampler-overhead',
        metric: 'ms_per_ask',
        value: times.reduce((a, b) => a + b, 0) / times.length,
        unit: 'ms',
        sampler,
        trials,
        function: fn.name,
        asks: times.length,
        seeds,
        history: fill ? `own asks to ${GP_OWN_HISTORY}, then random` : 'own asks',
        ...(fill ? { first_ask_ms: firstAsks.reduce((a, b) => a + b, 0) / firstAsks.length } : {}),
      };
    }
  }
};
