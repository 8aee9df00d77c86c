import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerSpec, LayerType } from '../../experiment/layers';
import { LAYER_TYPES } from '../../experiment/layers';
import { prepareExperimentData } from '../../experiment/prepare';
import { validateSpec } from '../../experiment/validate';
import { trainModel } from './train';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const dense = (units: number, activation: 'relu' | 'softmax' | 'linear'): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  kernelL1: 0,
  kernelL2: 0,
});

/** The smallest valid experiment around one layer of each type, on data of the shape it needs. */
function specAround(type: LayerType): { spec: ExperimentSpec; external: boolean } {
  const layer = LAYER_CATALOG[type].defaults as LayerSpec;
  const training = { ...DEFAULT_SPEC.training, epochs: 1, batchSize: 16 };
  if (type === 'flatten' || type.endsWith('2d')) {
    const flatten: LayerSpec[] =
      type === 'globalAveragePooling2d' || type === 'flatten' ? [] : [{ type: 'flatten' }];
    return {
      external: true,
      spec: {
        ...DEFAULT_SPEC,
        dataset: { ...DEFAULT_SPEC.dataset, name: 'mnist', numPoints: 100 },
        training: { ...training, loss: 'sparseCategoricalCrossentropy' },
        model: { layers: [layer, ...flatten, dense(10, 'softmax')] },
      },
    };
  }
  if (type === 'simpleRNN' || type === 'lstm' || type === 'gru') {
    return {
      external: false,
      spec: {
        ...DEFAULT_SPEC,
        dataset: { ...DEFAULT_SPEC.dataset, name: 'sequence', numPoints: 120 },
        training: { ...training, loss: 'meanSquaredError' },
        model: { layers: [layer, dense(1, 'linear')] },
      },
    };
  }
  const reshape: LayerSpec = { type: 'reshape', targetShape: [2] };
  const body: LayerSpec[] = type === 'reshape' ? [reshape] : [layer];
  return {
    external: false,
    spec: {
      ...DEFAULT_SPEC,
      training,
      model: {
        layers: [
          ...body,
          dense(1, 'linear'),
          { ...dense(1, 'linear'), activation: 'sigmoid' } as LayerSpec,
        ],
      },
    },
  };
}

const rng = createRng(3);
const fakeDigits = {
  features: Float32Array.from({ length: 100 * 784 }, () => rng.next()),
  targets: Float32Array.from({ length: 100 }, (_, i) => i % 10),
  count: 100,
  featureCount: 784,
};

describe('every layer type of the catalog', () => {
  it.each(LAYER_TYPES)(
    '%s builds, trains an epoch and frees its tensors',
    async (type) => {
      const { spec, external } = specAround(type);
      const validation = validateSpec(spec);
      expect(validation.ok ? [] : validation.issues).toEqual([]);
      const before = tf.memory().numTensors;
      const losses: number[] = [];
      const outcome = await trainModel(
        spec,
        prepareExperimentData(spec, external ? fakeDigits : null),
        {
          onEpoch: (m) => losses.push(m.loss),
        },
      );
      expect(outcome).toMatchObject({ kind: 'completed', epochs: 1 });
      expect(losses.every(Number.isFinite)).toBe(true);
      expect(tf.memory().numTensors).toBe(before);
    },
    30_000,
  );
});
