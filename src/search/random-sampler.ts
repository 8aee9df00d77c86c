import type { Rng } from '../lib/rng';
import { createRng, deriveSeed } from '../lib/rng';
import type { Distribution, ParamValue } from '../experiment/search-schema';
import { isActive } from './space';
import type { NumericDistribution } from './transform';
import { fromInternal, numericDomain } from './transform';
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
    default:
      if (distribution.low === distribution.high) return distribution.low;
      return drawNumeric(distribution, rng);
  }
}

function drawNumeric(d: NumericDistribution, rng: Rng): number {
  const { low, high } = numericDomain(d);
  return fromInternal(d, rng.uniform(low, high));
}
