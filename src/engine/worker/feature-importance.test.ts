import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { IRIS_FEATURES } from '../../data/iris';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import { prepareExperimentData } from '../../experiment/prepare';
import type { PredictionsOf } from '../client/protocol';
import { featureImportance, r2Score } from './feature-importance';
import { trainModel } from './train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const irisSpec: ExperimentSpec = {
  ...DEFAULT_SPEC,
  dataset: { ...DEFAULT_SPEC.dataset, name: 'iris', numPoints: 150, noise: 0, standardize: true },
  model: {
    layers: [
      { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
      { type: 'dense', units: 3, activation: 'softmax', kernelL1: 0, kernelL2: 0 },
    ],
  },
  training: {
    ...DEFAULT_SPEC.training,
    loss: 'sparseCategoricalCrossentropy',
    learningRate: 0.05,
    batchSize: 16,
    epochs: 30,
  },
};

describe('featureImportance', () => {
  it('ranks the petal measurements above the sepal ones on Iris', async () => {
    const data = prepareExperimentData(irisSpec);
    const results: PredictionsOf<'feature-importance'>[] = [];
    let leaked = 0;
    await trainModel(irisSpec, data, {
      onFinalModel: async (model) => {
        const before = tf.memory().numTensors;
        results.push(await featureImportance(model, data, 30, irisSpec.training.seed));
        leaked = tf.memory().numTensors - before;
      },
    });
    expect(leaked).toBe(0);
    const [{ metric, baseline, repeats, features }] = results as [
      PredictionsOf<'feature-importance'>,
    ];
    expect({ metric, repeats }).toEqual({ metric: 'accuracy', repeats: 5 });
    expect(baseline).toBeGreaterThan(0.85);
    expect(features.map((f) => f.name)).toEqual([...IRIS_FEATURES]);
    const mean = Object.fromEntries(features.map((f) => [f.name, f.mean]));
    const petal = Math.min(mean.petal_length!, mean.petal_width!);
    expect(petal).toBeGreaterThan(Math.max(mean.sepal_length!, mean.sepal_width!));
    expect(features.every((f) => f.std >= 0)).toBe(true);
  });

  it("scores regression with scikit-learn's R²", () => {
    expect(r2Score([1, 2, 3], [1, 2, 3])).toBe(1);
    expect(r2Score([1, 2, 3], [2, 2, 2])).toBe(0);
    expect(r2Score([1, 2, 3], [1, 2, 4])).toBeCloseTo(0.5, 12);
    expect(r2Score([2, 2], [2, 2])).toBe(1);
    expect(r2Score([2, 2], [2, 3])).toBe(0);
  });
});
