import { createRng, deriveSeed } from '../lib/rng';
import { eiAcquisition } from './gp/ei-acquisition';
import { createEncoder } from './gp/encode';
import { fitHyperparameters } from './gp/fit';
import type { RawHyperparameters } from './gp/hyperparameters';
import { toKernelParams } from './gp/hyperparameters';
import type { KernelParams } from './gp/kernel';
import { maximizeAcquisition } from './gp/optimize-acquisition';
import { GrowingFactorization } from './gp/factorization';
import { conditionOn } from './gp/posterior';
import { gpTargets } from './gp/targets';
import { createRandomSampler } from './random-sampler';
import type { Sampler, TrialRecord } from './types';

export interface GpSamplerOptions {
  seed: number;
  /** Trials drawn at random before the GP has enough to go on. */
  startupTrials: number;
}

/** Random candidates scored, then the best few (and the best trial) refined by L-BFGS. */
const ACQUISITION_SEARCH = { candidates: 512, localStarts: 5, maxIterations: 30 };
/** A fit from scratch (several starts) whenever the trials have doubled since the last one. */
const FULL_FIT = { randomRestarts: 3, maxIterations: 100 };
/** In between, a fit that starts from the last one, once the trials have grown by 10%. */
const REFIT_GROWTH = 0.1;
const WARM_FIT_ITERATIONS = 10;

/**
 * EI is averaged over the fitted length scales and the same scaled by these factors: length
 * scales fitted to a few dozen points are overconfident, and averaging over shorter ones (a crude
 * integral over their uncertainty) keeps EI exploring between the trials. A small gain: 140
 * instead of 137 of 200 Hartmann-6 runs find the global basin; shorter still costs Branin its
 * precision.
 */
const LENGTHSCALE_FACTORS = [1, 0.7];

/** Complete trials with a finite value: what the GP is fitted to. */
function observations(trials: readonly TrialRecord[]): TrialRecord[] {
  // Pruned trials are left out: their value is from an earlier epoch, not the objective, and
  // would pull the fit (Optuna's GPSampler does the same); failed and diverged ones have none.
  return trials.filter(
    (t) => t.state === 'complete' && t.value !== null && Number.isFinite(t.value),
  );
}

function withLengthscalesScaled(params: KernelParams, factor: number): KernelParams {
  return {
    ...params,
    inverseSquaredLengthscales: params.inverseSquaredLengthscales.map((l) => l / factor ** 2),
  };
}

/**
 * Bayesian optimisation (Optuna's GPSampler): a Matérn 5/2 ARD Gaussian process on the unit cube,
 * hyperparameters by maximum a posteriori, the next point by maximising log expected improvement.
 * Trials still running join the posterior with the best value seen (a constant liar), so parallel
 * workers are not all sent to the same point.
 */
export function createGpSampler({ seed, startupTrials }: GpSamplerOptions): Sampler {
  const random = createRandomSampler({ seed });
  // The last fit's hyperparameters, reused until the trials grow, then the next fit's start.
  let previous: RawHyperparameters | null = null;
  let trialsAtFit = 0;
  let trialsAtFullFit = 0;
  // One factorisation per length-scale setting, kept while the hyperparameters stay: each ask
  // appends the new points' rows instead of factoring everything again. A refit starts them
  // over with the new kernel in the storage they have.
  let factorizations: { of: RawHyperparameters; each: GrowingFactorization[] } | null = null;

  return {
    sample: (context) => {
      const observed = observations(context.trials);
      const encoder = createEncoder(context.space);
      if (observed.length < Math.max(1, startupTrials) || encoder.width === 0) {
        return random.sample(context);
      }
      const rng = createRng(deriveSeed(seed, `gp:${context.number}`));
      const points = observed.map((t) => encoder.encode(t.params));
      const y = gpTargets(
        observed.map((t) => t.value as number),
        context.direction,
      );
      const best = Math.min(...y);

      // From scratch on a new space, a shrunk history, or twice the trials of the last such fit.
      const full =
        previous?.length !== encoder.width + 2 ||
        points.length < trialsAtFit ||
        points.length >= 2 * trialsAtFullFit;
      const refit = full || points.length >= (1 + REFIT_GROWTH) * trialsAtFit;
      if (full) trialsAtFullFit = points.length;
      if (refit) {
        trialsAtFit = points.length;
        previous = fitHyperparameters(points, y, {
          warmStart: full ? null : previous,
          randomRestarts: FULL_FIT.randomRestarts,
          maxIterations: full ? FULL_FIT.maxIterations : WARM_FIT_ITERATIONS,
          rng,
        });
      }
      const hyperparameters = previous as RawHyperparameters;

      const pending = context.trials
        .filter((t) => t.state === 'running' || t.state === 'waiting')
        .map((t) => encoder.encode(t.params));
      if (factorizations?.of !== hyperparameters) {
        const fitted = toKernelParams(hyperparameters);
        const kernels = LENGTHSCALE_FACTORS.map((factor) => withLengthscalesScaled(fitted, factor));
        const each =
          factorizations?.each ?? kernels.map((kernel) => new GrowingFactorization(kernel));
        each.forEach((factorization, k) => factorization.reset(kernels[k] as KernelParams));
        factorizations = { of: hyperparameters, each };
      }
      const posteriors = factorizations.each.map((factorization) =>
        conditionOn(
          factorization,
          [...points, ...pending],
          Float64Array.from([...y, ...pending.map(() => best)]),
        ),
      );
      const x = maximizeAcquisition(
        context.space,
        encoder,
        eiAcquisition(posteriors, best, encoder.width),
        [points[y.indexOf(best)] as Float64Array],
        rng,
        ACQUISITION_SEARCH,
      );
      return encoder.decode(x);
    },
  };
}
