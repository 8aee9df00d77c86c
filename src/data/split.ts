import { createRng } from '../lib/rng';
import type { Dataset } from './types';

export interface Split {
  train: Dataset;
  validation: Dataset;
}

/** Selects rows of a dataset by index, copying them into new typed arrays. */
export function takeRows(data: Dataset, indices: readonly number[]): Dataset {
  const { featureCount } = data;
  const features = new Float32Array(indices.length * featureCount);
  const targets = new Float32Array(indices.length);
  indices.forEach((row, i) => {
    features.set(
      data.features.subarray(row * featureCount, (row + 1) * featureCount),
      i * featureCount,
    );
    targets[i] = data.targets[row] as number;
  });
  return { features, targets, count: indices.length, featureCount };
}

/** A seeded random train/validation split; `validationFraction` of the rows (rounded) go to validation. */
export function splitTrainValidation(
  data: Dataset,
  validationFraction: number,
  seed: number,
): Split {
  if (!(validationFraction > 0 && validationFraction < 1)) {
    throw new RangeError(`validationFraction must be between 0 and 1, got ${validationFraction}`);
  }
  const order = createRng(seed).shuffle(Array.from({ length: data.count }, (_, i) => i));
  const validationCount = Math.round(data.count * validationFraction);
  return {
    validation: takeRows(data, order.slice(0, validationCount)),
    train: takeRows(data, order.slice(validationCount)),
  };
}
