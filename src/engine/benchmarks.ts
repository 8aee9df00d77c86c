import { DEFAULT_SPEC } from '../spec/defaults';
import type { ExperimentSpec } from '../spec/experiment';
import { prepareExperimentData } from '../spec/prepare';
import * as tf from '@tensorflow/tfjs';
import { startBackend } from './backends';
import { buildModel, buildOptimizer } from './model';
import { WorkerTrainingEngine } from './client';
import type { BackendChoice } from './protocol';
import { trainModel } from './train';

/** One line of `npm run bench` output. */
export interface BenchLine {
  bench: string;
  metric: string;
  value: number;
  unit: string;
  [context: string]: string | number;
}

export interface BenchOptions {
  backend: BackendChoice;
}

/** Benchmarks that run inside the built app in a real browser, by name. */
export const BENCHMARKS: Record<string, (options: BenchOptions) => Promise<BenchLine[]>> = {
  'worker-vs-main': workerVsMain,
};

const BENCH_EPOCHS = 50;
const BENCH_ROUNDS = 3;

/**
 * Samples per second of the default model trained by the same `trainModel` in the worker and on
 * the page's main thread, same backend, plus tfjs' `model.fit` on the main thread for reference. The first epoch of each run (kernel compilation, warm-up)
 * is excluded; worker and main runs alternate for a few rounds and the median of each is reported.
 */
async function workerVsMain({ backend }: BenchOptions): Promise<BenchLine[]> {
  const spec: ExperimentSpec = {
    ...DEFAULT_SPEC,
    training: { ...DEFAULT_SPEC.training, epochs: BENCH_EPOCHS },
  };
  const trainSize = prepareExperimentData(spec).train.count;
  const rate = (times: number[]) =>
    (trainSize * (times.length - 1)) / (((times.at(-1) ?? 0) - (times[0] ?? 0)) / 1000);

  const report = await startBackend(backend);
  if (!report.active) {
    throw new Error(
      `The ${backend} backend did not start on the main thread: ${JSON.stringify(report.attempts)}`,
    );
  }
  const workerRates: number[] = [];
  const mainRates: number[] = [];
  const fitRates: number[] = [];
  // One worker for all rounds, as the app keeps one: its JIT warms up like the main thread's.
  const engine = new WorkerTrainingEngine();
  for (let round = 1; round <= BENCH_ROUNDS; round++) {
    workerRates.push(rate(await epochTimesInWorker(engine, round, spec, backend)));
    const mainTimes: number[] = [];
    await trainModel(spec, prepareExperimentData(spec), {
      onEpoch: () => mainTimes.push(performance.now()),
    });
    mainRates.push(rate(mainTimes));
    fitRates.push(rate(await epochTimesWithFit(spec)));
  }
  engine.dispose();

  const worker = median(workerRates);
  const main = median(mainRates);
  const fit = median(fitRates);
  const context = {
    backend: report.active,
    epochs: BENCH_EPOCHS,
    rounds: BENCH_ROUNDS,
    samples_per_epoch: trainSize,
  };
  return [
    {
      bench: 'worker-vs-main',
      metric: 'samples_per_s_worker',
      value: round(worker),
      unit: 'samples/s',
      ...context,
    },
    {
      bench: 'worker-vs-main',
      metric: 'samples_per_s_main',
      value: round(main),
      unit: 'samples/s',
      ...context,
    },
    {
      bench: 'worker-vs-main',
      metric: 'ratio',
      value: round(worker / main, 3),
      unit: 'worker/main',
      ...context,
    },
    {
      bench: 'worker-vs-main',
      metric: 'samples_per_s_main_fit',
      value: round(fit),
      unit: 'samples/s',
      ...context,
    },
    {
      bench: 'worker-vs-main',
      metric: 'ratio_vs_fit',
      value: round(worker / fit, 3),
      unit: 'worker/main model.fit',
      ...context,
    },
  ];
}

/** The same model and data through tfjs' own `model.fit` on the main thread, for reference. */
async function epochTimesWithFit(spec: ExperimentSpec): Promise<number[]> {
  const data = prepareExperimentData(spec);
  const model = buildModel(spec, data.info);
  const x = tf.tensor2d(data.train.features, [data.train.count, data.train.featureCount]);
  const y = tf.tensor2d(data.train.targets, [data.train.count, 1]);
  const times: number[] = [];
  try {
    model.compile({
      optimizer: buildOptimizer(spec.training),
      loss: 'binaryCrossentropy',
      metrics: ['accuracy'],
    });
    await model.fit(x, y, {
      epochs: spec.training.epochs,
      batchSize: spec.training.batchSize,
      shuffle: false,
      callbacks: { onEpochEnd: () => void times.push(performance.now()) },
    });
    return times;
  } finally {
    model.optimizer.dispose();
    model.dispose();
    tf.dispose([x, y]);
  }
}

function epochTimesInWorker(
  engine: WorkerTrainingEngine,
  runId: number,
  spec: ExperimentSpec,
  backend: BackendChoice,
): Promise<number[]> {
  const times: number[] = [];
  let unsubscribe: () => void = () => undefined;
  return new Promise<number[]>((resolve, reject) => {
    unsubscribe = engine.subscribe((event) => {
      if (event.type === 'crashed') reject(new Error(event.message));
      else if (event.runId !== runId) return;
      else if (event.type === 'epoch') times.push(performance.now());
      else if (event.type === 'finished') resolve(times);
      else if (event.type === 'failed' || event.type === 'diverged')
        reject(new Error(event.message));
    });
    engine.start(runId, spec, backend);
  }).finally(() => unsubscribe());
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;
