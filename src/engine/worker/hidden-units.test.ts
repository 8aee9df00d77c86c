import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCircle } from '../../data/circle';
import { datasetInfo } from '../../data/catalog';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { LayerSpec } from '../../experiment/layers';
import type { PreparedData } from '../../experiment/prepare';
import { gridBounds } from './grid';
import { hiddenUnits } from './hidden-units';
import { buildModel } from './model';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const info = datasetInfo('circle');
const points = generateCircle({ numPoints: 60, noise: 0, seed: 2 });
const data: PreparedData = {
  info,
  train: points,
  validation: points,
  test: null,
  testSource: null,
  standardizer: null,
};
const dense = (units: number, activation: 'relu' | 'tanh' | 'sigmoid' | 'linear'): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  kernelL1: 0,
  kernelL2: 0,
});
const modelOf = (layers: LayerSpec[]) => buildModel({ ...DEFAULT_SPEC, model: { layers } }, info);

describe('hiddenUnits', () => {
  it("shows the first units of the first two hidden Dense layers, at the spec's layer indices", async () => {
    const model = modelOf([
      dense(3, 'tanh'),
      { type: 'dropout', rate: 0.5 },
      { type: 'batchNormalization' },
      dense(10, 'relu'),
      dense(4, 'relu'),
      dense(1, 'sigmoid'),
    ]);
    const before = tf.memory().numTensors;
    const result = await hiddenUnits(model, data, 5, 12);
    expect(tf.memory().numTensors).toBe(before);
    if (!result) throw new Error('no hidden units');
    expect(result).toMatchObject({
      kind: 'hidden-units',
      epoch: 5,
      size: 12,
      ...gridBounds([points]),
    });
    expect(result.layers).toEqual([
      { layerIndex: 0, units: 3, totalUnits: 3, activation: 'tanh' },
      { layerIndex: 3, units: 8, totalUnits: 10, activation: 'relu' },
    ]);
    expect(result.values).toHaveLength((3 + 8) * 144);
    const tanh = result.values.subarray(0, 3 * 144);
    expect(tanh.every((v) => v >= -1 && v <= 1)).toBe(true);
    expect(result.values.subarray(3 * 144).every((v) => v >= 0)).toBe(true);
    // Inference mode: no dropout, so the pictures are the same every time.
    expect((await hiddenUnits(model, data, 5, 12))?.values).toEqual(result.values);
    model.dispose();
  });

  it('lays out each unit as a size×size picture, row 0 at y min', async () => {
    const model = modelOf([dense(2, 'linear'), dense(1, 'sigmoid')]);
    tf.tidy(() => model.layers[0]!.setWeights([tf.eye(2), tf.zeros([2])]));
    const result = await hiddenUnits(model, data, 1, 4);
    if (!result) throw new Error('no hidden units');
    const [x0, x1] = result.x;
    const [y0, y1] = result.y;
    const centre = (lo: number, hi: number, i: number) => lo + ((i + 0.5) * (hi - lo)) / 4;
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 4; col++) {
        expect(result.values[row * 4 + col]).toBeCloseTo(centre(x0, x1, col), 5);
        expect(result.values[16 + row * 4 + col]).toBeCloseTo(centre(y0, y1, row), 5);
      }
    }
    model.dispose();
  });

  it('has nothing to show for a model without a hidden Dense layer', async () => {
    const model = modelOf([{ type: 'dropout', rate: 0.1 }, dense(1, 'sigmoid')]);
    expect(await hiddenUnits(model, data, 1)).toBeNull();
    model.dispose();
  });
});
