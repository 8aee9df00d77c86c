import * as tf from '@tensorflow/tfjs';
import { createRng, deriveSeed } from '../lib/rng';
import type { Dataset } from '../data/types';
import type { ExperimentSpec } from '../spec/experiment';
import { buildModel, buildOptimizer, lossFunction } from './model';
import type { EpochMetrics } from './protocol';
import { yieldToEventLoop } from './yield';

export interface TrainingData {
  train: Dataset;
  validation: Dataset;
}

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
  | { kind: 'completed'; epochs: number }
  | { kind: 'stopped'; epochs: number }
  | { kind: 'diverged'; epoch: number };

const PROGRESS_INTERVAL_MS = 200;

/**
 * Trains the spec's model on `data` with a hand-written loop rather than model.fit: it shuffles with
 * our seeded RNG, stops between any two batches, and reads metrics from the device once per epoch
 * (`await data()`), never per batch. Everything it allocates is disposed before it returns.
 */
export async function trainModel(
  spec: ExperimentSpec,
  data: TrainingData,
  hooks: TrainingHooks = {},
): Promise<TrainingOutcome> {
  const { batchSize, epochs } = spec.training;
  const shuffleRng = createRng(deriveSeed(spec.training.seed, 'shuffle'));
  const model = buildModel(spec);
  const optimizer = buildOptimizer(spec.training);
  const loss = lossFunction(spec.training.loss);
  const toTensors = (d: Dataset) => ({
    x: tf.tensor2d(d.features, [d.count, d.featureCount]),
    y: tf.tensor2d(d.targets, [d.count, 1]),
  });
  const train = toTensors(data.train);
  const validation = toTensors(data.validation);
  const batchesPerEpoch = Math.ceil(data.train.count / batchSize);
  const order = Array.from({ length: data.train.count }, (_, i) => i);

  // Per-epoch running sums stay on the device until the epoch ends; held here so `finally` can free them.
  let sums: { loss: tf.Scalar; correct: tf.Scalar } | null = null;

  try {
    hooks.onStart?.({ params: model.countParams(), batchesPerEpoch });
    let lastProgress = performance.now();
    for (let epoch = 1; epoch <= epochs; epoch++) {
      shuffleRng.shuffle(order);
      sums = { loss: tf.scalar(0), correct: tf.scalar(0) };
      for (let batch = 0; batch < batchesPerEpoch; batch++) {
        if (hooks.shouldStop?.()) return { kind: 'stopped', epochs: epoch - 1 };
        sums = trainBatch(order.slice(batch * batchSize, (batch + 1) * batchSize), sums);
        const now = performance.now();
        if (hooks.onProgress && now - lastProgress >= PROGRESS_INTERVAL_MS) {
          lastProgress = now;
          hooks.onProgress(epoch, batch + 1);
        }
        await yieldToEventLoop();
      }
      const metrics = await readEpochMetrics(epoch, sums);
      sums = null;
      if (!Number.isFinite(metrics.loss) || !Number.isFinite(metrics.valLoss))
        return { kind: 'diverged', epoch };
      hooks.onEpoch?.(metrics);
    }
    return { kind: 'completed', epochs };
  } finally {
    if (sums) tf.dispose([sums.loss, sums.correct]);
    model.dispose();
    optimizer.dispose();
    tf.dispose([train.x, train.y, validation.x, validation.y]);
  }

  function trainBatch(rows: number[], previous: { loss: tf.Scalar; correct: tf.Scalar }) {
    const next = tf.tidy(() => {
      const indices = tf.tensor1d(rows, 'int32');
      const xb = tf.gather(train.x, indices);
      const yb = tf.gather(train.y, indices);
      let predictions: tf.Tensor | null = null;
      const batchLoss = optimizer.minimize(() => {
        // Kept past minimize's own tidy so accuracy comes from the same forward pass, as in Keras.
        predictions = tf.keep(model.apply(xb, { training: true }) as tf.Tensor);
        return loss(yb, predictions);
      }, true);
      const kept = predictions as tf.Tensor | null;
      if (!batchLoss || !kept) throw new Error('The optimizer returned no loss.');
      const correct = countCorrect(yb, kept);
      kept.dispose();
      return {
        loss: tf.add(previous.loss, tf.mul(batchLoss, rows.length)) as tf.Scalar,
        correct: tf.add(previous.correct, correct) as tf.Scalar,
      };
    });
    tf.dispose([previous.loss, previous.correct]);
    return next;
  }

  async function readEpochMetrics(
    epoch: number,
    epochSums: { loss: tf.Scalar; correct: tf.Scalar },
  ): Promise<EpochMetrics> {
    const readings = tf.tidy(() => {
      const predictions = model.apply(validation.x, { training: false }) as tf.Tensor;
      return tf.stack([
        epochSums.loss,
        epochSums.correct,
        tf.mul(loss(validation.y, predictions), data.validation.count),
        countCorrect(validation.y, predictions),
      ]);
    });
    tf.dispose([epochSums.loss, epochSums.correct]);
    try {
      const [trainLoss = NaN, trainCorrect = NaN, valLoss = NaN, valCorrect = NaN] =
        await readings.data();
      return {
        epoch,
        loss: trainLoss / data.train.count,
        valLoss: valLoss / data.validation.count,
        accuracy: trainCorrect / data.train.count,
        valAccuracy: valCorrect / data.validation.count,
      };
    } finally {
      readings.dispose();
    }
  }
}

/** Predictions above 0.5 count as class 1, as Keras' binary accuracy does. */
function countCorrect(yTrue: tf.Tensor, yPred: tf.Tensor): tf.Scalar {
  return tf.tidy(() =>
    tf.sum(tf.cast(tf.equal(tf.cast(tf.greater(yPred, 0.5), 'float32'), yTrue), 'float32')),
  );
}
