import type { Rng } from '../lib/rng';
import { createRng, deriveSeed } from '../lib/rng';
import type { Distribution, ParamValue } from '../spec/search-space';
import { isActive } from './space';
import type { Params, Sampler, SearchSpace } from './types';

/**
 * Optuna's RandomSampler: each active parameter drawn independently and uniformly (in log space
 * for log scales). The generator is derived from (seed, trial number), so trials asked in parallel
 * get the same values whatever order they are asked in.
 */
export function createRandomSampler({ seed }: { seed: number }): Sampler {
  return {
    sample: ({ space, number }) =>
      sampleRandomParams(space, createRng(deriveSeed(seed, `trial:${number}`))),
  };
}

/** Draws every active parameter of `space` in order, so conditions see the values before them. */
export function sampleRandomParams(space: SearchSpace, rng: Rng): Params {
  const params: Record<string, ParamValue> = {};
  for (const def of space.params) {
    if (isActive(def, params)) params[def.name] = sampleDistribution(def.distribution, rng);
  }
  return params;
}

/** One uniform draw, transformed like Optuna's _SearchSpaceTransform (ints widened by half a step). */
export function sampleDistribution(distribution: Distribution, rng: Rng): ParamValue {
  switch (distribution.type) {
    case 'categorical':
      return distribution.choices[rng.int(distribution.choices.length)] as ParamValue;
    case 'float': {
      const { low, high, log } = distribution;
      if (low === high) return low;
      const x = log ? Math.exp(rng.uniform(Math.log(low), Math.log(high))) : rng.uniform(low, high);
      return clamp(x, low, high);
    }
    case 'int': {
      const { low, high, step, log } = distribution;
      if (low === high) return low;
      if (log) {
        const x = Math.exp(rng.uniform(Math.log(low - 0.5), Math.log(high + 0.5)));
        return clamp(Math.round(x), low, high);
      }
      // Optuna moves `high` down onto the step grid when the range is not a multiple of step.
      const top = low + Math.floor((high - low) / step) * step;
      const x = rng.uniform(low - step / 2, top + step / 2);
      return clamp(low + Math.round((x - low) / step) * step, low, top);
    }
  }
}

function clamp(x: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, x));
}
