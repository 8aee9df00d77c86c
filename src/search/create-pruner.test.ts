import { describe, expect, it } from 'vitest';
import type { PrunerSpec } from '../experiment/search-schema';
import { DEFAULT_SEARCH } from '../experiment/search-schema';
import golden from './fixtures/pruner_golden.json';
import { createPruner } from './create-pruner';
import { replayCurves } from './testing/replay-curves';

const curves = golden.curves;
const settings = (kind: 'none' | 'median' | 'asha' | 'hyperband') => ({
  ...DEFAULT_SEARCH.pruner,
  kind,
  startupTrials: 5,
  warmupSteps: 3,
  minResource: 1,
  reductionFactor: 3,
  rungValue: 'last' as const,
});
const replay = (kind: Parameters<typeof settings>[0]) =>
  replayCurves(createPruner(settings(kind), 27), curves, { studyName: golden.study_name });

describe('createPruner', () => {
  it('never prunes with kind none', () => {
    expect(replay('none').every((step) => step === null)).toBe(true);
  });

  it.each([
    ['median', 'median_startup5_warmup3'],
    ['asha', 'sha_min1_eta3'],
    ['hyperband', 'hyperband_min1_max27_eta3'],
  ] as const)('builds %s from the spec settings (as Optuna’s %s)', (kind, config) => {
    expect(replay(kind)).toEqual(golden.results[config].map((r) => r.pruned_at_step));
  });

  /** Three trials; the second's best so far (0.1) beats 0.5, its value at the rung (0.9) does not. */
  const noisy = [
    [0.5, 0.5, 0.5, 0.5, 0.5, 0.5],
    [0.1, 0.9, 0.9, 0.9, 0.9, 0.9],
    [0.7, 0.7, 0.7, 0.7, 0.7, 0.7],
  ];

  it("reads a spec without rungValue (saved before it existed) as Optuna's ASHA", () => {
    const old: PrunerSpec = { ...DEFAULT_SEARCH.pruner, kind: 'asha' };
    delete old.rungValue;
    // By the value at the rung, the second trial is cut too.
    expect(replayCurves(createPruner(old, 27), noisy)).toEqual([null, 4, 4]);
    const golden3: PrunerSpec = settings('asha');
    delete golden3.rungValue;
    const pruned = replayCurves(createPruner(golden3, 27), curves, {
      studyName: golden.study_name,
    });
    expect(pruned).toEqual(golden.results.sha_min1_eta3.map((r) => r.pruned_at_step));
  });

  it('builds the default ASHA from epoch 5, keeping the best quarter by best value so far', () => {
    const pruner = createPruner({ ...DEFAULT_SEARCH.pruner, kind: 'asha' }, 27);
    expect(replayCurves(pruner, noisy)).toEqual([null, null, 4]);
  });
});
