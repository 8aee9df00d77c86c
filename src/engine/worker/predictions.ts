import * as tf from '@tensorflow/tfjs';
import type { Dataset, DatasetInfo } from '../../data/types';
import { isClassification } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';
import type { PredictionKind, Predictions, PredictionsOf } from '../client/protocol';

type Range = [number, number];

/** Rows per forward pass when predicting a whole held-out set. */
const PREDICT_BATCH = 512;
/** Room left around the data on each side of the grid, as a share of its reach from the centre. */
const GRID_PADDING = 0.1;
/** Validation images the misclassified view shows at most. */
const MISCLASSIFIED_LIMIT = 32;
const NICE_STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * What the live charts can show for this data: a grid over the plane for 2-D inputs, a curve for
 * 1-D regression, a confusion matrix for any classification, and the wrong guesses for MNIST.
 */
export function predictionKinds(info: DatasetInfo, dataName: string): PredictionKind[] {
  const shape = info.inputShape.join('x');
  const kinds: PredictionKind[] = [];
  if (shape === '2') kinds.push('grid');
  if (shape === '1' && info.task === 'regression') kinds.push('curve');
  if (isClassification(info.task)) kinds.push('confusion');
  if (dataName === 'mnist') kinds.push('misclassified');
  return kinds;
}

/**
 * The model's output at the centres of a size×size grid of cells covering `gridBounds` of the
 * train and validation points, so the image of the grid spans exactly [x, y]. Row 0 is at y min.
 */
export async function predictGrid(
  model: tf.LayersModel,
  data: PreparedData,
  epoch: number,
  size = 64,
): Promise<PredictionsOf<'grid'>> {
  const { x, y } = gridBounds([data.train, data.validation]);
  const inputs = new Float32Array(size * size * 2);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      inputs[2 * (row * size + col)] = cellCentre(x, col, size);
      inputs[2 * (row * size + col) + 1] = cellCentre(y, row, size);
    }
  }
  const values = await predictValues(model, inputs, [size * size, 2], size * size);
  return { kind: 'grid', epoch, size, x, y, outputs: values.length / (size * size), values };
}

/** The predicted y at `points` evenly spaced x from the smallest to the largest x of the data. */
export async function predictCurve(
  model: tf.LayersModel,
  data: PreparedData,
  epoch: number,
  points = 200,
): Promise<PredictionsOf<'curve'>> {
  let [lo, hi] = columnExtent([data.train, data.validation], 0);
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const xs = Float32Array.from({ length: points }, (_, i) => lo + ((hi - lo) * i) / (points - 1));
  const ys = await predictValues(model, xs, [points, 1], points);
  return { kind: 'curve', epoch, xs, ys };
}

/** Counts of (actual, predicted) class pairs on the validation set. */
export async function confusionMatrix(
  model: tf.LayersModel,
  data: PreparedData,
  epoch: number,
): Promise<PredictionsOf<'confusion'>> {
  const predicted = await predictClasses(model, data.validation, data.info);
  return confusionOf(data, predicted, epoch);
}

/** Up to `limit` validation images the model gets wrong, in their original pixel scale. */
export async function misclassifiedImages(
  model: tf.LayersModel,
  data: PreparedData,
  epoch: number,
  limit = MISCLASSIFIED_LIMIT,
): Promise<PredictionsOf<'misclassified'>> {
  const predicted = await predictClasses(model, data.validation, data.info);
  return misclassifiedOf(data, predicted, epoch, limit);
}

/** Every kind asked for, sharing one pass over the validation set between confusion and misclassified. */
export async function computePredictions(
  model: tf.LayersModel,
  data: PreparedData,
  kinds: readonly PredictionKind[],
  epoch: number,
): Promise<Predictions[]> {
  const results: Predictions[] = [];
  if (kinds.includes('grid')) results.push(await predictGrid(model, data, epoch));
  if (kinds.includes('curve')) results.push(await predictCurve(model, data, epoch));
  if (kinds.includes('confusion') || kinds.includes('misclassified')) {
    const predicted = await predictClasses(model, data.validation, data.info);
    if (kinds.includes('confusion')) results.push(confusionOf(data, predicted, epoch));
    if (kinds.includes('misclassified'))
      results.push(misclassifiedOf(data, predicted, epoch, MISCLASSIFIED_LIMIT));
  }
  return results;
}

/** The buffers to transfer with a postMessage of these predictions: none is copied. */
export function transferablesOf(...predictions: Predictions[]): ArrayBuffer[] {
  const arrays = predictions.flatMap((p) => {
    if (p.kind === 'grid') return [p.values];
    if (p.kind === 'curve') return [p.xs, p.ys];
    if (p.kind === 'misclassified') return [p.images];
    return [];
  });
  const buffers = arrays.map((a) => a.buffer).filter((b) => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
}

/**
 * A square around the points, centred on a round number, reaching a round distance past the
 * farthest point in every direction: the same padding on all four sides, equal units on both axes.
 */
export function gridBounds(sets: readonly Dataset[]): { x: Range; y: Range } {
  const [xLo, xHi] = columnExtent(sets, 0);
  const [yLo, yHi] = columnExtent(sets, 1);
  const span = Math.max(xHi - xLo, yHi - yLo);
  const step = span > 0 ? niceCeil(span / 10) : 1;
  const cx = tidy(Math.round((xLo + xHi) / 2 / step) * step);
  const cy = tidy(Math.round((yLo + yHi) / 2 / step) * step);
  const reach = Math.max(xHi - cx, cx - xLo, yHi - cy, cy - yLo);
  const half = reach > 0 ? niceCeil(reach * (1 + GRID_PADDING)) : 1;
  return { x: [tidy(cx - half), tidy(cx + half)], y: [tidy(cy - half), tidy(cy + half)] };
}

/** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten that is at least `value` (> 0). */
export function niceCeil(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const nice = NICE_STEPS.find((s) => s * power >= value * (1 - 1e-9)) ?? 10;
  return tidy(nice * power);
}

/** Drops float noise such as 0.30000000000000004. */
const tidy = (value: number) => Number(value.toPrecision(12));

const cellCentre = ([lo, hi]: Range, index: number, size: number) =>
  lo + ((index + 0.5) * (hi - lo)) / size;

function columnExtent(sets: readonly Dataset[], column: number): Range {
  let lo = Infinity;
  let hi = -Infinity;
  for (const { features, featureCount, count } of sets) {
    for (let i = 0; i < count; i++) {
      const v = features[i * featureCount + column] as number;
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
  }
  return lo <= hi ? [lo, hi] : [0, 0];
}

function singleOutput(output: tf.Tensor | tf.Tensor[]): tf.Tensor {
  if (Array.isArray(output)) throw new Error('The model has several outputs; expected one.');
  return output;
}

/** Runs the model on `inputs` and reads the outputs into a fresh array that can be transferred. */
async function predictValues(
  model: tf.LayersModel,
  inputs: Float32Array,
  shape: number[],
  batchSize: number,
): Promise<Float32Array<ArrayBuffer>> {
  const output = tf.tidy(() =>
    singleOutput(model.predict(tf.tensor(inputs, shape), { batchSize })),
  );
  try {
    // A copy: the backend may hand back its own storage or a view into a larger buffer.
    return Float32Array.from(await output.data());
  } finally {
    output.dispose();
  }
}

/** The class the model picks for each row: above 0.5 is class 1 for binary, else the argmax. */
async function predictClasses(
  model: tf.LayersModel,
  set: Dataset,
  info: DatasetInfo,
): Promise<Int32Array> {
  const labels = tf.tidy(() => {
    const x = tf.tensor(set.features, [set.count, ...info.inputShape]);
    const y = singleOutput(model.predict(x, { batchSize: PREDICT_BATCH }));
    return info.task === 'binary'
      ? tf.cast(tf.greater(tf.reshape(y, [-1]), 0.5), 'int32')
      : tf.argMax(y, -1);
  });
  try {
    return Int32Array.from(await labels.data());
  } finally {
    labels.dispose();
  }
}

function classNamesOf(info: DatasetInfo): string[] {
  const n = info.task === 'binary' ? 2 : info.outputSize;
  return Array.from({ length: n }, (_, i) => info.classNames?.[i] ?? String(i));
}

function confusionOf(
  data: PreparedData,
  predicted: Int32Array,
  epoch: number,
): PredictionsOf<'confusion'> {
  const classNames = classNamesOf(data.info);
  const n = classNames.length;
  const matrix = new Array<number>(n * n).fill(0);
  const { targets, count } = data.validation;
  for (let i = 0; i < count; i++) {
    const actual = targets[i] as number;
    const guess = predicted[i] as number;
    if (actual >= 0 && actual < n && guess >= 0 && guess < n) {
      matrix[actual * n + guess] = (matrix[actual * n + guess] as number) + 1;
    }
  }
  return { kind: 'confusion', epoch, classNames, matrix };
}

function misclassifiedOf(
  data: PreparedData,
  predicted: Int32Array,
  epoch: number,
  limit: number,
): PredictionsOf<'misclassified'> {
  const { validation, standardizer, info } = data;
  const [height = 1, width = validation.featureCount] = info.inputShape;
  const wrong: number[] = [];
  for (let i = 0; i < validation.count && wrong.length < limit; i++) {
    if (predicted[i] !== validation.targets[i]) wrong.push(i);
  }
  const pixels = validation.featureCount;
  const images = new Float32Array(wrong.length * pixels);
  wrong.forEach((row, n) => {
    for (let p = 0; p < pixels; p++) {
      const v = validation.features[row * pixels + p] as number;
      // Back to the pixel scale the student knows when the features were standardised.
      images[n * pixels + p] = standardizer
        ? v * (standardizer.std[p] as number) + (standardizer.mean[p] as number)
        : v;
    }
  });
  return {
    kind: 'misclassified',
    epoch,
    width,
    height,
    images,
    predicted: wrong.map((i) => predicted[i] as number),
    actual: wrong.map((i) => validation.targets[i] as number),
  };
}
