import { describe, expect, it } from 'vitest';
import { createHyperbandPruner, hyperbandBracket, hyperbandBudgets } from './hyperband-pruner';
import { describePrunerConformance, syntheticCurves } from './testing/pruner-conformance';
import { replayCurves } from './testing/replay-curves';
import { createSuccessiveHalvingPruner } from './successive-halving-pruner';

describePrunerConformance(
  'hyperband pruner',
  () => createHyperbandPruner({ minResource: 1, maxResource: 27, reductionFactor: 3 }),
  { firstPrunableStep: 1 },
);

describe('hyperbandBudgets', () => {
  it('gives Optuna’s brackets and trial budgets', () => {
    expect(hyperbandBudgets(1, 27, 3)).toEqual([27, 12, 6, 4]);
    expect(hyperbandBudgets(2, 27, 3)).toEqual([9, 5, 3]);
    expect(hyperbandBudgets(1, 100, 10)).toEqual([100, 15, 3]);
    expect(hyperbandBudgets(5, 5, 3)).toEqual([1]);
    expect(hyperbandBudgets(10, 5, 3)).toEqual([]);
  });

  it('counts one bracket fewer where Python’s math.log falls just short of a power', () => {
    // math.log(243, 3) is 4.999999999999999 and math.log(1000, 10) 2.9999999999999996.
    expect(hyperbandBudgets(1, 243, 3)).toHaveLength(5);
    expect(hyperbandBudgets(1, 1000, 10)).toHaveLength(3);
    expect(hyperbandBudgets(1, 81, 3)).toHaveLength(5);
  });
});

describe('hyperbandBracket', () => {
  it('hashes the study name and trial number as Optuna does', () => {
    const budgets = hyperbandBudgets(1, 27, 3);
    // crc32('golden_0') % (27 + 12 + 6 + 4) = 31: past bracket 0's 27, within bracket 1's 12.
    expect(hyperbandBracket(budgets, 'golden', 0)).toBe(1);
    const counts = [0, 0, 0, 0];
    for (let n = 0; n < 4900; n++) counts[hyperbandBracket(budgets, 'study', n)]! += 1;
    // About 27 : 12 : 6 : 4 of the trials.
    expect(counts[0]! / 4900).toBeCloseTo(27 / 49, 1);
    expect(counts[3]! / 4900).toBeCloseTo(4 / 49, 1);
  });
});

describe('createHyperbandPruner', () => {
  it('judges each trial only against trials of its own bracket', () => {
    const curves = syntheticCurves(60, 27, 9);
    const budgets = hyperbandBudgets(1, 27, 3);
    const pruned = replayCurves(
      createHyperbandPruner({ minResource: 1, maxResource: 27, reductionFactor: 3 }),
      curves,
      { studyName: 'brackets' },
    );
    for (const bracket of budgets.keys()) {
      const members = curves.flatMap((_, n) =>
        hyperbandBracket(budgets, 'brackets', n) === bracket ? [n] : [],
      );
      const alone = replayCurves(
        createSuccessiveHalvingPruner({
          minResource: 1,
          reductionFactor: 3,
          minEarlyStoppingRate: bracket,
        }),
        members.map((n) => curves[n]!),
      );
      expect(members.map((n) => pruned[n])).toEqual(alone);
    }
  });

  it('never prunes when the maximum resource is below the minimum', () => {
    const pruner = createHyperbandPruner({ minResource: 5, maxResource: 2, reductionFactor: 3 });
    const curves = syntheticCurves(10, 27, 2);
    expect(replayCurves(pruner, curves).every((step) => step === null)).toBe(true);
  });
});
