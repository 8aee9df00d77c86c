import { describe, expect, it } from 'vitest';
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
});
