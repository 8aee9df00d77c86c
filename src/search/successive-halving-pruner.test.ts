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

describePrunerConformance(
  'successive halving pruner ranking by best value',
  () => createSuccessiveHalvingPruner({ minResource: 4, reductionFactor: 4, rungValue: 'best' }),
  { firstPrunableStep: 4 },
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

  describe("rungValue 'best'", () => {
    // Trial 1 dips to 0.1 at step 0 and is at 0.9 at the rung (step 1); trial 0 holds 0.5.
    const curves = [flat(0.5, 4), [0.1, 0.9, 0.9, 0.9]];

    it('ranks a trial by its best value so far, not its value at the rung', () => {
      const options = { minResource: 1, reductionFactor: 2 } as const;
      expect(replayCurves(createSuccessiveHalvingPruner(options), curves)).toEqual([null, 1]);
      expect(
        replayCurves(createSuccessiveHalvingPruner({ ...options, rungValue: 'best' }), curves),
      ).toEqual([null, null]);
    });

    it('records the best value so far at each rung, the highest when maximising', () => {
      const study = new Study({
        name: 's',
        direction: 'maximize',
        space: { params: [] },
        sampler: { sample: () => ({}) },
        pruner: createSuccessiveHalvingPruner({
          minResource: 1,
          reductionFactor: 2,
          rungValue: 'best',
        }),
      });
      const trial = study.ask()!;
      for (const [step, value] of [3, 9, 4].entries()) {
        trial.report(step, value);
        expect(trial.shouldPrune()).toBe(false);
      }
      // Rungs end at steps 1 and 2: the best so far is 9 at both.
      expect([...study.trial(trial.number).systemAttrs]).toEqual([
        [completedRungKey(0), 9],
        [completedRungKey(1), 9],
      ]);
    });

    it('still prunes a trial whose value at the rung is NaN', () => {
      const pruner = createSuccessiveHalvingPruner({
        minResource: 1,
        reductionFactor: 3,
        rungValue: 'best',
      });
      expect(replayCurves(pruner, [[0.1, Number.NaN, 0.1]])).toEqual([1]);
    });
  });
});
