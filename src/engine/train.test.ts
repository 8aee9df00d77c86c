import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../spec/defaults';
import type { ExperimentSpec } from '../spec/experiment';
import { prepareExperimentData } from '../spec/prepare';
import type { EpochMetrics } from './protocol';
import { createRng } from '../lib/rng';
import { trainModel } from './train';

const specWith = (training: Partial<ExperimentSpec['training']>): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  training: { ...DEFAULT_SPEC.training, ...training },
});

async function train(spec: ExperimentSpec, shouldStop?: () => boolean) {
  const history: EpochMetrics[] = [];
  const outcome = await trainModel(spec, prepareExperimentData(spec), {
    onEpoch: (m) => history.push(m),
    ...(shouldStop ? { shouldStop } : {}),
  });
  return { outcome, history };
}

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('trainModel on the cpu backend', () => {
  it('learns the default circle experiment: loss falls, accuracy rises, no tensor is leaked', async () => {
    const before = tf.memory().numTensors;
    const { outcome, history } = await train(DEFAULT_SPEC);
    expect(tf.memory().numTensors).toBe(before);
    expect(outcome).toEqual({ kind: 'completed', epochs: 100, test: null });
    expect(history).toHaveLength(100);
    expect(history.map((m) => m.epoch)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const first = history[0]!;
    const last = history[99]!;
    expect(last.loss).toBeLessThan(first.loss / 3);
    expect(last.valLoss).toBeLessThan(first.valLoss / 3);
    expect(last.accuracy).toBeGreaterThan(0.9);
    expect(last.valAccuracy).toBeGreaterThan(0.9);
  }, 60_000);

  it('gives bit-identical curves for the same seed and different ones for another seed', async () => {
    const short = specWith({ epochs: 5 });
    const a = await train(short);
    const b = await train(short);
    const c = await train(specWith({ epochs: 5, seed: 2 }));
    expect(a.history).toEqual(b.history);
    expect(a.history).not.toEqual(c.history);
  });

  it('stops between batches when asked, and still frees every tensor', async () => {
    const before = tf.memory().numTensors;
    let batches = 0;
    // 320 training rows in batches of 32 = 10 batches per epoch; stop in the middle of epoch 3.
    const { outcome, history } = await train(specWith({ epochs: 50 }), () => ++batches > 25);
    expect(outcome).toEqual({ kind: 'stopped', epochs: 2, test: null });
    expect(history).toHaveLength(2);
    expect(batches).toBe(26);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('ends a run whose loss becomes NaN as diverged, at the epoch it happened', async () => {
    const before = tf.memory().numTensors;
    // Plain SGD at learning rate 10 on squared error with a linear output overflows in the first epoch.
    const spec: ExperimentSpec = {
      ...specWith({ optimizer: 'sgd', learningRate: 10, loss: 'meanSquaredError', epochs: 30 }),
      model: {
        layers: [
          { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
          { type: 'dense', units: 1, activation: 'linear', kernelL1: 0, kernelL2: 0 },
        ],
      },
    };
    const { outcome, history } = await train(spec);
    expect(outcome).toEqual({ kind: 'diverged', epoch: 1 });
    expect(history).toEqual([]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('trains a small convnet with dropout on images, reproducibly, and frees every tensor', async () => {
    const spec = {
      ...specWith({ epochs: 2, batchSize: 16, loss: 'sparseCategoricalCrossentropy' }),
      dataset: { ...DEFAULT_SPEC.dataset, name: 'mnist' as const, numPoints: 100 },
      model: {
        layers: [
          {
            type: 'conv2d' as const,
            filters: 4,
            kernelSize: 3,
            strides: 1,
            padding: 'valid' as const,
            activation: 'relu' as const,
            kernelL1: 0,
            kernelL2: 0.001,
          },
          { type: 'maxPooling2d' as const, poolSize: 2, strides: 2, padding: 'valid' as const },
          { type: 'flatten' as const },
          { type: 'dropout' as const, rate: 0.5 },
          {
            type: 'dense' as const,
            units: 10,
            activation: 'softmax' as const,
            kernelL1: 0,
            kernelL2: 0,
          },
        ],
      },
    };
    const rng = createRng(5);
    const images = {
      features: Float32Array.from({ length: 100 * 784 }, () => rng.next()),
      targets: Float32Array.from({ length: 100 }, (_, i) => i % 10),
      count: 100,
      featureCount: 784,
    };
    const before = tf.memory().numTensors;
    const run = async () => {
      const history: EpochMetrics[] = [];
      const outcome = await trainModel(spec, prepareExperimentData(spec, images), {
        onEpoch: (m) => history.push(m),
      });
      return { outcome, history };
    };
    const a = await run();
    const b = await run();
    expect(a.outcome).toEqual({ kind: 'completed', epochs: 2, test: null });
    expect(a.history.every((m) => Number.isFinite(m.loss) && m.accuracy !== null)).toBe(true);
    expect(a.history).toEqual(b.history);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);
});
