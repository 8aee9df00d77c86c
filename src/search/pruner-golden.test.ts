import { describe, expect, it } from 'vitest';
import golden from './fixtures/pruner_golden.json';
import { createHyperbandPruner } from './hyperband-pruner';
import { createMedianPruner } from './median-pruner';
import { replayCurves } from './testing/replay-curves';
import { createSuccessiveHalvingPruner } from './successive-halving-pruner';
import type { Pruner } from './types';

/** The five configurations the fixture was recorded with, by their names in `results`. */
const CONFIGS: Record<keyof typeof golden.results, () => Pruner> = {
  median_default: () => createMedianPruner({ startupTrials: 5, warmupSteps: 0 }),
  median_startup5_warmup3: () => createMedianPruner({ startupTrials: 5, warmupSteps: 3 }),
  sha_min1_eta3: () => createSuccessiveHalvingPruner({ minResource: 1, reductionFactor: 3 }),
  sha_default_auto_eta4: () =>
    createSuccessiveHalvingPruner({ minResource: 'auto', reductionFactor: 4 }),
  hyperband_min1_max27_eta3: () =>
    createHyperbandPruner({ minResource: 1, maxResource: 27, reductionFactor: 3 }),
};

describe(`pruners against Optuna ${golden.optuna_version}`, () => {
  it('holds the curves the fixture describes', () => {
    expect(golden.curves).toHaveLength(golden.n_trials);
    for (const curve of golden.curves) expect(curve).toHaveLength(golden.n_steps);
  });

  it.each(Object.keys(CONFIGS) as (keyof typeof CONFIGS)[])(
    '%s prunes every trial at the same step as Optuna',
    (config) => {
      const pruned = replayCurves(CONFIGS[config](), golden.curves, {
        studyName: golden.study_name,
      });
      expect(pruned).toEqual(golden.results[config].map((r) => r.pruned_at_step));
    },
  );
});
