import type * as tf from '@tensorflow/tfjs';
import { meanAndSpread } from '../../lib/stats';
import type { ExperimentSpec } from '../../experiment/experiment';
import { learningRateAt } from '../../experiment/lr-schedule';
import type { PreparedData } from '../../experiment/prepare';
import type { EpochMetrics, EvaluationMetrics, FinishReason } from '../client/protocol';
import { breakTapeDeoptLoops } from './deopt-guard';
import { FoldSession } from './fold-session';
import { YIELD_INTERVAL_MS, yieldToEventLoop } from './yield';

export interface BatchProgress {
  epoch: number;
  /** Batches done in this epoch, over all folds. */
  batch: number;
  /** Mean training loss of this epoch so far, read asynchronously (null before the first read). */
  loss: number | null;
}

export interface TrainingHooks {
  /** Called once the models are built, before the first batch. */
  onStart?(info: { params: number; batchesPerEpoch: number }): void;
  onEpoch?(metrics: EpochMetrics): void;
  /** Called at most every PROGRESS_INTERVAL_MS; the loss it carries never stalls the device. */
  onProgress?(progress: BatchProgress): void;
  /**
   * Polled between batches; returning true ends training after the current batch. A stop that
   * arrives as a message is seen once the loop has yielded, at most YIELD_INTERVAL_MS later.
   */
  shouldStop?(): boolean;
  /** Awaited between batches: resolves at once unless training is paused. */
  whilePaused?(): Promise<void>;
  /** Awaited after each epoch with the (first fold's) model, e.g. to draw its predictions. */
  afterEpoch?(model: tf.Sequential, epoch: number): Promise<void>;
  /**
   * Awaited between two epochs, after onEpoch and afterEpoch, and never after the last one (nor
   * after an early stop): where a paced run waits and a step pauses, with the (first fold's)
   * model as afterEpoch has it. `startedAt` is performance.now() when the epoch that just ended
   * began.
   */
  betweenEpochs?(model: tf.Sequential, epoch: number, startedAt: number): Promise<void>;
  /** Awaited once at the end with the final model (best weights restored when asked), before it is freed. */
  onFinalModel?(model: tf.Sequential): Promise<void>;
}

export type TrainingOutcome =
  | {
      kind: FinishReason;
      epochs: number;
      /** The epoch with the lowest validation loss, or null if no epoch finished. */
      bestEpoch: number | null;
      /** True when the final model carries the best epoch's weights rather than the last. */
      restoredBest: boolean;
      test: EvaluationMetrics | null;
    }
  | { kind: 'diverged'; epoch: number };

const PROGRESS_INTERVAL_MS = 200;

/**
 * Trains the spec's model with a hand-written loop rather than model.fit: it shuffles with our
 * seeded RNG, stops or pauses between any two batches (yielding to the event loop every
 * YIELD_INTERVAL_MS so that Stop and Pause arrive), follows the learning-rate schedule, stops
 * early on validation loss, and reads the device once per epoch (plus an asynchronous progress
 * read every 200 ms). With several `folds` (k-fold cross-validation) one model per fold trains in
 * lockstep and each epoch reports the mean and spread over folds. Everything allocated is freed.
 */
export async function trainModel(
  spec: ExperimentSpec,
  folds: PreparedData | readonly PreparedData[],
  hooks: TrainingHooks = {},
): Promise<TrainingOutcome> {
  const parts = Array.isArray(folds) ? (folds as readonly PreparedData[]) : [folds as PreparedData];
  const { epochs, learningRate, schedule, earlyStopping } = spec.training;
  const sessions: FoldSession[] = [];
  breakTapeDeoptLoops();
  try {
    parts.forEach((data, fold) => sessions.push(new FoldSession(spec, data, fold)));
    const first = sessions[0];
    if (!first) throw new Error('Nothing to train on: no folds were given.');
    const batchesPerEpoch = sessions.reduce((n, s) => n + s.batchesPerEpoch, 0);
    hooks.onStart?.({ params: first.model.countParams(), batchesPerEpoch });

    let lastProgress = performance.now();
    let lastYield = lastProgress;
    let bestLoss = Infinity;
    let bestEpoch: number | null = null;
    let sinceImprovement = 0;
    let epochsDone = 0;
    let reason: FinishReason = 'completed';
    for (let epoch = 1; epoch <= epochs && reason === 'completed'; epoch++) {
      const epochStartedAt = performance.now();
      const rate = learningRateAt(schedule, learningRate, epoch - 1, epochs);
      let batch = 0;
      for (const session of sessions) {
        session.beginEpoch(rate);
        for (let b = 0; b < session.batchesPerEpoch; b++) {
          await hooks.whilePaused?.();
          if (hooks.shouldStop?.() || first.diverged) {
            reason = 'stopped';
            break;
          }
          session.step(b);
          batch++;
          const now = performance.now();
          if (hooks.onProgress && now - lastProgress >= PROGRESS_INTERVAL_MS) {
            lastProgress = now;
            const at = { epoch, batch };
            // The first fold's running loss stands for all: one read, never awaited here.
            void first.runningLoss().then((loss) => hooks.onProgress?.({ ...at, loss }));
          }
          // By elapsed time, not after every batch: a small model's batch takes well under a
          // millisecond, and a round trip through the event loop per batch cost the worker ~10%.
          if (now - lastYield >= YIELD_INTERVAL_MS) {
            await yieldToEventLoop();
            lastYield = performance.now();
          }
        }
        if (reason !== 'completed') break;
      }
      if (first.diverged) return { kind: 'diverged', epoch };
      if (reason !== 'completed') break;

      const results = [];
      for (const session of sessions) results.push(await session.endEpoch());
      const metrics = combineFolds(epoch, rate, results);
      if (!Number.isFinite(metrics.loss) || !Number.isFinite(metrics.valLoss))
        return { kind: 'diverged', epoch };
      epochsDone = epoch;
      if (metrics.valLoss < bestLoss - (earlyStopping.enabled ? earlyStopping.minDelta : 0)) {
        bestLoss = metrics.valLoss;
        bestEpoch = epoch;
        sinceImprovement = 0;
        if (earlyStopping.enabled && earlyStopping.restoreBestWeights)
          for (const session of sessions) session.rememberBestWeights();
      } else sinceImprovement++;
      hooks.onEpoch?.(metrics);
      await hooks.afterEpoch?.(first.model, epoch);
      if (earlyStopping.enabled && sinceImprovement >= earlyStopping.patience)
        reason = 'early-stopped';
      else if (epoch < epochs) await hooks.betweenEpochs?.(first.model, epoch, epochStartedAt);
    }

    let restoredBest = false;
    if (earlyStopping.enabled && earlyStopping.restoreBestWeights && bestEpoch !== epochsDone) {
      for (const session of sessions) restoredBest = session.restoreBestWeights() || restoredBest;
    }
    await hooks.onFinalModel?.(first.model);
    // Cross-validation has no single final model to test.
    const test = sessions.length === 1 ? await first.evaluateTest() : null;
    return { kind: reason, epochs: epochsDone, bestEpoch, restoredBest, test };
  } finally {
    for (const session of sessions) await session.dispose();
  }
}

type FoldResult = Awaited<ReturnType<FoldSession['endEpoch']>>;

const mean = (values: readonly number[]) => meanAndSpread(values).mean;
const spread = (values: readonly number[]) => meanAndSpread(values).std;

/** One epoch's metrics: a single model's, or the mean over folds with their standard deviation. */
function combineFolds(epoch: number, rate: number, results: readonly FoldResult[]): EpochMetrics {
  const pick = (key: 'loss' | 'valLoss') => results.map((r) => r[key]);
  const accuracies = (key: 'accuracy' | 'valAccuracy') =>
    results.every((r) => r[key] !== null) ? results.map((r) => r[key] as number) : null;
  const train = accuracies('accuracy');
  const validation = accuracies('valAccuracy');
  const cv = results.length > 1;
  return {
    epoch,
    loss: mean(pick('loss')),
    valLoss: mean(pick('valLoss')),
    accuracy: train ? mean(train) : null,
    valAccuracy: validation ? mean(validation) : null,
    learningRate: rate,
    valLossStd: cv ? spread(pick('valLoss')) : null,
    valAccuracyStd: cv && validation ? spread(validation) : null,
  };
}
