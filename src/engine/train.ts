import * as tf from '@tensorflow/tfjs';
import { createRng, deriveSeed } from '../lib/rng';
import type { Dataset } from '../data/types';
import type { ExperimentSpec } from '../spec/experiment';
import type { PreparedData } from '../spec/prepare';
import { buildModel, buildOptimizer, countCorrect, lossFunction } from './model';
import type { EpochMetrics, EvaluationMetrics } from './protocol';
import { yieldToEventLoop } from './yield';

export interface TrainingHooks {
  /** Called once the model is built, before the first batch. */
  onStart?(info: { params: number; batchesPerEpoch: number }): void;
  onEpoch?(metrics: EpochMetrics): void;
  /** Called at most every `progressIntervalMs` with the batch just finished; costs no GPU read. */
  onProgress?(epoch: number, batch: number): void;
  /** Polled between batches; returning true ends training after the current batch. */
  shouldStop?(): boolean;
}

export type TrainingOutcome =
  | { kind: 'completed' | 'stopped'; epochs: number; test: EvaluationMetrics | null }
  | { kind: 'diverged'; epoch: number };

const PROGRESS_INTERVAL_MS = 200;

/** Running sums on the device; `correct` stays 0 for regression. */
type Sums = { loss: tf.Scalar; correct: tf.Scalar };
type DeviceSet = { x: tf.Tensor; y: tf.Tensor; count: number };

/**
 * Trains the spec's model on `data` with a hand-written loop rather than model.fit: it shuffles with
 * our seeded RNG, stops between any two batches, and reads metrics from the device once per epoch
 * (`await data()`), never per batch. The test set, if any, is evaluated once at the end.
 * Everything it allocates is disposed before it returns.
 */
export async function trainModel(
  spec: ExperimentSpec,
  data: PreparedData,
  hooks: TrainingHooks = {},
): Promise<TrainingOutcome> {
  const { batchSize, epochs } = spec.training;
  const task = data.info.task;
  const shuffleRng = createRng(deriveSeed(spec.training.seed, 'shuffle'));
  const loss = lossFunction(spec.training.loss);
  const batchesPerEpoch = Math.ceil(data.train.count / batchSize);
  const order = Array.from({ length: data.train.count }, (_, i) => i);
  const toDevice = (d: Dataset): DeviceSet => ({
    x: tf.tensor(d.features, [d.count, ...data.info.inputShape]),
    y: tf.tensor2d(d.targets, [d.count, 1]),
    count: d.count,
  });
  // Everything is created inside `try` so that whatever throws, `finally` frees what exists.
  let model: tf.Sequential | null = null;
  let optimizer: tf.Optimizer | null = null;
  let train: DeviceSet | null = null;
  let validation: DeviceSet | null = null;
  // Per-epoch running sums stay on the device until the epoch ends.
  let sums: Sums | null = null;

  try {
    model = buildModel(spec, data.info);
    optimizer = buildOptimizer(spec.training);
    train = toDevice(data.train);
    validation = toDevice(data.validation);
    const step = batchStep(model, optimizer, train);
    hooks.onStart?.({ params: model.countParams(), batchesPerEpoch });
    let lastProgress = performance.now();
    let epochsDone = 0;
    let stopped = false;
    for (let epoch = 1; epoch <= epochs && !stopped; epoch++) {
      shuffleRng.shuffle(order);
      sums = { loss: tf.scalar(0), correct: tf.scalar(0) };
      for (let batch = 0; batch < batchesPerEpoch; batch++) {
        if (hooks.shouldStop?.()) {
          stopped = true;
          break;
        }
        sums = step(order.slice(batch * batchSize, (batch + 1) * batchSize), sums);
        const now = performance.now();
        if (hooks.onProgress && now - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = now;
          hooks.onProgress(epoch, batch + 1);
        }
        await yieldToEventLoop();
      }
      if (stopped) break;
      const trainSums = sums;
      sums = null;
      const [trainLoss, trainCorrect] = await readSums(trainSums);
      const evaluation = await evaluate(model, validation);
      const metrics: EpochMetrics = {
        epoch,
        loss: trainLoss / data.train.count,
        valLoss: evaluation.loss,
        accuracy: task === 'regression' ? null : trainCorrect / data.train.count,
        valAccuracy: evaluation.accuracy,
      };
      if (!Number.isFinite(metrics.loss) || !Number.isFinite(metrics.valLoss))
        return { kind: 'diverged', epoch };
      epochsDone = epoch;
      hooks.onEpoch?.(metrics);
    }
    const test = data.test ? await evaluateDataset(model, data.test) : null;
    return { kind: stopped ? 'stopped' : 'completed', epochs: epochsDone, test };
  } finally {
    if (sums) tf.dispose([sums.loss, sums.correct]);
    model?.dispose();
    optimizer?.dispose();
    for (const set of [train, validation]) if (set) tf.dispose([set.x, set.y]);
  }

  /** One optimisation step on the given rows, adding its loss and correct count to the sums. */
  function batchStep(net: tf.Sequential, opt: tf.Optimizer, set: DeviceSet) {
    return (rows: number[], previous: Sums): Sums => {
      const next = tf.tidy(() => {
        const indices = tf.tensor1d(rows, 'int32');
        const xb = tf.gather(set.x, indices);
        const yb = tf.gather(set.y, indices);
        let predictions: tf.Tensor | null = null;
        try {
          const batchLoss = opt.minimize(() => {
            // Kept past minimize's own tidy so accuracy comes from the same forward pass, as in Keras.
            predictions = tf.keep(net.apply(xb, { training: true }) as tf.Tensor);
            return loss(yb, predictions);
          }, true);
          const kept = predictions as tf.Tensor | null;
          if (!batchLoss || !kept) throw new Error('The optimizer returned no loss.');
          const correct = countCorrect(task, yb, kept) ?? tf.scalar(0);
          return {
            loss: tf.add(previous.loss, tf.mul(batchLoss, rows.length)) as tf.Scalar,
            correct: tf.add(previous.correct, correct) as tf.Scalar,
          };
        } finally {
          (predictions as tf.Tensor | null)?.dispose();
        }
      });
      tf.dispose([previous.loss, previous.correct]);
      return next;
    };
  }

  /** Reads (loss sum, correct count) in one device round trip, and frees the sums. */
  async function readSums({ loss: lossSum, correct }: Sums): Promise<[number, number]> {
    const stacked = tf.stack([lossSum, correct]);
    tf.dispose([lossSum, correct]);
    try {
      const [total = NaN, right = NaN] = await stacked.data();
      return [total, right];
    } finally {
      stacked.dispose();
    }
  }

  /** Mean loss and accuracy of the current model on a whole set, in inference mode. */
  async function evaluate(net: tf.Sequential, set: DeviceSet): Promise<EvaluationMetrics> {
    const onDevice = tf.tidy(() => {
      const predictions = net.apply(set.x, { training: false }) as tf.Tensor;
      return {
        loss: tf.mul(loss(set.y, predictions), set.count) as tf.Scalar,
        correct: countCorrect(task, set.y, predictions) ?? tf.scalar(0),
      };
    });
    const [lossSum, correct] = await readSums(onDevice);
    return {
      loss: lossSum / set.count,
      accuracy: task === 'regression' ? null : correct / set.count,
    };
  }

  async function evaluateDataset(net: tf.Sequential, set: Dataset): Promise<EvaluationMetrics> {
    const onDevice = toDevice(set);
    try {
      return await evaluate(net, onDevice);
    } finally {
      tf.dispose([onDevice.x, onDevice.y]);
    }
  }
}
