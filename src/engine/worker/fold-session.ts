import * as tf from '@tensorflow/tfjs';
import { createRng, deriveSeed } from '../../lib/rng';
import type { Rng } from '../../lib/rng';
import type { Dataset, Task } from '../../data/types';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { PreparedData } from '../../experiment/prepare';
import {
  buildModel,
  buildOptimizer,
  countCorrect,
  disposeOptimizer,
  lossFunction,
  setLearningRate,
} from './model';
import type { EvaluationMetrics } from '../client/protocol';

/** Rows per forward pass when evaluating a whole set. */
const EVALUATION_BATCH = 1024;

/** Running sums on the device; `correct` stays 0 for regression. */
type Sums = { loss: tf.Scalar; correct: tf.Scalar };
type DeviceSet = { x: tf.Tensor; y: tf.Tensor; count: number };

/**
 * One model with its optimizer and data on the device, trained batch by batch by `trainModel`
 * (one session per cross-validation fold). Every tensor it creates is freed by `dispose`.
 */
export class FoldSession {
  readonly model: tf.Sequential;
  readonly batchesPerEpoch: number;
  /** Set when an asynchronous progress read found the loss no longer finite. */
  diverged = false;
  private readonly optimizer: tf.Optimizer;
  private readonly train: DeviceSet;
  private readonly validation: DeviceSet;
  private readonly task: Task;
  private readonly loss: (yTrue: tf.Tensor, yPred: tf.Tensor) => tf.Scalar;
  private readonly order: number[];
  private readonly shuffleRng: Rng;
  private sums: Sums | null = null;
  private rowsThisEpoch = 0;
  private bestWeights: tf.Tensor[] | null = null;
  private readonly pendingReads = new Set<Promise<unknown>>();

  constructor(
    private readonly spec: ExperimentSpec,
    private readonly data: PreparedData,
    fold: number,
  ) {
    this.task = data.info.task;
    this.loss = lossFunction(spec.training.loss);
    this.batchesPerEpoch = Math.ceil(data.train.count / spec.training.batchSize);
    this.order = Array.from({ length: data.train.count }, (_, i) => i);
    // Fold 0 keeps the plain stream, so a single run shuffles exactly as before folds existed.
    this.shuffleRng = createRng(
      deriveSeed(spec.training.seed, fold === 0 ? 'shuffle' : `shuffle-${fold}`),
    );
    // Built one after another so that whatever throws, `dispose` frees what exists.
    this.model = buildModel(spec, data.info);
    try {
      this.optimizer = buildOptimizer(spec.training);
      this.train = this.toDevice(data.train);
      try {
        this.validation = this.toDevice(data.validation);
      } catch (error) {
        tf.dispose([this.train.x, this.train.y]);
        throw error;
      }
    } catch (error) {
      this.model.dispose();
      throw error;
    }
  }

  beginEpoch(learningRate: number): void {
    setLearningRate(this.optimizer, learningRate);
    this.shuffleRng.shuffle(this.order);
    if (this.sums) tf.dispose([this.sums.loss, this.sums.correct]);
    this.sums = { loss: tf.scalar(0), correct: tf.scalar(0) };
    this.rowsThisEpoch = 0;
  }

  /** One optimisation step on batch `batch` of this epoch's order. */
  step(batch: number): void {
    const size = this.spec.training.batchSize;
    const rows = this.order.slice(batch * size, (batch + 1) * size);
    const previous = this.sums;
    if (!previous) throw new Error('beginEpoch must come before step.');
    const { model, optimizer, train, loss, task } = this;
    this.sums = tf.tidy(() => {
      const indices = tf.tensor1d(rows, 'int32');
      const xb = tf.gather(train.x, indices);
      const yb = tf.gather(train.y, indices);
      let predictions: tf.Tensor | null = null;
      try {
        const batchLoss = optimizer.minimize(() => {
          // Kept past minimize's own tidy so accuracy comes from the same forward pass, as in Keras.
          predictions = tf.keep(model.apply(xb, { training: true }) as tf.Tensor);
          // The layers' L1/L2 penalties join the loss, as model.fit adds them (Keras too).
          const penalties = model.calculateLosses();
          const dataLoss = loss(yb, predictions);
          return penalties.length > 0 ? (tf.addN([dataLoss, ...penalties]) as tf.Scalar) : dataLoss;
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
    this.rowsThisEpoch += rows.length;
  }

  /**
   * The epoch's mean loss so far, from a copy of the running sum read with `await data()`: the
   * read waits for the device in the background while batches keep being queued.
   */
  async runningLoss(): Promise<number | null> {
    if (!this.sums || this.rowsThisEpoch === 0) return null;
    const rows = this.rowsThisEpoch;
    const snapshot = tf.clone(this.sums.loss);
    const read = snapshot.data().finally(() => snapshot.dispose());
    this.pendingReads.add(read);
    try {
      const [total = NaN] = await read;
      const value = total / rows;
      if (!Number.isFinite(value)) this.diverged = true;
      return value;
    } finally {
      this.pendingReads.delete(read);
    }
  }

  /** Reads the epoch's training sums and evaluates on validation data, in inference mode. */
  async endEpoch(): Promise<{
    loss: number;
    valLoss: number;
    accuracy: number | null;
    valAccuracy: number | null;
  }> {
    const sums = this.sums;
    this.sums = null;
    if (!sums) throw new Error('endEpoch without beginEpoch.');
    const [lossSum, correct] = await readSums(sums);
    const evaluation = await this.evaluate(this.validation);
    const count = this.data.train.count;
    return {
      loss: lossSum / count,
      valLoss: evaluation.loss,
      accuracy: this.task === 'regression' ? null : correct / count,
      valAccuracy: evaluation.accuracy,
    };
  }

  rememberBestWeights(): void {
    const copies = this.model.getWeights().map((w) => tf.clone(w));
    if (this.bestWeights) tf.dispose(this.bestWeights);
    this.bestWeights = copies;
  }

  /** Puts the remembered best weights back; false when none were remembered. */
  restoreBestWeights(): boolean {
    if (!this.bestWeights) return false;
    this.model.setWeights(this.bestWeights);
    return true;
  }

  async evaluateTest(): Promise<EvaluationMetrics | null> {
    if (!this.data.test) return null;
    const test = this.toDevice(this.data.test);
    try {
      return await this.evaluate(test);
    } finally {
      tf.dispose([test.x, test.y]);
    }
  }

  /** Frees everything, after any progress read still in flight has finished with its copy. */
  async dispose(): Promise<void> {
    await Promise.allSettled([...this.pendingReads]);
    if (this.sums) tf.dispose([this.sums.loss, this.sums.correct]);
    this.sums = null;
    if (this.bestWeights) tf.dispose(this.bestWeights);
    this.bestWeights = null;
    this.model.dispose();
    // model.dispose() leaves the optimizer's slots (Adam's moments) behind.
    disposeOptimizer(this.optimizer);
    for (const set of [this.train, this.validation]) tf.dispose([set.x, set.y]);
  }

  private toDevice(d: Dataset): DeviceSet {
    return {
      x: tf.tensor(d.features, [d.count, ...this.data.info.inputShape]),
      y: tf.tensor2d(d.targets, [d.count, 1]),
      count: d.count,
    };
  }

  /** Mean loss and accuracy of the current model on a whole set, in inference mode. */
  private async evaluate(set: DeviceSet): Promise<EvaluationMetrics> {
    const { model, loss, task } = this;
    // In slices, so a big set never needs all its activations on the device at once; the sums
    // stay on the device and are read once.
    let sums: Sums = { loss: tf.scalar(0), correct: tf.scalar(0) };
    for (let start = 0; start < set.count; start += EVALUATION_BATCH) {
      const size = Math.min(EVALUATION_BATCH, set.count - start);
      const previous = sums;
      sums = tf.tidy(() => {
        const x = set.x.slice(start, size);
        const y = set.y.slice(start, size);
        const predictions = model.apply(x, { training: false }) as tf.Tensor;
        return {
          loss: tf.add(previous.loss, tf.mul(loss(y, predictions), size)) as tf.Scalar,
          correct: tf.add(previous.correct, countCorrect(task, y, predictions) ?? tf.scalar(0)),
        };
      });
      tf.dispose([previous.loss, previous.correct]);
    }
    const [lossSum, correct] = await readSums(sums);
    return {
      loss: lossSum / set.count,
      accuracy: task === 'regression' ? null : correct / set.count,
    };
  }
}

/** Reads (loss sum, correct count) in one device round trip, and frees the sums. */
async function readSums({ loss, correct }: Sums): Promise<[number, number]> {
  const stacked = tf.stack([loss, correct]);
  tf.dispose([loss, correct]);
  try {
    const [total = NaN, right = NaN] = await stacked.data();
    return [total, right];
  } finally {
    stacked.dispose();
  }
}
