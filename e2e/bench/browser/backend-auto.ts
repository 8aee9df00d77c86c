import type { AutoChoice, BackendMeasurement } from '../../../src/engine/client/auto-backend';
import type {
  BenchLine,
  BenchModel,
  BenchModelName,
  BenchOptions,
  RunTiming,
} from './bench-common';
import {
  BENCH_MODELS,
  benchModel,
  describeError,
  englishText,
  mlpSpec,
  provideModelData,
  round,
  samplesPerSecond,
  timeRun,
} from './bench-common';
import { DEFAULT_POOL_OPTIONS, TrainingPool } from '../../../src/engine/client/pool';
import type { BackendName } from '../../../src/engine/client/protocol';
import { DEFAULT_SEARCH } from '../../../src/experiment/search-schema';
import { createAppStore } from '../../../src/store/app-store';
import { connectWorker } from '../../../src/engine/client/search-sampler-client';

const EPOCHS: Record<BenchModelName, number> = { mlp: 12, convnet: 5 };
/** Longest a backend trains: a slower one is stopped and rated on the epochs it finished. */
const TRAIN_BUDGET_MS = 45_000;

/**
 * How good the pool's "auto" choice is. For each model (the default MLP, a small MNIST convnet)
 * the pool measures every backend as the app does (probes in their own workers, the app's probe
 * timeout), then each backend whose probe gave a speed trains the model for a few epochs in a
 * fresh worker. Lines: `samples_per_s` per trained backend (first epoch excluded, with the probe's
 * own figures beside it), and `ratio_to_best` = the chosen backend's trained samples/s ÷ the best
 * trained samples/s. A backend that was not trained gets a `skipped` line (value 1, unit count)
 * with `stage` "probe" (its probe failed or timed out, so it is not trained: on a software GPU this
 * bounds the time spent on webgl and webgpu) or "training", and the `reason`; no speed is made up.
 */
export async function backendAuto(options: BenchOptions): Promise<BenchLine[]> {
  const lines: BenchLine[] = [];
  let runId = 0;
  for (const name of BENCH_MODELS) {
    const model = await benchModel(options, name, EPOCHS[name]);
    const choice = await autoChoice(model, ++runId);
    const context = {
      model: model.name,
      auto_chose: choice.chosen ?? 'none',
      probe_timeout_ms: DEFAULT_POOL_OPTIONS.probeTimeoutMs,
    };
    const skipped = (backend: string, stage: string, reason: string): BenchLine => ({
      bench: 'backend-auto',
      metric: 'skipped',
      value: 1,
      unit: 'count',
      ...context,
      backend,
      stage,
      reason,
    });
    const trained = new Map<BackendName, number>();
    for (const measurement of choice.measurements) {
      const { backend } = measurement;
      if (measurement.samplesPerSecond === null) {
        const why = measurement.reason ? englishText(measurement.reason) : null;
        lines.push(skipped(backend, 'probe', why ?? 'The probe measured nothing.'));
        continue;
      }
      let run: RunTiming;
      try {
        run = await trainOn(model, backend, ++runId);
      } catch (error) {
        lines.push(skipped(backend, 'training', describeError(error)));
        continue;
      }
      const rate = samplesPerSecond(run.epochTimes, run.trainSize);
      if (rate === null) {
        const seconds = TRAIN_BUDGET_MS / 1000;
        lines.push(skipped(backend, 'training', `Fewer than two epochs within ${seconds} s.`));
        continue;
      }
      trained.set(backend, rate);
      lines.push({
        bench: 'backend-auto',
        metric: 'samples_per_s',
        value: round(rate),
        unit: 'samples/s',
        ...context,
        backend,
        epochs_timed: run.epochTimes.length - 1,
        samples_per_epoch: run.trainSize,
        ...probeFigures(measurement),
      });
    }
    const best = [...trained].reduce<[BackendName, number] | null>(
      (top, entry) => (top && top[1] >= entry[1] ? top : entry),
      null,
    );
    const chosenRate = choice.chosen ? trained.get(choice.chosen) : undefined;
    if (!best || chosenRate === undefined) {
      const why = choice.chosen
        ? `The chosen backend (${choice.chosen}) could not be trained.`
        : 'Auto chose no backend.';
      lines.push(skipped(choice.chosen ?? 'none', 'ratio', why));
      continue;
    }
    lines.push({
      bench: 'backend-auto',
      metric: 'ratio_to_best',
      value: round(chosenRate / best[1], 3),
      unit: 'chosen/best',
      ...context,
      best: best[0],
    });
  }
  lines.push(await probesPerSearch());
  return lines;
}

const SEARCH_TRIALS = 10;

/**
 * `probes_per_search`: how many times the app measures the backends during a 10-trial random
 * search over the first layer's units with Auto (goal 1: one model family, one measurement),
 * run through the app's own store, scheduler and pool.
 */
async function probesPerSearch(): Promise<BenchLine> {
  const pool = new TrainingPool(undefined, { size: 2 });
  const spec = mlpSpec(2);
  const store = createAppStore({
    engine: pool,
    connectSampler: connectWorker(),
    backendChoice: 'auto',
    spec: {
      ...spec,
      search: {
        ...DEFAULT_SEARCH,
        strategy: 'random',
        maxTrials: SEARCH_TRIALS,
        params: [
          {
            target: 'model.layers.0.units',
            distribution: { type: 'int', low: 2, high: 64, step: 1, log: true },
            gridPoints: 3,
            condition: null,
          },
        ],
      },
    },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      store.subscribe((state) => {
        if (state.search.status === 'finished') resolve();
      });
      store.getState().startSearch();
      const { status, message } = store.getState().search;
      if (status === 'finished')
        reject(new Error(message ? englishText(message) : 'The search did not start.'));
    });
    const { trials } = store.getState().search;
    return {
      bench: 'backend-auto',
      metric: 'probes_per_search',
      value: pool.prober.measurements,
      unit: 'measurements',
      trials: trials.length,
      distinct_units: new Set(trials.map((t) => t.params['model.layers.0.units'])).size,
      backend_probes: pool.prober.probes,
    };
  } finally {
    pool.dispose();
  }
}

/** The probe's figures, rounded, for the line of a trained backend. */
function probeFigures({ samplesPerSecond, warmupMs }: BackendMeasurement) {
  return {
    ...(samplesPerSecond !== null ? { probe_samples_per_s: round(samplesPerSecond) } : {}),
    ...(warmupMs !== null ? { probe_warmup_ms: round(warmupMs) } : {}),
  };
}

/** What the pool's "auto" measures and picks for the model; the run itself is stopped unstarted. */
async function autoChoice(model: BenchModel, runId: number): Promise<AutoChoice> {
  const pool = new TrainingPool(undefined, { size: 1 });
  provideModelData(pool, model);
  try {
    return await new Promise<AutoChoice>((resolve) => {
      pool.subscribe((event) => {
        if (event.type !== 'auto' || event.runId !== runId) return;
        pool.stop(runId);
        resolve(event.choice);
      });
      pool.start(runId, model.spec, 'auto');
    });
  } finally {
    pool.dispose();
  }
}

/** Trains the model on one backend in a fresh worker, within the time budget. */
async function trainOn(model: BenchModel, backend: BackendName, runId: number): Promise<RunTiming> {
  const pool = new TrainingPool(undefined, { size: 1 });
  provideModelData(pool, model);
  try {
    return await timeRun(pool, runId, model.spec, backend, TRAIN_BUDGET_MS);
  } finally {
    pool.dispose();
  }
}
