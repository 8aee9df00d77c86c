import type * as tf from '@tensorflow/tfjs';
import { deriveSeed } from '../../lib/rng';
import type { PreparedData } from '../../experiment/prepare';
import type { PredictionsOf } from '../client/protocol';
import { permutationImportance } from './permutation-importance';
import { PREDICT_BATCH, predictClasses, predictValues } from './model-outputs';

/** Shuffles of each column, scikit-learn's default n_repeats. */
const REPEATS = 5;
/** Validation rows scored at most (the first ones; the split is already random). */
const MAX_ROWS = 2000;

/**
 * Permutation feature importance of the model on the validation set, scored with accuracy for
 * classification and R² for regression, shuffled with a stream of the spec's seed.
 */
export async function featureImportance(
  model: tf.LayersModel,
  data: PreparedData,
  epoch: number,
  seed: number,
): Promise<PredictionsOf<'feature-importance'>> {
  const { validation, info } = data;
  const { featureCount } = validation;
  const count = Math.min(validation.count, MAX_ROWS);
  const targets = validation.targets.subarray(0, count);
  const metric = info.task === 'regression' ? 'r2' : 'accuracy';
  const score = async (features: Float32Array) => {
    if (metric === 'r2') {
      const shape = [count, featureCount];
      return r2Score(targets, await predictValues(model, features, shape, PREDICT_BATCH));
    }
    const predicted = await predictClasses(model, { features, targets, count, featureCount }, info);
    return (
      predicted.reduce((correct, guess, i) => correct + (guess === targets[i] ? 1 : 0), 0) / count
    );
  };
  const { baseline, importances } = await permutationImportance(
    validation.features.subarray(0, count * featureCount),
    featureCount,
    score,
    { repeats: REPEATS, seed: deriveSeed(seed, 'permutation') },
  );
  return {
    kind: 'feature-importance',
    epoch,
    metric,
    baseline,
    repeats: REPEATS,
    features: importances.map((importance, i) => ({
      name: info.featureNames[i] ?? `feature ${i + 1}`,
      ...importance,
    })),
  };
}

/** scikit-learn's r2_score: 1 for a perfect fit of constant targets, 0 for an imperfect one. */
export function r2Score(actual: ArrayLike<number>, predicted: ArrayLike<number>): number {
  let mean = 0;
  for (let i = 0; i < actual.length; i++) mean += actual[i] as number;
  mean /= actual.length;
  let residual = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    residual += ((actual[i] as number) - (predicted[i] as number)) ** 2;
    total += ((actual[i] as number) - mean) ** 2;
  }
  if (total === 0) return residual === 0 ? 1 : 0;
  return 1 - residual / total;
}
