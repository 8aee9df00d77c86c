import { describe, expect, it } from 'vitest';
import type { SearchSpec } from '../experiment/search-schema';
import { DEFAULT_SEARCH } from '../experiment/search-schema';
import { createSampler } from './create-sampler';
import { createRandomSampler } from './random-sampler';
import { CONFORMANCE_SPACE, runSyntheticSearch } from './testing/sampler-conformance';
import { gridSize } from './grid-sampler';

const search = (strategy: SearchSpec['strategy']): SearchSpec => ({
  ...DEFAULT_SEARCH,
  strategy,
  seed: 3,
  startupTrials: 4,
});

describe('createSampler', () => {
  it('builds a seeded random sampler', () => {
    expect(runSyntheticSearch(createSampler(search('random')))).toEqual(
      runSyntheticSearch(createRandomSampler({ seed: 3 })),
    );
  });

  it('builds a grid sampler that runs out after the whole grid', () => {
    const size = gridSize(CONFORMANCE_SPACE);
    expect(runSyntheticSearch(createSampler(search('grid')), { trials: size + 5 })).toHaveLength(
      size,
    );
  });

  it.each(['gp', 'tpe'] as const)('builds a %s sampler seeded by the spec', (strategy) => {
    const run = (seed: number) =>
      runSyntheticSearch(createSampler({ ...search(strategy), seed }), { trials: 6 });
    expect(run(3)).toHaveLength(6);
    expect(run(3)).toEqual(run(3));
    expect(run(4)).not.toEqual(run(3));
  });
});
