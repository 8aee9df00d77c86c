import type { Dataset } from './types';

/** Per-feature mean and standard deviation, fitted on training rows only. */
export interface Standardizer {
  mean: Float32Array;
  std: Float32Array;
}

export function fitStandardizer(train: Dataset): Standardizer {
  const { featureCount, count, features } = train;
  const n = Math.max(1, count);
  const mean = new Float64Array(featureCount);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < featureCount; j++)
      mean[j] = (mean[j] as number) + (features[i * featureCount + j] as number);
  }
  for (let j = 0; j < featureCount; j++) mean[j] = (mean[j] as number) / n;
  // Two passes (deviations from the mean) rather than E[x²] − mean², which cancels catastrophically
  // for a small spread around a large value.
  const squares = new Float64Array(featureCount);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < featureCount; j++) {
      const d = (features[i * featureCount + j] as number) - (mean[j] as number);
      squares[j] = (squares[j] as number) + d * d;
    }
  }
  const std = new Float32Array(featureCount);
  for (let j = 0; j < featureCount; j++) {
    const variance = (squares[j] as number) / n;
    // A constant feature (e.g. an always-blank MNIST corner) is only centred, not divided by zero.
    std[j] = variance > 1e-12 ? Math.sqrt(variance) : 1;
  }
  return { mean: Float32Array.from(mean), std };
}

/** Returns a new dataset with (x - mean) / std applied to every feature; targets are shared. */
export function applyStandardizer(data: Dataset, { mean, std }: Standardizer): Dataset {
  const { featureCount } = data;
  const features = new Float32Array(data.features.length);
  for (let i = 0; i < data.features.length; i++) {
    const j = i % featureCount;
    features[i] = ((data.features[i] as number) - (mean[j] as number)) / (std[j] as number);
  }
  return { ...data, features };
}
