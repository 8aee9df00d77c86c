import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import { OPTIMIZERS } from '../../experiment/experiment';
import { prepareExperimentData } from '../../experiment/prepare';
import type { EpochMetrics } from '../client/protocol';
import { createRng } from '../../lib/rng';
import { prepareFolds } from '../../experiment/prepare';
import type { TrainingHooks } from './train';
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
    expect(outcome).toEqual({
      kind: 'completed',
      epochs: 100,
      bestEpoch: expect.any(Number) as number,
      restoredBest: false,
      test: null,
    });
    expect(history).toHaveLength(100);
    expect(history.map((m) => m.epoch)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    const first = history[0]!;
    const last = history[99]!;
    expect(last.loss).toBeLessThan(first.loss / 3);
    expect(last.valLoss).toBeLessThan(first.valLoss / 3);
    expect(last.accuracy).toBeGreaterThan(0.9);
    expect(last.valAccuracy).toBeGreaterThan(0.9);
  }, 60_000);

  it('adds the layers’ L2 penalty to the loss it minimises, which shrinks their weights', async () => {
    const withL2 = (kernelL2: number): ExperimentSpec => ({
      ...specWith({ epochs: 5 }),
      model: {
        ...DEFAULT_SPEC.model,
        layers: DEFAULT_SPEC.model.layers.map((layer, i) =>
          i === 0 && layer.type === 'dense' ? { ...layer, kernelL2 } : layer,
        ),
      },
    });
    const firstKernelNorm = async (spec: ExperimentSpec) => {
      let norm = 0;
      const history: EpochMetrics[] = [];
      await trainModel(spec, prepareExperimentData(spec), {
        onEpoch: (m) => history.push(m),
        onFinalModel: async (model) => {
          const kernel = model.layers[0]!.getWeights()[0]!;
          norm = (await tf.tidy(() => tf.sum(tf.square(kernel))).data())[0]!;
        },
      });
      return { norm, history };
    };
    const plain = await firstKernelNorm(withL2(0));
    const penalised = await firstKernelNorm(withL2(0.1));
    expect(penalised.norm).toBeLessThan(plain.norm * 0.8);
    // The penalty is part of the training loss, not of the validation loss.
    expect(penalised.history[0]!.loss).toBeGreaterThan(plain.history[0]!.loss);
  });

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
    expect(outcome).toMatchObject({ kind: 'stopped', epochs: 2, test: null });
    expect(history).toHaveLength(2);
    expect(batches).toBe(26);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('lets other tasks run while it trains, and a stop set by one ends training at the next batch', async () => {
    // A Stop message is such a task; the loop yields to them every YIELD_INTERVAL_MS.
    let polls = 0;
    let stop = false;
    let pollsWhenAsked = -1;
    const timer = setTimeout(() => {
      stop = true;
      pollsWhenAsked = polls;
    }, 50);
    const { outcome } = await train(specWith({ epochs: 500 }), () => {
      if (!stop) polls++;
      return stop;
    });
    clearTimeout(timer);
    expect(outcome.kind).toBe('stopped');
    expect(pollsWhenAsked).toBeGreaterThan(0);
    expect(polls).toBe(pollsWhenAsked);
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
    expect(a.outcome).toMatchObject({ kind: 'completed', epochs: 2, test: null });
    expect(a.history.every((m) => Number.isFinite(m.loss) && m.accuracy !== null)).toBe(true);
    expect(a.history).toEqual(b.history);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);

  it.each(OPTIMIZERS)(
    'frees every tensor of the %s optimizer, learning-rate scalar included',
    async (optimizer) => {
      const before = tf.memory().numTensors;
      await train(specWith({ epochs: 1, optimizer }));
      await trainModel(specWith({ epochs: 1, optimizer }), prepareFolds(specWith({}), null, 3));
      expect(tf.memory().numTensors).toBe(before);
    },
  );

  it('evaluates a validation set larger than one slice exactly as one pass would', async () => {
    const spec: ExperimentSpec = {
      ...specWith({ epochs: 1, batchSize: 256 }),
      dataset: { ...DEFAULT_SPEC.dataset, numPoints: 6000 },
    };
    const data = prepareExperimentData(spec);
    expect(data.validation.count).toBeGreaterThan(1024);
    let direct = NaN;
    const { history } = await trainWith(spec, {
      onFinalModel: async (model) => {
        const x = tf.tensor2d(data.validation.features, [data.validation.count, 2]);
        const y = tf.tensor2d(data.validation.targets, [data.validation.count, 1]);
        const loss = tf.tidy(() =>
          tf.metrics.binaryCrossentropy(y, model.predict(x) as tf.Tensor).mean(),
        );
        direct = (await loss.data())[0]!;
        tf.dispose([x, y, loss]);
      },
    });
    expect(history[0]!.valLoss).toBeCloseTo(direct, 5);
  });

  it('follows the learning-rate schedule: step decay to zero freezes the weights', async () => {
    const spec = specWith({
      epochs: 4,
      schedule: { kind: 'step', factor: 0, everyEpochs: 2 },
    });
    const weights: number[][] = [];
    const { history } = await trainWith(spec, {
      afterEpoch: async (model) => {
        weights.push(Array.from(await model.getWeights()[0]!.data()));
      },
    });
    expect(history.map((m) => m.learningRate)).toEqual([0.03, 0.03, 0, 0]);
    expect(weights[1]).not.toEqual(weights[0]);
    expect(weights[3]).toEqual(weights[2]);
    expect(weights[2]).toEqual(weights[1]);
  });

  it('stops early after `patience` epochs without improvement and restores the best weights', async () => {
    const before = tf.memory().numTensors;
    // A learning rate this high makes validation loss bounce, so it stops improving quickly.
    const spec = specWith({
      epochs: 200,
      learningRate: 0.3,
      earlyStopping: { enabled: true, patience: 3, minDelta: 0, restoreBestWeights: true },
    });
    let finalLoss = NaN;
    const { outcome, history } = await trainWith(spec, {
      onFinalModel: async (model) => {
        const data = prepareExperimentData(spec);
        const x = tf.tensor2d(data.validation.features, [data.validation.count, 2]);
        const y = tf.tensor2d(data.validation.targets, [data.validation.count, 1]);
        const loss = tf.tidy(() =>
          tf.metrics.binaryCrossentropy(y, model.predict(x) as tf.Tensor).mean(),
        );
        finalLoss = (await loss.data())[0]!;
        tf.dispose([x, y, loss]);
      },
    });
    expect(outcome.kind).toBe('early-stopped');
    if (outcome.kind !== 'early-stopped') return;
    expect(outcome.epochs).toBeLessThan(200);
    const best = Math.min(...history.map((m) => m.valLoss));
    expect(history[outcome.bestEpoch! - 1]!.valLoss).toBe(best);
    expect(outcome.epochs - outcome.bestEpoch!).toBe(3);
    expect(outcome.restoredBest).toBe(true);
    expect(finalLoss).toBeCloseTo(best, 4);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);

  it('trains k folds in lockstep and reports their mean and spread', async () => {
    const before = tf.memory().numTensors;
    const spec = specWith({ epochs: 3 });
    const folds = prepareFolds(spec, null, 3);
    const history: EpochMetrics[] = [];
    const outcome = await trainModel(spec, folds, { onEpoch: (m) => history.push(m) });
    expect(outcome).toMatchObject({ kind: 'completed', epochs: 3, test: null });
    expect(history).toHaveLength(3);
    for (const m of history) {
      expect(m.valLossStd).toBeGreaterThan(0);
      expect(m.valAccuracyStd).not.toBeNull();
    }
    // Fold 0 alone gives the same first fold as a 1-fold run over that fold's data.
    const single: EpochMetrics[] = [];
    await trainModel(spec, folds[0]!, { onEpoch: (m) => single.push(m) });
    expect(single[0]!.valLoss).not.toBe(history[0]!.valLoss);
    expect(tf.memory().numTensors).toBe(before);
  }, 60_000);

  it('pauses between batches and resumes where it stopped, with the same result', async () => {
    const spec = specWith({ epochs: 3 });
    const plain = await train(spec);
    let release: () => void = () => undefined;
    let paused = 0;
    let batches = 0;
    const history: EpochMetrics[] = [];
    const outcome = trainModel(spec, prepareExperimentData(spec), {
      onEpoch: (m) => history.push(m),
      whilePaused: async () => {
        if (++batches === 15) {
          paused++;
          await new Promise<void>((resolve) => (release = resolve));
        }
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(paused).toBe(1);
    expect(history).toHaveLength(1);
    release();
    await outcome;
    expect(history).toEqual(plain.history);
  });
});

async function trainWith(spec: ExperimentSpec, hooks: TrainingHooks) {
  const history: EpochMetrics[] = [];
  const outcome = await trainModel(spec, prepareExperimentData(spec), {
    onEpoch: (m) => history.push(m),
    ...hooks,
  });
  return { outcome, history };
}
