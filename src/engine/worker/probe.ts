import * as tf from '@tensorflow/tfjs';
import { createRng } from '../../lib/rng';
import type { DatasetInfo } from '../../data/types';
import type { ExperimentSpec } from '../../experiment/experiment';
import { buildModel, buildOptimizer, disposeOptimizer, lossFunction } from './model';

export interface ProbeResult {
  samplesPerSecond: number;
  warmupMs: number;
}

/** How long the timed part of a probe runs, at least, once the first step has warmed up. */
const TIMED_MS = 500;
/** Untimed warm steps after the first, at most this long. */
const WARM_MS = 300;
const GROUP = 3;
const MAX_STEPS = 50;

/**
 * Times training steps of the spec's own model, on a batch of random data of the right shape, on
 * the backend that is running: one warm-up step (shader compiles, kernel set-up), then steps until
 * TIMED_MS has passed. Each timed stretch ends with a read, so queued GPU work is counted.
 */
export async function probeTraining(spec: ExperimentSpec, info: DatasetInfo): Promise<ProbeResult> {
  const batch = spec.training.batchSize;
  const rng = createRng(1);
  const features = Float32Array.from(
    { length: batch * info.inputShape.reduce((a, b) => a * b, 1) },
    () => rng.normal(),
  );
  const targets = Float32Array.from({ length: batch }, () =>
    info.task === 'regression' ? rng.normal() : rng.int(Math.max(2, info.outputSize)),
  );
  const loss = lossFunction(spec.training.loss);
  const model = buildModel(spec, info);
  const optimizer = buildOptimizer(spec.training);
  const x = tf.tensor(features, [batch, ...info.inputShape]);
  const y = tf.tensor2d(targets, [batch, 1]);
  const step = () =>
    optimizer.minimize(() => loss(y, model.apply(x, { training: true }) as tf.Tensor), true);
  const timedRead = async (value: tf.Scalar | null) => {
    if (!value) throw new Error('The optimizer returned no loss.');
    try {
      await value.data();
    } finally {
      value.dispose();
    }
  };
  try {
    const warmStart = performance.now();
    await timedRead(step());
    const warmupMs = performance.now() - warmStart;
    // Steps in groups that end with a read: often enough to measure, rarely enough to keep the
    // device busy, and the queued work of every group is counted.
    const group = async () => {
      for (let i = 1; i < GROUP; i++) step()?.dispose();
      await timedRead(step());
    };
    // Untimed steps until the JavaScript JIT has compiled the kernels (the CPU backend is 1.5–2×
    // slower for its first few dozen steps, which made Auto underrate it for convnets).
    const warmEnd = performance.now() + WARM_MS;
    for (let n = 0; n < MAX_STEPS && performance.now() < warmEnd; n += GROUP) await group();
    const start = performance.now();
    let steps = 0;
    while (steps < MAX_STEPS && (steps === 0 || performance.now() - start < TIMED_MS)) {
      await group();
      steps += GROUP;
    }
    const seconds = (performance.now() - start) / 1000;
    return { samplesPerSecond: (steps * batch) / seconds, warmupMs };
  } finally {
    model.dispose();
    disposeOptimizer(optimizer);
    tf.dispose([x, y]);
  }
}
