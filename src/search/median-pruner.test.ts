import { describe, expect, it } from 'vitest';
import { createMedianPruner, nanPercentile } from './median-pruner';
import { describePrunerConformance, syntheticCurves } from './testing/pruner-conformance';
import { replayCurves } from './testing/replay-curves';

describePrunerConformance(
  'median pruner',
  () => createMedianPruner({ startupTrials: 5, warmupSteps: 3 }),
  {
    firstPrunableStep: 3,
  },
);

const flat = (value: number, steps = 10) => Array.from({ length: steps }, () => value);

describe('createMedianPruner', () => {
  it('prunes the clearly worst trial at its first step past warm-up', () => {
    const pruner = createMedianPruner({ startupTrials: 3, warmupSteps: 2 });
    expect(replayCurves(pruner, [flat(1), flat(2), flat(3), flat(9)])).toEqual([
      null,
      null,
      null,
      2,
    ]);
  });

  it('waits for startupTrials complete trials', () => {
    const pruner = createMedianPruner({ startupTrials: 3, warmupSteps: 0 });
    expect(replayCurves(pruner, [flat(1), flat(2), flat(9)])).toEqual([null, null, null]);
  });

  it('compares the best value so far, not the latest one', () => {
    const pruner = createMedianPruner({ startupTrials: 1, warmupSteps: 0 });
    // The second trial's latest values are worse than the median, but it once was better.
    const dipped = [0.5, 3, 3, 3];
    expect(replayCurves(pruner, [flat(2, 4), dipped])).toEqual([null, null]);
  });

  it('prunes a trial whose values are all NaN, and ignores NaN in finished trials', () => {
    const pruner = createMedianPruner({ startupTrials: 1, warmupSteps: 0 });
    expect(replayCurves(pruner, [flat(Number.NaN, 3), flat(1, 3)])).toEqual([null, null]);
    expect(
      replayCurves(createMedianPruner({ startupTrials: 1, warmupSteps: 0 }), [
        flat(1, 3),
        flat(Number.NaN, 3),
      ]),
    ).toEqual([null, 0]);
  });

  it('keeps the better half of many trials in a maximising study', () => {
    const curves = syntheticCurves(30, 10, 4).map((c) => c.map((v) => -v));
    const pruned = replayCurves(createMedianPruner({ startupTrials: 5, warmupSteps: 0 }), curves, {
      direction: 'maximize',
    });
    const best = curves.reduce((a, b) => (a[9]! > b[9]! ? a : b));
    expect(pruned[curves.indexOf(best)]).toBeNull();
    expect(pruned.filter((step) => step !== null).length).toBeGreaterThan(5);
  });
});

describe('nanPercentile', () => {
  it('interpolates like numpy, ignoring NaN', () => {
    expect(nanPercentile([3, 1, 2], 50)).toBe(2);
    expect(nanPercentile([4, 1, Number.NaN, 2, 3], 50)).toBe(2.5);
    expect(nanPercentile([0, 10], 25)).toBe(2.5);
    expect(nanPercentile([Number.NaN], 50)).toBeNaN();
  });
});
