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

const SAMPLERS = ['random', 'grid', 'tpe', 'gp'] as const;
type SamplerName = (typeof SAMPLERS)[number];

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

const OVERHEAD_TRIALS = [10, 50, 100] as const;
const OVERHEAD_SEEDS = 3;
/** Asks timed at each point: at n, n + 1, … completed trials. */
const TIMED_ASKS = 5;

/** `sampler-overhead`: ms per ask() at 10, 50 and 100 completed trials, on Hartmann-6. */
export const samplerOverheadBench: NodeBench = async function* () {
  const fn = BENCH_FUNCTIONS.find((f) => f.name === 'hartmann6') as BenchFunction;
  const space = withGrid(fn.space, 3);
  for (const sampler of SAMPLERS) {
    const times = new Map<number, number[]>(OVERHEAD_TRIALS.map((n) => [n, []]));
    for (let seed = 0; seed < OVERHEAD_SEEDS; seed++) {
      const study = new Study({
        name: fn.name,
        direction: 'minimize',
        space,
        sampler: samplerFor(sampler, seed),
        pruner: NEVER_PRUNE,
      });
      for (let done = 0; done < Math.max(...OVERHEAD_TRIALS) + TIMED_ASKS; done++) {
        const start = performance.now();
        const trial = study.ask();
        const elapsed = performance.now() - start;
        if (!trial) break;
        const timed = OVERHEAD_TRIALS.find((n) => done >= n && done < n + TIMED_ASKS);
        if (timed !== undefined) times.get(timed)?.push(elapsed);
        study.tell(trial.number, { state: 'complete', value: fn.evaluate(trial.params) });
      }
    }
    for (const [trials, values] of times) {
      yield {
        bench: 'sampler-overhead',
        metric: 'ms_per_ask',
        value: values.reduce((a, b) => a + b, 0) / values.length,
        unit: 'ms',
        sampler,
        trials,
        function: fn.name,
        asks: values.length,
      };
    }
  }
};
