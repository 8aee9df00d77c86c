import { describe, expect, it } from 'vitest';
import { describePrunerConformance } from './testing/pruner-conformance';
import { replayCurves } from './testing/replay-curves';
import { Study } from './study';
import { completedRungKey, createSuccessiveHalvingPruner } from './successive-halving-pruner';

describePrunerConformance(
  'successive halving pruner',
  () => createSuccessiveHalvingPruner({ minResource: 2, reductionFactor: 3 }),
  { firstPrunableStep: 2 },
);

const flat = (value: number, steps = 10) => Array.from({ length: steps }, () => value);

describe('createSuccessiveHalvingPruner', () => {
  it('promotes the best third at each rung (rungs at steps 1, 3, 9)', () => {
    const pruner = createSuccessiveHalvingPruner({ minResource: 1, reductionFactor: 3 });
    // Values 1..6: rung 0 keeps values at or below the 2nd smallest once 6 compete.
    const pruned = replayCurves(
      pruner,
      [1, 2, 3, 4, 5, 6, 0.5, 7].map((v) => flat(v)),
    );
    expect(pruned).toEqual([null, 1, 1, 1, 1, 1, null, 1]);
  });

  it('records the value at each completed rung on the trial', () => {
    const study = new Study({
      name: 's',
      direction: 'minimize',
      space: { params: [] },
      sampler: { sample: () => ({}) },
      pruner: createSuccessiveHalvingPruner({ minResource: 1, reductionFactor: 2 }),
    });
    const trial = study.ask()!;
    for (let step = 0; step < 5; step++) {
      trial.report(step, 10 - step);
      expect(trial.shouldPrune()).toBe(false);
    }
    const attrs = study.trial(trial.number).systemAttrs;
    // Rungs end at steps 1, 2 and 4 (1 × 2^rung).
    expect([...attrs]).toEqual([
      [completedRungKey(0), 9],
      [completedRungKey(1), 8],
      [completedRungKey(2), 6],
    ]);
  });

  it("estimates minResource 'auto' from the first complete trial", () => {
    const pruner = createSuccessiveHalvingPruner({ minResource: 'auto', reductionFactor: 2 });
    // Trial 0 records no rungs while no trial is complete; then rungs start at step 249 // 100 = 2.
    const pruned = replayCurves(pruner, [flat(1, 250), flat(5, 250), flat(9, 250)]);
    expect(pruned).toEqual([null, null, 2]);
  });

  it('prunes a trial whose rung value is NaN', () => {
    const pruner = createSuccessiveHalvingPruner({ minResource: 1, reductionFactor: 3 });
    expect(replayCurves(pruner, [flat(Number.NaN)])).toEqual([1]);
  });

  it('prunes at a rung that holds no more than bootstrapCount values', () => {
    const pruner = createSuccessiveHalvingPruner({
      minResource: 1,
      reductionFactor: 2,
      bootstrapCount: 2,
    });
    // The third trial passes rung 0 (three values) but is alone at rung 1.
    expect(replayCurves(pruner, [flat(1), flat(2), flat(0.5)])).toEqual([1, 1, 2]);
    expect(() =>
      createSuccessiveHalvingPruner({ minResource: 'auto', reductionFactor: 2, bootstrapCount: 1 }),
    ).toThrow('bootstrap count');
  });
});
