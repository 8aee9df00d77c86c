import type * as tf from '@tensorflow/tfjs';
import type { DatasetInfo } from '../../data/types';
import { isClassification } from '../../data/types';
import type { PreparedData } from '../../experiment/prepare';
import type { PredictionKind, Predictions, PredictionsOf } from '../client/protocol';
import { predictionsSchema } from '../client/protocol';
import { explainDigits } from './attributions';
import { featureImportance } from './feature-importance';
import { columnExtent, gridBounds, gridInputs } from './grid';
import { hiddenUnits } from './hidden-units';
import { originalPixels, predictClasses, predictValues } from './model-outputs';

/** Validation images the misclassified view shows at most. */
const MISCLASSIFIED_LIMIT = 32;

/**
 * What the live charts can show for this data: a grid over the plane and the hidden units' pictures
 * for 2-D inputs, a curve for 1-D regression, a confusion matrix for any classification, feature
 * importance for any 1-D input (tabular, CSV, 2-D), and the wrong guesses and their attributions
 * for MNIST.
 */
export function predictionKinds(info: DatasetInfo, dataName: string): PredictionKind[] {
  const shape = info.inputShape.join('x');
  const kinds: PredictionKind[] = [];
  if (shape === '2') kinds.push('grid', 'hidden-units');
  if (shape === '1' && info.task === 'regression') kinds.push('curve');
  if (isClassification(info.task)) kinds.push('confusion');
  if (info.inputShape.length === 1) kinds.push('feature-importance');
  if (dataName === 'mnist') kinds.push('misclassified', 'attributions');
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
  const values = await predictValues(model, gridInputs(x, y, size), [size * size, 2], size * size);
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

/**
 * Every kind asked for (hidden units only when the model has a hidden Dense layer), sharing one
 * pass over the validation set between confusion, misclassified and attributions. `seed` is the
 * spec's training seed.
 */
export async function computePredictions(
  model: tf.Sequential,
  data: PreparedData,
  kinds: readonly PredictionKind[],
  epoch: number,
  seed: number,
): Promise<Predictions[]> {
  const results: Predictions[] = [];
  const wants = (...which: PredictionKind[]) => which.some((kind) => kinds.includes(kind));
  if (wants('grid')) results.push(await predictGrid(model, data, epoch));
  if (wants('hidden-units')) await explain(results, () => hiddenUnits(model, data, epoch));
  if (wants('curve')) results.push(await predictCurve(model, data, epoch));
  if (wants('confusion', 'misclassified', 'attributions')) {
    const predicted = await predictClasses(model, data.validation, data.info);
    if (wants('confusion')) results.push(confusionOf(data, predicted, epoch));
    if (wants('misclassified'))
      results.push(misclassifiedOf(data, predicted, epoch, MISCLASSIFIED_LIMIT));
    if (wants('attributions'))
      await explain(results, () => explainDigits(model, data, predicted, epoch));
  }
  if (wants('feature-importance'))
    await explain(results, () => featureImportance(model, data, epoch, seed));
  return results;
}

/**
 * Adds an explanation unless it fails or comes out with numbers that are not finite (a model
 * whose outputs overflow): an explanation is extra, and must never fail a run that trained.
 */
async function explain(
  results: Predictions[],
  compute: () => Promise<Predictions | null>,
): Promise<void> {
  try {
    const explanation = await compute();
    if (explanation && predictionsSchema.safeParse(explanation).success) results.push(explanation);
  } catch {
    // Left out: the charts of the run show without it.
  }
}

/** The buffers to transfer with a postMessage of these predictions: none is copied. */
export function transferablesOf(...predictions: Predictions[]): ArrayBuffer[] {
  const arrays = predictions.flatMap((p) => {
    if (p.kind === 'grid') return [p.values];
    if (p.kind === 'curve') return [p.xs, p.ys];
    if (p.kind === 'misclassified') return [p.images];
    if (p.kind === 'attributions') return [p.images, p.saliency, p.integrated];
    if (p.kind === 'hidden-units') return [p.values];
    return [];
  });
  const buffers = arrays.map((a) => a.buffer).filter((b) => b instanceof ArrayBuffer);
  return [...new Set(buffers)];
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
  const { validation, info } = data;
  const [height = 1, width = validation.featureCount] = info.inputShape;
  const wrong: number[] = [];
  for (let i = 0; i < validation.count && wrong.length < limit; i++) {
    if (predicted[i] !== validation.targets[i]) wrong.push(i);
  }
  // Back to the pixel scale the student knows when the features were standardised.
  const images = originalPixels(data, wrong);
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
