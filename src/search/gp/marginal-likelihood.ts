import type { SplitFunction } from '../math/minimize-box';
import { logPrior, toKernelParams } from './hyperparameters';
import { matern52, matern52Slope } from './kernel';
import {
  choleskyLower,
  inverseFromCholesky,
  solveLower,
  solveLowerTransposed,
} from './linear-algebra';

const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * The loss a fit minimises over raw hyperparameters: −(log marginal likelihood + log prior), with
 * its analytic gradient ∂/∂θ log p(y) = ½ tr((α αᵀ − K⁻¹) ∂K/∂θ), α = K⁻¹ y. The gradient needs
 * K⁻¹, as costly again as the value's factorisation, so it is computed only when asked for (the
 * fit asks only where it takes a step).
 */
export function hyperparameterLoss(
  points: readonly Float64Array[],
  y: Float64Array,
): SplitFunction {
  const n = points.length;
  const dims = (points[0] as Float64Array).length;
  // Squared differences per pair (i > j) and column: they do not depend on the hyperparameters.
  const pairs = (n * (n - 1)) / 2;
  const squaredDiffs = new Float64Array(pairs * dims);
  for (let i = 0, p = 0; i < n; i++) {
    for (let j = 0; j < i; j++, p++) {
      for (let d = 0; d < dims; d++) {
        const diff =
          ((points[i] as Float64Array)[d] as number) - ((points[j] as Float64Array)[d] as number);
        squaredDiffs[p * dims + d] = diff * diff;
      }
    }
  }
  const distances = new Float64Array(pairs);

  // The state value() leaves for gradient(): the factor and α at the last raw hyperparameters.
  let last: {
    raw: Float64Array;
    s: number;
    isl: Float64Array;
    k: Float64Array;
    l: Float64Array;
    alpha: Float64Array;
  } | null = null;
  const priorScratch = new Float64Array(dims + 2);

  return {
    value: (raw) => {
      last = null;
      const params = toKernelParams(raw);
      const isl = params.inverseSquaredLengthscales;
      const s = params.signalVariance;
      const k = new Float64Array(n * n);
      for (let i = 0, p = 0; i < n; i++) {
        k[i * n + i] = s + params.noiseVariance;
        for (let j = 0; j < i; j++, p++) {
          let d2 = 0;
          for (let d = 0; d < dims; d++)
            d2 += (squaredDiffs[p * dims + d] as number) * (isl[d] as number);
          distances[p] = d2;
          const value = s * matern52(d2);
          k[i * n + j] = value;
          k[j * n + i] = value;
        }
      }
      let l: Float64Array;
      try {
        l = choleskyLower(k, n);
      } catch {
        return Infinity;
      }
      const alpha = solveLowerTransposed(l, n, solveLower(l, n, y));
      let logLikelihood = -n * HALF_LOG_2PI;
      for (let i = 0; i < n; i++) {
        logLikelihood -=
          0.5 * (y[i] as number) * (alpha[i] as number) + Math.log(l[i * n + i] as number);
      }
      last = { raw: raw.slice(), s, isl, k, l, alpha };
      return -(logLikelihood + logPrior(raw, priorScratch.fill(0)));
    },

    gradient: (gradient) => {
      gradient.fill(0);
      // A failed factorisation has no gradient (its value is infinite).
      if (!last) return;
      const { raw, s, isl, k, l, alpha } = last;
      const kInverse = inverseFromCholesky(l, n);
      let diagonalW = 0;
      for (let i = 0, p = 0; i < n; i++) {
        const ai = alpha[i] as number;
        diagonalW += ai * ai - (kInverse[i * n + i] as number);
        for (let j = 0; j < i; j++, p++) {
          // Off-diagonal pairs count twice in the trace, which cancels the ½.
          const w = ai * (alpha[j] as number) - (kInverse[i * n + j] as number);
          const slope = w * s * matern52Slope(distances[p] as number);
          for (let d = 0; d < dims; d++) {
            gradient[d] =
              (gradient[d] as number) +
              slope * (isl[d] as number) * (squaredDiffs[p * dims + d] as number);
          }
          gradient[dims] = (gradient[dims] as number) + w * (k[i * n + j] as number);
        }
      }
      gradient[dims] = (gradient[dims] as number) + 0.5 * diagonalW * s;
      // noise = MIN_NOISE + e^raw, so ∂K/∂raw = e^raw I.
      gradient[dims + 1] = 0.5 * diagonalW * Math.exp(raw[dims + 1] as number);
      logPrior(raw, gradient);
      for (let i = 0; i < gradient.length; i++) gradient[i] = -(gradient[i] as number);
    },
  };
}
