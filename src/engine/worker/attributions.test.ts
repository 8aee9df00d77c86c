import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MNIST_INFO } from '../../data/mnist-format';
import { fitStandardizer } from '../../data/standardize';
import type { Dataset } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';
import { createRng } from '../../lib/rng';
import { explainDigits } from './attributions';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const SIDE = 8;
const info = { ...MNIST_INFO, inputShape: [SIDE, SIDE, 1] };

/** `count` random images with pixels in [0, 1] and labels cycling through the ten classes. */
function images(count: number): Dataset {
  const rng = createRng(3);
  const features = Float32Array.from({ length: count * SIDE * SIDE }, () => rng.next());
  const targets = Float32Array.from({ length: count }, (_, i) => i % 10);
  return { features, targets, count, featureCount: SIDE * SIDE };
}

const prepared = (validation: Dataset, standardize = false): PreparedData => {
  const standardizer = standardize ? fitStandardizer(validation) : null;
  const scale = (x: number, p: number) =>
    standardizer ? (x - standardizer.mean[p]!) / standardizer.std[p]! : x;
  const features = validation.features.map((v, i) => scale(v, i % validation.featureCount));
  const set = { ...validation, features };
  return { info, train: set, validation: set, test: null, testSource: null, standardizer };
};

/** Random weights from seeded initializers: a dense net, or a tiny convnet. */
function randomModel(kind: 'dense' | 'conv'): tf.Sequential {
  const init = (seed: number) => tf.initializers.glorotUniform({ seed });
  const inputShape = [SIDE, SIDE, 1];
  const model = tf.sequential();
  if (kind === 'conv') {
    model.add(
      tf.layers.conv2d({
        inputShape,
        filters: 4,
        kernelSize: 3,
        activation: 'relu',
        kernelInitializer: init(1),
      }),
    );
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
    model.add(tf.layers.flatten());
  } else {
    model.add(tf.layers.flatten({ inputShape }));
    model.add(tf.layers.dense({ units: 16, activation: 'tanh', kernelInitializer: init(2) }));
  }
  model.add(
    tf.layers.dense({
      units: 10,
      activation: 'softmax',
      kernelInitializer: init(3),
      biasInitializer: tf.initializers.randomNormal({ seed: 4 }),
    }),
  );
  return model;
}

describe('explainDigits', () => {
  it.each([
    ['a dense net', 'dense' as const, false],
    ['a dense net on standardised pixels', 'dense' as const, true],
    ['a tiny convnet', 'conv' as const, false],
  ])(
    'gives integrated gradients that add up to F(x) − F(black) for %s, leaking nothing',
    async (_, kind, standardize) => {
      const model = randomModel(kind);
      const data = prepared(images(20), standardize);
      // Rows 3 and 5 wrong, the others right.
      const predicted = Int32Array.from(data.validation.targets, (t, i) =>
        i === 3 || i === 5 ? (t + 1) % 10 : t,
      );
      const before = tf.memory().numTensors;
      const result = await explainDigits(model, data, predicted, 4);
      expect(tf.memory().numTensors).toBe(before);

      expect(result.digits.map((d) => d.index)).toEqual([
        3, 5, 0, 1, 2, 4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
      ]);
      expect(result.slotDigits).toEqual([
        0,
        0,
        1,
        1,
        ...Array.from({ length: 14 }, (_, i) => i + 2),
      ]);
      expect(result.classes.slice(0, 4)).toEqual([4, 3, 6, 5]);
      const pixels = SIDE * SIDE;
      expect(result.saliency).toHaveLength(18 * pixels);
      expect(result.integrated).toHaveLength(18 * pixels);
      expect(result.images).toHaveLength(16 * pixels);
      const original = images(20).features.subarray(3 * pixels, 4 * pixels);
      result.images.subarray(0, pixels).forEach((v, p) => expect(v).toBeCloseTo(original[p]!, 5));
      expect(result.saliency.every((v) => v >= 0)).toBe(true);
      expect(result.saliency.some((v) => v > 0)).toBe(true);
      expect(result.target).toBe('logit');
      // A ReLU convnet's gradient is 0 at the black image itself: the trapezoid rule is off by 1/64 there.
      for (const { sum, expected } of result.completeness) {
        expect(Math.abs(sum - expected)).toBeLessThanOrEqual(0.05 * Math.abs(expected) + 1e-4);
      }
      const probabilities = tf.tidy(
        () => model.predict(tf.tensor(data.validation.features, [20, SIDE, SIDE, 1])) as tf.Tensor,
      );
      const rows = (await probabilities.array()) as number[][];
      probabilities.dispose();
      expect(result.digits[0]!.probability).toBeCloseTo(rows[3]![4]!, 5);
      model.dispose();
    },
  );
});

describe('explainDigits on a linear model', () => {
  it('gives |weight| per original pixel as saliency and pixel × weight as integrated gradients', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: [SIDE, SIDE, 1] }),
        tf.layers.dense({ units: 10, activation: 'softmax', kernelInitializer: 'randomNormal' }),
      ],
    });
    const kernel = (await model.layers[1]!.getWeights()[0]!.array()) as number[][];
    const data = prepared(images(4), true);
    const { mean, std } = data.standardizer!;
    const predicted = Int32Array.from(data.validation.targets);
    const result = await explainDigits(model, data, predicted, 1);
    const pixels = SIDE * SIDE;
    // Slot 0 is digit 0 (row 0, class 0); black is pixel 0, so pixel p adds pixel/std · w.
    for (let p = 0; p < pixels; p++) {
      const w = kernel[p]![0]!;
      const pixel = data.validation.features[p]! * std[p]! + mean[p]!;
      expect(result.saliency[p]).toBeCloseTo(Math.abs(w) / std[p]!, 4);
      expect(result.integrated[p]).toBeCloseTo((pixel / std[p]!) * w, 4);
    }
    model.dispose();
  });

  it('explains the output itself when the model does not end in a Dense layer', async () => {
    const model = tf.sequential({
      layers: [
        tf.layers.flatten({ inputShape: [SIDE, SIDE, 1] }),
        tf.layers.dense({ units: 10, activation: 'softmax' }),
        tf.layers.dropout({ rate: 0.5 }),
      ],
    });
    const data = prepared(images(3));
    const result = await explainDigits(model, data, new Int32Array([0, 1, 2]), 1);
    expect(result.target).toBe('output');
    for (const { sum, expected } of result.completeness)
      expect(Math.abs(sum - expected)).toBeLessThanOrEqual(0.05 * Math.abs(expected) + 1e-4);
    model.dispose();
  });
});
