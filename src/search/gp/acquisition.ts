import { logStandardImprovement } from '../math/normal';
import type { Prediction } from './posterior';

/**
 * log of the expected improvement below `best` (minimisation), E[max(0, best − f)] with
 * f ~ N(mean, variance): EI = σ h(z), z = (best − mean) / σ, h(z) = z Φ(z) + φ(z).
 * log EI = log σ + log h(z), finite however far below zero z falls (where EI itself underflows
 * and its gradient vanishes), so the acquisition optimiser still climbs there. Writes
 * ∂ log EI / ∂x into `gradient` from the gradients of the mean and variance.
 */
export function logExpectedImprovement(
  { mean, variance }: Prediction,
  best: number,
  meanGradient?: Float64Array,
  varianceGradient?: Float64Array,
  gradient?: Float64Array,
): number {
  const sigma = Math.sqrt(variance);
  const z = (best - mean) / sigma;
  const { value, slope } = logStandardImprovement(z);
  if (meanGradient && varianceGradient && gradient) {
    // ∂/∂mean = −slope / σ; ∂/∂σ = (1 − z slope) / σ and ∂σ/∂variance = 1 / (2σ).
    const byMean = -slope / sigma;
    const byVariance = (1 - z * slope) / (2 * variance);
    for (let d = 0; d < gradient.length; d++) {
      gradient[d] =
        byMean * (meanGradient[d] as number) + byVariance * (varianceGradient[d] as number);
    }
  }
  return Math.log(sigma) + value;
}

/**
 * log of the mean EI over several posteriors (one per length-scale setting), and its gradient:
 * log (1/K) Σ_k EI_k, computed from each log EI_k so that none underflows.
 */
export function logMeanExpectedImprovement(
  predictions: readonly Prediction[],
  best: number,
  meanGradients?: readonly Float64Array[],
  varianceGradients?: readonly Float64Array[],
  gradient?: Float64Array,
): number {
  const scratch = gradient ? new Float64Array(gradient.length) : undefined;
  const logs: number[] = [];
  const gradients: Float64Array[] = [];
  predictions.forEach((prediction, k) => {
    logs.push(
      logExpectedImprovement(prediction, best, meanGradients?.[k], varianceGradients?.[k], scratch),
    );
    if (scratch) gradients.push(scratch.slice());
  });
  const top = Math.max(...logs);
  const total = top + Math.log(logs.reduce((sum, v) => sum + Math.exp(v - top), 0));
  if (gradient) {
    gradient.fill(0);
    logs.forEach((v, k) => {
      const share = Math.exp(v - total);
      const g = gradients[k] as Float64Array;
      for (let d = 0; d < gradient.length; d++)
        gradient[d] = (gradient[d] as number) + share * (g[d] as number);
    });
  }
  return total - Math.log(predictions.length);
}
