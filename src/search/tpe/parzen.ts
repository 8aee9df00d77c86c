import type { Rng } from '../../lib/rng';
import { normalCdf, normalLogPdf } from '../math/normal';

/** Optuna's guard against log(0) and division by zero in the Parzen estimators. */
const EPS = 1e-12;
const MAX_REJECTIONS = 100;

/** Where a numeric parameter's Parzen estimator lives: [low, high] in internal units (log if log). */
export interface NumericDomain {
  low: number;
  high: number;
  /** Width of an int's step (its values own [x − q/2, x + q/2]); null for continuous values. */
  step: number | null;
}

/** One truncated normal per observation, then a wide prior one: N(mid, range). */
export interface NumericKernels {
  mus: Float64Array;
  sigmas: Float64Array;
}

/** Kernels of width `bandwidth` × range at the observations; the prior N(mid, range) comes last. */
export function numericKernels(
  observations: readonly number[],
  domain: NumericDomain,
  bandwidth: number,
): NumericKernels {
  const range = domain.high - domain.low;
  const sigma = bandwidth * range;
  return {
    mus: Float64Array.from([...observations, 0.5 * (domain.low + domain.high)]),
    sigmas: Float64Array.from([...observations.map(() => sigma), range]),
  };
}

/** A draw from component k, its normal truncated to [low, high]. */
export function sampleNumericKernel(
  kernels: NumericKernels,
  k: number,
  domain: NumericDomain,
  rng: Rng,
): number {
  const mu = kernels.mus[k] as number;
  const sigma = kernels.sigmas[k] as number;
  // Rejection is cheap here: every mean lies in [low, high] and σ ≤ range, so ≥ 34% is accepted.
  for (let attempt = 0; attempt < MAX_REJECTIONS; attempt++) {
    const x = mu + sigma * rng.normal();
    if (x >= domain.low && x <= domain.high) return x;
  }
  return mu;
}

/**
 * What each component's log density spends on constants, computed once per estimator instead of
 * once per candidate: log σ_k and the log of the mass the truncation to [low, high] accepts (two
 * normal CDFs, whose tail continued fraction is the costly part of a TPE ask).
 */
export interface NumericKernelConstants {
  sigmas: Float64Array;
  logSigmas: Float64Array;
  /** log(accept) for continuous values, log(accept + EPS) for ints (as each formula has it). */
  logAccepts: Float64Array;
}

export function numericKernelConstants(
  kernels: NumericKernels,
  domain: NumericDomain,
): NumericKernelConstants {
  const { low, high, step } = domain;
  const sigmas = kernels.sigmas.map((sigma) => Math.max(sigma, EPS));
  const logAccepts = kernels.mus.map((mu, k) => {
    const sigma = sigmas[k] as number;
    const accept = normalCdf((high - mu) / sigma) - normalCdf((low - mu) / sigma);
    return step === null ? Math.log(accept) : Math.log(accept + EPS);
  });
  return { sigmas, logSigmas: sigmas.map(Math.log), logAccepts };
}

/** Each component's log density at x: continuous, or the mass of x's step for ints. */
export function numericKernelLogPdfs(
  kernels: NumericKernels,
  domain: NumericDomain,
  x: number,
  constants: NumericKernelConstants = numericKernelConstants(kernels, domain),
  into: Float64Array = new Float64Array(kernels.mus.length),
): Float64Array {
  const { low, high, step } = domain;
  const { mus } = kernels;
  const { sigmas, logSigmas, logAccepts } = constants;
  if (step === null) {
    for (let k = 0; k < mus.length; k++) {
      const z = (x - (mus[k] as number)) / (sigmas[k] as number);
      into[k] = normalLogPdf(z) - (logSigmas[k] as number) - (logAccepts[k] as number);
    }
    return into;
  }
  const upper = Math.min(x + step / 2, high);
  const lower = Math.max(x - step / 2, low);
  for (let k = 0; k < mus.length; k++) {
    const mu = mus[k] as number;
    const sigma = sigmas[k] as number;
    const mass = normalCdf((upper - mu) / sigma) - normalCdf((lower - mu) / sigma);
    into[k] = Math.log(mass + EPS) - (logAccepts[k] as number);
  }
  return into;
}
