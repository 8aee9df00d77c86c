/**
 * The pruning benchmark's search: a real 27-point grid (learning rate × units × batch size) on the
 * circle dataset, trained with tfjs on the cpu backend, run without a pruner and then with ASHA
 * and with the median pruner (the app's default settings). Reports the share of epochs each pruner
 * spends and whether it still finds the grid's best configuration. Loaded through Vite (see
 * pruning-bench.ts).
 *
 * Then the trade-off between candidate settings, without training again: training is seeded, so a
 * pruned trial's curve is the start of its full curve, and replaying the unpruned grid's curves
 * through a Study gives the epochs and best trial the pruner would get (the `epochs_ratio` lines
 * check this against the real runs: `replay_matches`). `candidate` lines are the bench's grid;
 * `candidate_robustness` lines replay the grids of other data and training seeds
 * (PRUNING_BENCH_SEEDS, `data/training` pairs; the bench's own pair always counts) in several grid
 * orders (PRUNING_BENCH_ORDERS grid sampler seeds), to show that a setting is not tuned to one seed.
 */
import * as tf from '@tensorflow/tfjs';
import { trainModel } from '../../src/engine/worker/train';
import { createPruner, NEVER_PRUNE } from '../../src/search/create-pruner';
import { createGridSampler } from '../../src/search/grid-sampler';
import { createMedianPruner } from '../../src/search/median-pruner';
import { buildSearchSpace } from '../../src/search/space';
import { Study } from '../../src/search/study';
import type { SuccessiveHalvingOptions } from '../../src/search/successive-halving-pruner';
import { createSuccessiveHalvingPruner } from '../../src/search/successive-halving-pruner';
import type { Params, Pruner } from '../../src/search/types';
import { DEFAULT_SPEC } from '../../src/experiment/defaults';
import type { ExperimentSpec } from '../../src/experiment/experiment';
import { prepareExperimentData } from '../../src/experiment/prepare';
import { applyParams } from '../../src/experiment/search-targets';
import type { SearchParamSpec } from '../../src/experiment/search-schema';
import { DEFAULT_SEARCH } from '../../src/experiment/search-schema';

const EPOCHS = 27;
/** The bench's data and training seeds (the default spec's). */
const BENCH_SEEDS = { data: 1, training: 1 };
/** Further `data/training` seed pairs whose grids the robustness lines replay. */
const EXTRA_SEEDS = process.env['PRUNING_BENCH_SEEDS'] ?? '2/2,3/3';
/** Grid orders (grid sampler seeds) of the robustness lines; the bench's is the default seed. */
const ORDERS = Number(process.env['PRUNING_BENCH_ORDERS'] ?? 5);

const specFor = (data: number, training: number): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  dataset: { ...DEFAULT_SPEC.dataset, numPoints: 200, seed: data },
  training: { ...DEFAULT_SPEC.training, epochs: EPOCHS, seed: training },
});

const logRange = (target: string, low: number, high: number, int: boolean): SearchParamSpec => ({
  target,
  distribution: int
    ? { type: 'int', low, high, step: 1, log: true }
    : { type: 'float', low, high, log: true },
  gridPoints: 3,
  condition: null,
});

/** 3 × 3 × 3 points: learning rate 0.003–0.3, units 4–16, batch size 16–64, all geometric. */
const SPACE = buildSearchSpace([
  logRange('training.learningRate', 0.003, 0.3, false),
  logRange('model.layers.0.units', 4, 16, true),
  logRange('training.batchSize', 16, 64, true),
]);

interface SearchResult {
  epochs: number;
  best: Params | null;
  bestValue: number | null;
}

/** A trial's validation losses, epoch by epoch, and whether training diverged after them. */
interface Curve {
  losses: number[];
  diverged: boolean;
}
type Curves = Map<string, Curve>;

const newStudy = (name: string, pruner: Pruner, order: number) =>
  new Study({
    name,
    direction: 'minimize',
    space: SPACE,
    sampler: createGridSampler({ seed: order, shuffle: true }),
    pruner,
  });

const resultOf = (study: Study, epochs: number): SearchResult => {
  const best = study.bestTrial;
  return { epochs, best: best?.params ?? null, bestValue: best?.value ?? null };
};

/**
 * Trains every grid point in turn, reporting valLoss each epoch and stopping when pruned; records
 * each trial's curve in `curves` when given.
 */
async function runSearch(
  name: string,
  base: ExperimentSpec,
  pruner: Pruner,
  curves?: Curves,
): Promise<SearchResult> {
  const study = newStudy(name, pruner, DEFAULT_SEARCH.seed);
  let epochs = 0;
  for (let trial = study.ask(); trial !== null; trial = study.ask()) {
    const spec = applyParams(base, trial.params);
    let pruned = false;
    let best = Number.NaN;
    const losses: number[] = [];
    const outcome = await trainModel(spec, prepareExperimentData(spec), {
      onEpoch: (metrics) => {
        epochs += 1;
        losses.push(metrics.valLoss);
        if (!(metrics.valLoss >= best)) best = metrics.valLoss;
        trial.report(metrics.epoch - 1, metrics.valLoss);
        pruned = trial.shouldPrune();
      },
      shouldStop: () => pruned,
    });
    curves?.set(JSON.stringify(trial.params), { losses, diverged: outcome.kind === 'diverged' });
    if (outcome.kind === 'diverged') {
      study.tell(trial.number, { state: 'diverged', epoch: outcome.epoch });
    } else if (pruned) {
      study.tell(trial.number, { state: 'pruned' });
    } else {
      // Scored by its best epoch, as the app's scheduler scores a trial.
      study.tell(trial.number, { state: 'complete', value: best });
    }
  }
  return resultOf(study, epochs);
}

/** The same search as runSearch, with the unpruned grid's recorded curves standing in for training. */
function replaySearch(name: string, curves: Curves, pruner: Pruner, order: number): SearchResult {
  const study = newStudy(name, pruner, order);
  let epochs = 0;
  for (let trial = study.ask(); trial !== null; trial = study.ask()) {
    const curve = curves.get(JSON.stringify(trial.params));
    if (!curve) throw new Error(`No recorded curve for ${JSON.stringify(trial.params)}`);
    let pruned = false;
    for (const [step, loss] of curve.losses.entries()) {
      epochs += 1;
      trial.report(step, loss);
      pruned = trial.shouldPrune();
      if (pruned) break;
    }
    if (pruned) study.tell(trial.number, { state: 'pruned' });
    else if (curve.diverged) {
      study.tell(trial.number, { state: 'diverged', epoch: curve.losses.length + 1 });
    } else study.tell(trial.number, { state: 'complete', value: Math.min(...curve.losses) });
  }
  return resultOf(study, epochs);
}

interface Candidate {
  label: string;
  settings: Record<string, unknown>;
  create: () => Pruner;
}

const asha = (options: Omit<SuccessiveHalvingOptions, 'minResource'> & { minResource: number }) => {
  const { minResource, reductionFactor, minEarlyStoppingRate = 0, bootstrapCount = 0 } = options;
  const rungValue = options.rungValue ?? 'last';
  const skipped = minEarlyStoppingRate > 0 ? ` s${minEarlyStoppingRate}` : '';
  const bootstrap = bootstrapCount > 0 ? ` b${bootstrapCount}` : '';
  return {
    label: `asha r${minResource} η${reductionFactor}${skipped}${bootstrap} ${rungValue}`,
    settings: { minResource, reductionFactor, minEarlyStoppingRate, bootstrapCount, rungValue },
    create: () => createSuccessiveHalvingPruner(options),
  };
};

/**
 * Settings around the trade-off: Optuna's rule (`last`: the value at the rung's epoch) with the old
 * default (from epoch 2, η 3), a later first rung, a skipped rung and a bootstrap count; and the
 * same ranked by each trial's best value so far (`best`), the default among them.
 */
const CANDIDATES: Candidate[] = [
  asha({ minResource: 1, reductionFactor: 3 }),
  asha({ minResource: 1, reductionFactor: 3, bootstrapCount: 1 }),
  asha({ minResource: 1, reductionFactor: 3, minEarlyStoppingRate: 1 }),
  asha({ minResource: 4, reductionFactor: 3 }),
  asha({ minResource: 4, reductionFactor: 4 }),
  asha({ minResource: 1, reductionFactor: 3, minEarlyStoppingRate: 2 }),
  asha({ minResource: 1, reductionFactor: 3, rungValue: 'best' }),
  asha({ minResource: 2, reductionFactor: 3, rungValue: 'best' }),
  asha({ minResource: 3, reductionFactor: 3, rungValue: 'best' }),
  asha({ minResource: 4, reductionFactor: 3, rungValue: 'best' }),
  asha({ minResource: 4, reductionFactor: 4, rungValue: 'best' }),
  asha({ minResource: 4, reductionFactor: 4, bootstrapCount: 1, rungValue: 'best' }),
  asha({ minResource: 4, reductionFactor: 2, rungValue: 'best' }),
  {
    label: 'median startup 5 warmup 3',
    settings: { startupTrials: 5, warmupSteps: 3 },
    create: () => createMedianPruner({ startupTrials: 5, warmupSteps: 3 }),
  },
];

/** The app's default ASHA settings, as a candidate label. */
const DEFAULT_LABEL = asha({
  minResource: DEFAULT_SEARCH.pruner.minResource,
  reductionFactor: DEFAULT_SEARCH.pruner.reductionFactor,
  rungValue: DEFAULT_SEARCH.pruner.rungValue ?? 'last',
}).label;
const isDefault = (candidate: Candidate) => candidate.label === DEFAULT_LABEL;

/** The goal: the grid's best kept for at most this share of its epochs. */
const GOAL_RATIO = 0.4;

const sameParams = (a: Params | null, b: Params | null) => JSON.stringify(a) === JSON.stringify(b);

const parseSeeds = (list: string) =>
  list
    .split(',')
    .filter((pair) => pair.trim() !== '')
    .map((pair) => {
      const [data, training] = pair.split('/').map(Number);
      if (!Number.isInteger(data) || !Number.isInteger(training)) {
        throw new Error(`PRUNING_BENCH_SEEDS: "${pair}" is not a data/training seed pair`);
      }
      return { data: data as number, training: training as number };
    });

export async function* runPruningSearches(): AsyncIterable<Record<string, unknown>> {
  await tf.setBackend('cpu');
  // Training yields through a MessageChannel that does not hold Node open: keep a timer alive.
  const keepAlive = setInterval(() => undefined, 1_000);
  try {
    const base = specFor(BENCH_SEEDS.data, BENCH_SEEDS.training);
    const benchCurves: Curves = new Map();
    const full = await runSearch('pruning-none', base, NEVER_PRUNE, benchCurves);
    // The app's defaults: median with 5 start-up trials and 3 warm-up epochs; ASHA from epoch 5
    // (step 4), η = 4, ranking trials by their best value so far.
    for (const pruner of ['asha', 'median'] as const) {
      const started = performance.now();
      const settings = { ...DEFAULT_SEARCH.pruner, kind: pruner };
      const result = await runSearch(`pruning-${pruner}`, base, createPruner(settings, EPOCHS));
      const seconds = (performance.now() - started) / 1000;
      const replayed = replaySearch(
        `pruning-${pruner}`,
        benchCurves,
        createPruner(settings, EPOCHS),
        DEFAULT_SEARCH.seed,
      );
      yield {
        bench: 'pruning',
        metric: 'epochs_ratio',
        value: result.epochs / full.epochs,
        unit: 'ratio',
        pruner,
        settings,
        same_best: sameParams(result.best, full.best),
        epochs: result.epochs,
        full_grid_epochs: full.epochs,
        best_val_loss: result.bestValue,
        full_grid_best_val_loss: full.bestValue,
        best: result.best,
        full_grid_best: full.best,
        // The replay of the recorded curves gives what training gave: the candidates can trust it.
        replay_matches: replayed.epochs === result.epochs && sameParams(replayed.best, result.best),
        seconds,
      };
    }

    for (const candidate of CANDIDATES) {
      const result = replaySearch(
        'pruning-candidate',
        benchCurves,
        candidate.create(),
        DEFAULT_SEARCH.seed,
      );
      yield {
        bench: 'pruning',
        metric: 'candidate_epochs_ratio',
        value: result.epochs / full.epochs,
        unit: 'ratio',
        candidate: candidate.label,
        settings: candidate.settings,
        default: isDefault(candidate),
        same_best: sameParams(result.best, full.best),
        best_val_loss: result.bestValue,
        full_grid_best_val_loss: full.bestValue,
        best_ratio: result.bestValue === null ? null : result.bestValue / (full.bestValue ?? 1),
      };
    }

    // Robustness: every candidate over the grids of other seeds, in several grid orders.
    const started = performance.now();
    const grids = [{ seeds: BENCH_SEEDS, curves: benchCurves }];
    for (const seeds of parseSeeds(EXTRA_SEEDS)) {
      const curves: Curves = new Map();
      await runSearch('pruning-none', specFor(seeds.data, seeds.training), NEVER_PRUNE, curves);
      grids.push({ seeds, curves });
    }
    const orders = Array.from({ length: ORDERS }, (_, i) => DEFAULT_SEARCH.seed + i);
    for (const candidate of CANDIDATES) {
      const runs = grids.flatMap(({ curves }) => {
        const grid = replaySearch('pruning-none', curves, NEVER_PRUNE, DEFAULT_SEARCH.seed);
        const third = [...curves.values()]
          .filter((curve) => !curve.diverged)
          .map((curve) => Math.min(...curve.losses))
          .sort((a, b) => a - b)[2];
        return orders.map((order) => {
          const result = replaySearch('pruning-candidate', curves, candidate.create(), order);
          return {
            ratio: result.epochs / grid.epochs,
            same: sameParams(result.best, grid.best),
            topThree: result.bestValue !== null && result.bestValue <= (third ?? Infinity),
            // null when every trial was pruned (a bootstrap count can do that).
            bestRatio: result.bestValue === null ? null : result.bestValue / (grid.bestValue ?? 1),
          };
        });
      });
      const found = runs.flatMap((run) => (run.bestRatio === null ? [] : [run.bestRatio]));
      const mean = (f: (run: (typeof runs)[number]) => number) =>
        runs.reduce((sum, run) => sum + f(run), 0) / runs.length;
      yield {
        bench: 'pruning',
        metric: 'candidate_same_best_rate',
        value: mean((run) => (run.same ? 1 : 0)),
        unit: 'ratio',
        candidate: candidate.label,
        default: isDefault(candidate),
        runs: runs.length,
        seeds: grids.map(({ seeds }) => `${seeds.data}/${seeds.training}`),
        orders: orders.length,
        mean_epochs_ratio: mean((run) => run.ratio),
        max_epochs_ratio: Math.max(...runs.map((run) => run.ratio)),
        // Both at once: the grid's best kept within GOAL_RATIO of its epochs.
        // The best found is one of the grid's three best.
        top3_rate: mean((run) => (run.topThree ? 1 : 0)),
        ok_rate: mean((run) => (run.same && run.ratio <= GOAL_RATIO ? 1 : 0)),
        // The best value found ÷ the grid's, over the runs that completed a trial.
        mean_best_ratio: found.reduce((sum, ratio) => sum + ratio, 0) / Math.max(found.length, 1),
        runs_without_best: runs.length - found.length,
      };
    }
    yield {
      bench: 'pruning',
      metric: 'robustness_seconds',
      value: (performance.now() - started) / 1000,
      unit: 's',
    };
  } finally {
    clearInterval(keepAlive);
  }
}
