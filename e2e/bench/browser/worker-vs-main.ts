import * as tf from '@tensorflow/tfjs';
import type { ExperimentSpec } from '../../../src/experiment/experiment';
import type { PreparedData } from '../../../src/experiment/prepare';
import { prepareExperimentData } from '../../../src/experiment/prepare';
import { backendIncompatibility } from '../../../src/engine/client/auto-backend';
import { median } from '../../../src/lib/stats';
import type { BenchLine, BenchModel, BenchModelName, BenchOptions } from './bench-common';
import {
  BENCH_MODELS,
  benchModel,
  benchSpec,
  englishText,
  provideModelData,
  round,
  samplesPerSecond,
  timeRun,
} from './bench-common';
import { startBackend } from '../../../src/engine/worker/backends';
import { buildModel, buildOptimizer, disposeOptimizer } from '../../../src/engine/worker/model';
import { TrainingPool } from '../../../src/engine/client/pool';
import type { BackendName } from '../../../src/engine/client/protocol';
import { trainModel } from '../../../src/engine/worker/train';

const EPOCHS: Record<BenchModelName, number> = { mlp: 50, convnet: 5 };
const ROUNDS = 3;

/**
 * Samples per second of each model (the default MLP, a small MNIST convnet) trained by the same
 * `trainModel` in a pool worker and on the page's main thread, same backend, plus tfjs'
 * `model.fit` on the main thread for reference. The first epoch of each run (kernel compilation,
 * warm-up) is excluded; worker and main runs alternate for a few rounds and the median of each is
 * reported. A model the backend cannot train gets one `skipped` line with the reason instead.
 */
export async function workerVsMain(options: BenchOptions): Promise<BenchLine[]> {
  const { backend } = options;
  const report = await startBackend(backend);
  if (!report.active) {
    throw new Error(
      `The ${backend} backend did not start on the main thread: ${JSON.stringify(report.attempts)}`,
    );
  }
  const active = report.active;
  const lines: BenchLine[] = [];
  // One worker for all rounds and models, as the app keeps its workers: its JIT warms up like the main thread's.
  const pool = new TrainingPool(undefined, { size: 1 });
  let runId = 0;
  try {
    for (const name of BENCH_MODELS) {
      const incompatible = backendIncompatibility(benchSpec(name, EPOCHS[name]), active);
      if (incompatible) {
        lines.push({
          bench: 'worker-vs-main',
          metric: 'skipped',
          value: 1,
          unit: 'count',
          model: name,
          backend: active,
          reason: englishText(incompatible),
        });
        continue;
      }
      const model = await benchModel(options, name, EPOCHS[name]);
      provideModelData(pool, model);
      const rates = { worker: [] as number[], main: [] as number[], fit: [] as number[] };
      const trainSize = prepareExperimentData(model.spec, model.external).train.count;
      for (let r = 0; r < ROUNDS; r++) {
        const run = await timeRun(pool, ++runId, model.spec, active);
        rates.worker.push(rateOf(run.epochTimes, run.trainSize));
        const data = prepareExperimentData(model.spec, model.external);
        rates.main.push(rateOf(await epochTimesOnMain(model.spec, data), trainSize));
        rates.fit.push(rateOf(await epochTimesWithFit(model.spec, data), trainSize));
      }
      lines.push(...reportModel(model, { backend: active, trainSize }, rates));
    }
  } finally {
    pool.dispose();
  }
  return lines;
}

function reportModel(
  model: BenchModel,
  { backend, trainSize }: { backend: BackendName; trainSize: number },
  rates: { worker: number[]; main: number[]; fit: number[] },
): BenchLine[] {
  const worker = median(rates.worker);
  const main = median(rates.main);
  const fit = median(rates.fit);
  const context = {
    model: model.name,
    backend,
    epochs: model.spec.training.epochs,
    rounds: ROUNDS,
    samples_per_epoch: trainSize,
  };
  const line = (metric: string, value: number, unit: string): BenchLine => ({
    bench: 'worker-vs-main',
    metric,
    value,
    unit,
    ...context,
  });
  return [
    line('samples_per_s_worker', round(worker), 'samples/s'),
    line('samples_per_s_main', round(main), 'samples/s'),
    line('ratio', round(worker / main, 3), 'worker/main'),
    line('samples_per_s_main_fit', round(fit), 'samples/s'),
    line('ratio_vs_fit', round(worker / fit, 3), 'worker/main model.fit'),
  ];
}

function rateOf(epochTimes: number[], trainSize: number): number {
  const rate = samplesPerSecond(epochTimes, trainSize);
  if (rate === null) throw new Error('A benchmark run finished with fewer than two epochs.');
  return rate;
}

async function epochTimesOnMain(spec: ExperimentSpec, data: PreparedData): Promise<number[]> {
  const times: number[] = [];
  const outcome = await trainModel(spec, data, { onEpoch: () => times.push(performance.now()) });
  if (outcome.kind === 'diverged') throw new Error(`Training diverged at epoch ${outcome.epoch}.`);
  return times;
}

/** The same model and data through tfjs' own `model.fit` on the main thread, for reference. */
async function epochTimesWithFit(spec: ExperimentSpec, data: PreparedData): Promise<number[]> {
  const model = buildModel(spec, data.info);
  const x = tf.tensor(data.train.features, [data.train.count, ...data.info.inputShape]);
  const y = tf.tensor2d(data.train.targets, [data.train.count, 1]);
  const times: number[] = [];
  try {
    // Both bench models use a loss tfjs knows by the same name; "accuracy" follows the loss.
    model.compile({
      optimizer: buildOptimizer(spec.training),
      loss: spec.training.loss,
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
    disposeOptimizer(model.optimizer);
    model.dispose();
    tf.dispose([x, y]);
  }
}
