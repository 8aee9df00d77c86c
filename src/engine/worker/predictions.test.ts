import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { datasetInfo } from '../../data/catalog';
import { MNIST_INFO } from '../../data/mnist-format';
import type { Dataset, DatasetInfo } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';
import {
  computePredictions,
  confusionMatrix,
  misclassifiedImages,
  predictCurve,
  predictGrid,
  predictionKinds,
  transferablesOf,
} from './predictions';
import { gridBounds, niceCeil } from './grid';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const dataset = (rows: number[][], targets: number[]): Dataset => ({
  features: Float32Array.from(rows.flat()),
  targets: Float32Array.from(targets),
  count: rows.length,
  featureCount: rows[0]!.length,
});

const prepared = (info: DatasetInfo, validation: Dataset, train = validation): PreparedData => ({
  info,
  train,
  validation,
  test: null,
  testSource: null,
  standardizer: null,
});

/** A one-layer model with the given kernel (inputs × units) and bias, and no activation. */
function linearModel(inputShape: number[], kernel: number[][], bias: number[]): tf.Sequential {
  const model = tf.sequential();
  if (inputShape.length > 1) model.add(tf.layers.flatten({ inputShape }));
  model.add(
    tf.layers.dense({
      units: bias.length,
      ...(inputShape.length > 1 ? {} : { inputShape }),
    }),
  );
  tf.tidy(() => model.setWeights([tf.tensor2d(kernel), tf.tensor1d(bias)]));
  return model;
}

/** Runs `fn` and checks that it leaves as many tensors as it found. */
async function withoutLeak<T>(fn: () => Promise<T>): Promise<T> {
  const before = tf.memory().numTensors;
  const result = await fn();
  expect(tf.memory().numTensors).toBe(before);
  return result;
}

describe('predictionKinds', () => {
  it('picks the charts each kind of data can show', () => {
    expect(predictionKinds(datasetInfo('circle'), 'circle')).toEqual([
      'grid',
      'hidden-units',
      'confusion',
      'feature-importance',
    ]);
    expect(predictionKinds(datasetInfo('plane'), 'plane')).toEqual([
      'grid',
      'hidden-units',
      'feature-importance',
    ]);
    expect(predictionKinds(datasetInfo('curve'), 'curve')).toEqual(['curve', 'feature-importance']);
    expect(predictionKinds(datasetInfo('iris'), 'iris')).toEqual([
      'confusion',
      'feature-importance',
    ]);
    expect(predictionKinds(datasetInfo('sequence'), 'sequence')).toEqual([]);
    expect(predictionKinds(MNIST_INFO, 'mnist')).toEqual([
      'confusion',
      'misclassified',
      'attributions',
    ]);
  });
});

describe('gridBounds', () => {
  it('gives a square centred on a round number with the same room on every side', () => {
    const points = dataset(
      [
        [-2.6, -1.9],
        [2.4, 2.1],
      ],
      [0, 1],
    );
    expect(gridBounds([points])).toEqual({ x: [-3, 3], y: [-3, 3] });
    const shifted = dataset(
      [
        [10.2, 0],
        [14.9, 1],
      ],
      [0, 1],
    );
    expect(gridBounds([shifted])).toEqual({ x: [9.5, 15.5], y: [-2.5, 3.5] });
  });

  it('still gives a real square for a single point', () => {
    expect(gridBounds([dataset([[1, 1]], [0])])).toEqual({ x: [0, 2], y: [0, 2] });
  });

  it('rounds up to 1, 1.5, 2, 2.5, 3, 4, 5, 6 or 8 times a power of ten', () => {
    expect([0.26, 2.75, 5.5, 7, 9, 0.001].map(niceCeil)).toEqual([0.3, 3, 6, 8, 10, 0.001]);
  });
});

describe('predictGrid', () => {
  const info = datasetInfo('plane');
  const points = dataset(
    [
      [-2.6, -1.9],
      [2.4, 2.1],
    ],
    [0, 1],
  );

  it('evaluates the model at the cell centres, row 0 at y min, without leaking a tensor', async () => {
    const model = linearModel([2], [[1], [10]], [0.5]);
    const grid = await withoutLeak(() => predictGrid(model, prepared(info, points), 7, 4));
    expect(grid).toMatchObject({ kind: 'grid', epoch: 7, size: 4, x: [-3, 3], y: [-3, 3] });
    expect(grid.outputs).toBe(1);
    // Centres of 4 cells over [-3, 3]: -2.25, -0.75, 0.75, 2.25.
    const centres = [-2.25, -0.75, 0.75, 2.25];
    const expected = centres.flatMap((y) => centres.map((x) => x + 10 * y + 0.5));
    expect(Array.from(grid.values)).toEqual(expected.map((v) => expect.closeTo(v, 5)));
    expect(grid.values[0]).toBeLessThan(grid.values[15]!);
    model.dispose();
  });

  it('keeps every class probability of a cell together', async () => {
    const model = linearModel(
      [2],
      [
        [1, 0, 0],
        [0, 1, 0],
      ],
      [0, 0, 2],
    );
    const grid = await withoutLeak(() => predictGrid(model, prepared(info, points), 1, 2));
    expect(grid.outputs).toBe(3);
    expect(grid.values).toHaveLength(12);
    // Cell (row 1, col 0) is at x = -1.5, y = 1.5.
    expect(Array.from(grid.values.subarray(6, 9))).toEqual([-1.5, 1.5, 2]);
    model.dispose();
  });
});

describe('predictCurve', () => {
  it('spans the x-extent of the data evenly', async () => {
    const curve1d = dataset([[-1], [0.5], [3]], [0, 0, 0]);
    const model = linearModel([1], [[2]], [1]);
    const curve = await withoutLeak(() =>
      predictCurve(model, prepared(datasetInfo('curve'), curve1d), 3, 5),
    );
    expect(Array.from(curve.xs)).toEqual([-1, 0, 1, 2, 3]);
    expect(Array.from(curve.ys)).toEqual([-1, 1, 3, 5, 7]);
    model.dispose();
  });
});

describe('confusionMatrix', () => {
  it('thresholds a binary output at 0.5', async () => {
    const validation = dataset([[0.2], [0.7], [0.9], [0.8], [0.4]], [0, 0, 1, 1, 1]);
    const info: DatasetInfo = { ...datasetInfo('circle'), inputShape: [1] };
    const model = linearModel([1], [[1]], [0]);
    const confusion = await withoutLeak(() =>
      confusionMatrix(model, prepared(info, validation), 2),
    );
    expect(confusion).toEqual({
      kind: 'confusion',
      epoch: 2,
      classNames: ['0', '1'],
      matrix: [1, 1, 1, 2],
    });
    model.dispose();
  });

  it('counts matrix[actual * n + predicted] with the argmax for several classes', async () => {
    const rows = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
      [0, 0, 1],
      [0, 1, 0],
    ];
    const validation = dataset(rows, [0, 1, 2, 0, 2]);
    const info = datasetInfo('iris');
    const model = linearModel(
      [3],
      [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      [0, 0, 0],
    );
    const confusion = await withoutLeak(() =>
      confusionMatrix(model, prepared({ ...info, inputShape: [3] }, validation), 4),
    );
    expect(confusion.classNames).toEqual(info.classNames);
    expect(confusion.matrix).toEqual([1, 0, 1, 0, 1, 0, 0, 1, 1]);
    model.dispose();
  });
});

describe('misclassifiedImages', () => {
  const info: DatasetInfo = { ...MNIST_INFO, inputShape: [2, 2, 1], outputSize: 2 };
  const validation = dataset(
    [
      [1, 0, 0, 0],
      [0, 1, 0, 0],
      [1, 0, 0, 0],
      [0, 1, 0, 0],
    ],
    [0, 0, 1, 1],
  );
  // Class 0 when the first pixel is lit, class 1 when the second is.
  const kernel = [
    [1, 0],
    [0, 1],
    [0, 0],
    [0, 0],
  ];

  it('returns the wrong guesses with their predicted and actual classes', async () => {
    const model = linearModel([2, 2, 1], kernel, [0, 0]);
    const wrong = await withoutLeak(() =>
      misclassifiedImages(model, prepared(info, validation), 5),
    );
    expect(wrong).toMatchObject({ kind: 'misclassified', epoch: 5, width: 2, height: 2 });
    expect(wrong.predicted).toEqual([1, 0]);
    expect(wrong.actual).toEqual([0, 1]);
    expect(Array.from(wrong.images)).toEqual([0, 1, 0, 0, 1, 0, 0, 0]);
    const limited = await misclassifiedImages(model, prepared(info, validation), 5, 1);
    expect(limited.actual).toEqual([0]);
    model.dispose();
  });

  it('undoes standardisation so the digits look as drawn', async () => {
    const model = linearModel([2, 2, 1], kernel, [0, 0]);
    const standardizer = { mean: Float32Array.of(1, 1, 1, 1), std: Float32Array.of(2, 2, 2, 2) };
    const data = { ...prepared(info, validation), standardizer };
    const wrong = await misclassifiedImages(model, data, 1, 1);
    expect(Array.from(wrong.images)).toEqual([1, 3, 1, 1]);
    model.dispose();
  });
});

describe('computePredictions and transferablesOf', () => {
  it('computes every kind asked for and lists each buffer once', async () => {
    const info = datasetInfo('circle');
    const points = dataset(
      [
        [-1, -1],
        [1, 1],
      ],
      [0, 1],
    );
    const model = linearModel([2], [[1], [1]], [0.5]);
    const all = await withoutLeak(() =>
      computePredictions(model, prepared(info, points), ['grid', 'confusion'], 9, 1),
    );
    expect(all.map((p) => p.kind)).toEqual(['grid', 'confusion']);
    expect(all.every((p) => p.epoch === 9)).toBe(true);
    const grid = all[0]!;
    expect(transferablesOf(...all)).toEqual(grid.kind === 'grid' ? [grid.values.buffer] : []);
    const xs = new Float32Array(4);
    expect(transferablesOf({ kind: 'curve', epoch: 1, xs, ys: xs })).toEqual([xs.buffer]);
    model.dispose();
  });

  it('leaves out an explanation whose numbers are not finite, and still gives the rest', async () => {
    const info = datasetInfo('curve');
    const points = dataset([[-1], [0], [1]], [1, 0, 1]);
    // A weight that overflows: every prediction is NaN, and so is the R² permutation scores.
    const model = linearModel([1], [[Number.NaN]], [0.5]);
    const all = await withoutLeak(() =>
      computePredictions(model, prepared(info, points), ['curve', 'feature-importance'], 3, 1),
    );
    expect(all.map((p) => p.kind)).toEqual(['curve']);
    model.dispose();
  });
});
