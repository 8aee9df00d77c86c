/**
 * The strategy race: grid, random, TPE and GP each tune a real one-hidden-layer MLP on the moons
 * dataset (learning rate, hidden units, L2, batch size) for 20 sequential trials, for 5 seeds,
 * trained with tfjs on the cpu backend. Loaded through Vite (see strategy-race-bench.ts).
 *
 * Objective: validation loss, minimised, each trial scored by its best epoch as the app's search
 * scheduler scores it. Not validation accuracy: 80 validation points make accuracy move in steps
 * of 1.25%, so many configurations tie and "within 5%" would be nearly meaningless.
 *
 * Fairness: seed s is the study/sampler seed AND fixes the problem (dataset draw, split, weight
 * initialisation, batch order: dataset.seed = training.seed = s). For a given seed every strategy
 * therefore optimises the same deterministic function of the hyperparameters, as in one search in
 * the app (its trials all train with the spec's seed), and the five seeds are five problem
 * instances rather than five views of one. Training on the cpu backend is deterministic (checked
 * by the `checks` line), so equal hyperparameters give equal values: TPE's and GP's start-up
 * trials are the random sampler's own (same seed, same trial numbers) and are taken from a
 * per-seed cache instead of being trained again, which also makes the comparison paired.
 */
import * as tf from '@tensorflow/tfjs';
import { trainModel } from '../../src/engine/worker/train';
import { NEVER_PRUNE } from '../../src/search/create-pruner';
import { createSampler } from '../../src/search/create-sampler';
import { gridSize } from '../../src/search/grid-sampler';
import { buildSearchSpace } from '../../src/search/space';
import { Study } from '../../src/search/study';
import type { Params, SearchSpace } from '../../src/search/types';
import { mean, median } from '../../src/lib/stats';
import { DEFAULT_SPEC } from '../../src/experiment/defaults';
import type { ExperimentSpec } from '../../src/experiment/experiment';
import { prepareExperimentData } from '../../src/experiment/prepare';
import { applyParams, searchIssues } from '../../src/experiment/search-targets';
import type { SearchParamSpec, SearchStrategy } from '../../src/experiment/search-schema';
import { DEFAULT_SEARCH } from '../../src/experiment/search-schema';

export const SEEDS = [0, 1, 2, 3, 4] as const;
export const TRIALS = 20;
export const EPOCHS = 25;
/** Within this share of the best value any of the four strategies found for the seed. */
const WITHIN = 0.05;
/** What a seed counts in the trials-to-target median when the strategy never got there. */
const NEVER = TRIALS + 1;

/**
 * Four dimensions; 3 grid points each makes a 3⁴ = 81-point grid, which the grid strategy walks
 * in its seeded shuffled order (as the app does) and leaves after 20.
 */
export const PARAMS: SearchParamSpec[] = [
  {
    target: 'training.learningRate',
    distribution: { type: 'float', low: 1e-3, high: 0.3, log: true },
    gridPoints: 3,
    condition: null,
  },
  {
    target: 'model.layers.0.units',
    distribution: { type: 'int', low: 2, high: 64, step: 1, log: true },
    gridPoints: 3,
    condition: null,
  },
  {
    target: 'model.layers.0.kernelL2',
    distribution: { type: 'float', low: 1e-5, high: 0.1, log: true },
    gridPoints: 3,
    condition: null,
  },
  {
    target: 'training.batchSize',
    distribution: { type: 'int', low: 8, high: 128, step: 1, log: true },
    gridPoints: 3,
    condition: null,
  },
];

const DATASET = { name: 'moons', numPoints: 400, noise: 0.2 } as const;

/** Moons, 400 points (320 to train, 80 to validate), noisy enough that the classes overlap. */
export function problemSpec(seed: number): ExperimentSpec {
  return {
    ...DEFAULT_SPEC,
    dataset: { ...DEFAULT_SPEC.dataset, ...DATASET, seed },
    model: {
      layers: [
        { type: 'dense', units: 16, activation: 'relu', kernelL1: 0, kernelL2: 0 },
        { type: 'dense', units: 1, activation: 'sigmoid', kernelL1: 0, kernelL2: 0 },
      ],
    },
    training: { ...DEFAULT_SPEC.training, epochs: EPOCHS, seed },
    search: { ...DEFAULT_SEARCH, params: PARAMS, maxTrials: TRIALS },
  };
}

export interface Entrant {
  /** How the output names it: the strategy, or e.g. `tpe-startup5` for another setting. */
  label: string;
  strategy: SearchStrategy;
  startupTrials: number;
}

/** The four strategies as the app makes them (DEFAULT_SEARCH's start-up trials, 10). */
export const DEFAULT_ENTRANTS: readonly Entrant[] = (['grid', 'random', 'tpe', 'gp'] as const).map(
  (strategy) => ({ label: strategy, strategy, startupTrials: DEFAULT_SEARCH.startupTrials }),
);
/** The model-based strategies with 5 start-up trials instead: 15 guided trials of 20, not 10. */
export const ALTERNATIVE_ENTRANTS: readonly Entrant[] = (['tpe', 'gp'] as const).map(
  (strategy) => ({ label: `${strategy}-startup5`, strategy, startupTrials: 5 }),
);

interface Evaluation {
  /** Best epoch's validation loss, or null when training diverged. */
  value: number | null;
  seconds: number;
}

export interface RaceRun {
  entrant: Entrant;
  seed: number;
  values: (number | null)[];
  /** Best value after each trial (Infinity before any complete trial). */
  bestSoFar: number[];
  /** Seconds spent training (cached trials cost none). */
  seconds: number;
  trained: number;
}

/** Trains one configuration; scored by its best epoch's validation loss, as the app scores. */
async function evaluate(spec: ExperimentSpec): Promise<Evaluation> {
  const started = performance.now();
  let best = Infinity;
  const outcome = await trainModel(spec, prepareExperimentData(spec), {
    onEpoch: (metrics) => {
      if (metrics.valLoss < best) best = metrics.valLoss;
    },
  });
  const seconds = (performance.now() - started) / 1000;
  const value = outcome.kind !== 'diverged' && Number.isFinite(best) ? best : null;
  return { value, seconds };
}

/** Per seed: the evaluations made so far, by params (training is deterministic). */
type Cache = Map<string, Evaluation>;
const keyOf = (space: SearchSpace, params: Params) =>
  JSON.stringify(space.params.map((def) => params[def.name] ?? null));

/** One entrant's sequential search (ask, train, tell) on seed `seed`'s problem. */
export async function runEntrant(entrant: Entrant, seed: number, cache: Cache): Promise<RaceRun> {
  const base = problemSpec(seed);
  const issues = searchIssues(base);
  if (issues.length > 0) throw new Error(`Bad search spec: ${JSON.stringify(issues)}`);
  const space = buildSearchSpace(base.search.params);
  const study = new Study({
    name: `race-${entrant.label}-${seed}`,
    direction: 'minimize',
    space,
    // The app's own factory: the grid shuffled by the seed, TPE / GP with their start-up trials.
    sampler: createSampler({ ...entrant, seed }),
    pruner: NEVER_PRUNE,
  });
  const run: RaceRun = { entrant, seed, values: [], bestSoFar: [], seconds: 0, trained: 0 };
  for (let i = 0; i < TRIALS; i++) {
    const trial = study.ask();
    if (!trial) throw new Error(`${entrant.label} ran out of points after ${i} trials`);
    const key = keyOf(space, trial.params);
    let evaluation = cache.get(key);
    if (!evaluation) {
      evaluation = await evaluate(applyParams(base, trial.params));
      cache.set(key, evaluation);
      run.seconds += evaluation.seconds;
      run.trained += 1;
    }
    const { value } = evaluation;
    study.tell(
      trial.number,
      value === null ? { state: 'diverged', epoch: EPOCHS } : { state: 'complete', value },
    );
    run.values.push(value);
    run.bestSoFar.push(Math.min(run.bestSoFar[i - 1] ?? Infinity, value ?? Infinity));
  }
  return run;
}

/** Every entrant's run on every seed, by label; entrants share each seed's cache. */
export async function runRace(entrants: readonly Entrant[]): Promise<Map<string, RaceRun[]>> {
  const runs = new Map<string, RaceRun[]>(entrants.map((e) => [e.label, []]));
  for (const seed of SEEDS) {
    const cache: Cache = new Map();
    for (const entrant of entrants)
      runs.get(entrant.label)?.push(await runEntrant(entrant, seed, cache));
  }
  return runs;
}

/**
 * Checks the cache and the space rely on: one configuration trained twice gives the same value
 * (deterministic), and L2 = 1 trains differently from L2 = 0 (the L2 dimension does something).
 */
async function checks(): Promise<Record<string, unknown>> {
  const at = (l2: number) =>
    applyParams(problemSpec(SEEDS[0]), {
      'training.learningRate': 0.05,
      'model.layers.0.units': 16,
      'model.layers.0.kernelL2': l2,
      'training.batchSize': 32,
    });
  const [first, again, penalised] = [
    await evaluate(at(0)),
    await evaluate(at(0)),
    await evaluate(at(1)),
  ];
  const l2Change =
    first.value !== null && penalised.value !== null
      ? Math.abs(penalised.value - first.value) / first.value
      : null;
  return {
    bench: 'strategy-race',
    metric: 'l2_effect',
    value: l2Change === null ? null : round(l2Change),
    unit: 'relative val_loss change, L2 0 -> 1',
    l2_applied: l2Change !== 0,
    deterministic: first.value === again.value,
  };
}

const round = (x: number, digits = 4) => Number(x.toPrecision(digits));
const roundAll = (xs: readonly number[]) => xs.map((x) => round(x));

/** Trials until best-so-far is within WITHIN of `target` (1-based), or null if never. */
function trialsToTarget(bestSoFar: readonly number[], target: number): number | null {
  const index = bestSoFar.findIndex((best) => best <= target * (1 + WITHIN));
  return index < 0 ? null : index + 1;
}

/** Runs every entrant on every seed and yields the summary lines. */
export async function* raceStrategies(
  entrants: readonly Entrant[] = [...DEFAULT_ENTRANTS, ...ALTERNATIVE_ENTRANTS],
): AsyncIterable<Record<string, unknown>> {
  await tf.setBackend('cpu');
  // Training yields through a MessageChannel that does not hold Node open: keep a timer alive.
  const keepAlive = setInterval(() => undefined, 1_000);
  const started = performance.now();
  try {
    yield await checks();
    const space = buildSearchSpace(PARAMS);
    const runs = await runRace(entrants);
    const finalBest = (run: RaceRun) => run.bestSoFar.at(-1) ?? Infinity;
    const randomBests = (runs.get('random') ?? []).map(finalBest);
    // Per seed, the best value any of the four app strategies found: the 5% target.
    const targets = SEEDS.map((_, s) =>
      Math.min(
        ...DEFAULT_ENTRANTS.map((e) => {
          const run = runs.get(e.label)?.[s];
          return run ? finalBest(run) : Infinity;
        }),
      ),
    );
    const context = {
      seeds: SEEDS.length,
      trials: TRIALS,
      epochs: EPOCHS,
      dataset: `${DATASET.name} n=${DATASET.numPoints} noise=${DATASET.noise}`,
      objective: 'val_loss of the best epoch, minimised',
    };
    const settings = (entrant: Entrant) => ({
      ...(entrant.strategy === 'tpe' || entrant.strategy === 'gp'
        ? { startupTrials: entrant.startupTrials }
        : {}),
      ...(entrant.strategy === 'grid'
        ? { grid: `3^4 = ${gridSize(space)} points, shuffled per seed, first ${TRIALS}` }
        : {}),
    });
    for (const entrant of entrants) {
      const own = runs.get(entrant.label) ?? [];
      const bests = own.map(finalBest);
      // What the trials after the (default) start-up ones are worth, typically: the sampler's aim.
      const laterValues = own.map((run) =>
        median(run.values.slice(DEFAULT_SEARCH.startupTrials).map((v) => v ?? Infinity)),
      );
      yield {
        bench: 'strategy-race',
        metric: 'median_best_value',
        strategy: entrant.label,
        value: round(median(bests)),
        unit: 'val_loss',
        ...context,
        ...settings(entrant),
        per_seed: roundAll(bests),
        mean: round(mean(bests)),
        /** Seeds where this strategy's best beat random's (paired: same seed, same problem). */
        ...(entrant.label !== 'random'
          ? { beats_random_seeds: bests.filter((b, s) => b < (randomBests[s] ?? -1)).length }
          : {}),
        median_best_after_10: round(median(own.map((run) => run.bestSoFar[9] ?? Infinity))),
        median_value_trials_11_20: round(median(laterValues)),
        trained: own.reduce((sum, run) => sum + run.trained, 0),
        train_seconds: round(
          own.reduce((sum, run) => sum + run.seconds, 0),
          3,
        ),
      };
    }
    for (const entrant of entrants) {
      const own = runs.get(entrant.label) ?? [];
      const perSeed = own.map((run, s) => trialsToTarget(run.bestSoFar, targets[s] ?? Infinity));
      yield {
        bench: 'strategy-race',
        metric: 'median_trials_to_within_5pct',
        strategy: entrant.label,
        value: median(perSeed.map((n) => n ?? NEVER)),
        unit: 'trials',
        ...context,
        ...settings(entrant),
        per_seed: perSeed,
        never: perSeed.filter((n) => n === null).length,
        never_counts_as: NEVER,
        targets: roundAll(targets),
        target_from: DEFAULT_ENTRANTS.map((e) => e.label),
      };
    }
    yield {
      bench: 'strategy-race',
      metric: 'wall_time',
      value: round((performance.now() - started) / 1000, 3),
      unit: 's',
      seeds: SEEDS.length,
      trials: TRIALS,
      epochs: EPOCHS,
      strategies: entrants.map((e) => e.label),
      trainings: [...runs.values()].flat().reduce((sum, run) => sum + run.trained, 0) + 3,
    };
  } finally {
    clearInterval(keepAlive);
  }
}
