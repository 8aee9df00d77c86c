import type { SearchSpec } from '../experiment/search-schema';
import { createGpSampler } from './gp-sampler';
import { createGridSampler } from './grid-sampler';
import { createRandomSampler } from './random-sampler';
import { createTpeSampler } from './tpe-sampler';
import type { Sampler } from './types';

/** The sampler a search spec asks for, seeded by the spec (it reads only these three fields). */
export function createSampler(
  search: Pick<SearchSpec, 'strategy' | 'seed' | 'startupTrials'>,
): Sampler {
  const { seed, startupTrials } = search;
  switch (search.strategy) {
    case 'grid':
      return createGridSampler({ seed, shuffle: true });
    case 'random':
      return createRandomSampler({ seed });
    case 'gp':
      return createGpSampler({ seed, startupTrials });
    case 'tpe':
      return createTpeSampler({ seed, startupTrials });
  }
}
