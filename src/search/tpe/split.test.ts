import { describe, expect, it } from 'vitest';
import { trialRecord } from '../testing/sampler-conformance';
import { defaultGamma, defaultWeights, splitTrials } from './split';

describe('TPE split', () => {
  it("has Optuna's γ(n) = min(⌈0.1 n⌉, 25)", () => {
    expect([0, 1, 10, 11, 100, 250, 1000].map(defaultGamma)).toEqual([0, 1, 1, 2, 10, 25, 25]);
  });

  it("has Optuna's weights: flat below 25, then an old-to-new ramp before the 25 newest", () => {
    expect(defaultWeights(3)).toEqual([1, 1, 1]);
    // 30: linspace(1/30, 1, 5) then 25 ones.
    const weights = defaultWeights(30);
    expect(weights).toHaveLength(30);
    expect(weights.slice(0, 5)).toEqual(
      [1 / 30, 0.275, 0.5166666666666667, 0.7583333333333333, 1].map((v) => expect.closeTo(v, 12)),
    );
    expect(weights.slice(5)).toEqual(Array(25).fill(1));
  });

  it('ranks complete trials first, then pruned ones by their last step; running ones are bad', () => {
    const trials = [
      trialRecord(0, {}, 'complete', 5),
      trialRecord(1, {}, 'pruned', 0.1, [3, 0.1]),
      trialRecord(2, {}, 'complete', 7),
      trialRecord(3, {}, 'failed', null),
      trialRecord(4, {}, 'pruned', 0.2, [3, 2, 0.2]),
      trialRecord(5, {}, 'running', null),
      ...Array.from({ length: 8 }, (_, i) => trialRecord(6 + i, {}, 'complete', 10 + i)),
      trialRecord(14, {}, 'diverged', null, [Infinity]),
    ];
    const split = splitTrials(trials, 'minimize');
    // 12 finished: γ = 2 good trials, the two lowest complete values.
    expect(split.finished).toBe(12);
    expect(split.below.map((t) => t.number)).toEqual([0, 2]);
    expect(split.best?.number).toBe(0);
    // The rest in trial order; failed and diverged ones are nowhere.
    expect(split.above.map((t) => t.number)).toEqual([1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    // Maximising flips the order of complete trials; the running one still ranks after them.
    expect(splitTrials(trials, 'maximize').below.map((t) => t.number)).toEqual([12, 13]);
    expect(splitTrials(trials, 'maximize').best?.number).toBe(13);
    expect(splitTrials([], 'minimize').best).toBeNull();
  });

  it('never counts a running trial as good, even when only pruned trials have finished', () => {
    const trials = [
      trialRecord(0, {}, 'running', null),
      ...Array.from({ length: 10 }, (_, i) => trialRecord(1 + i, {}, 'pruned', 0.5, [4, 0.5 + i])),
      trialRecord(11, {}, 'waiting', null),
    ];
    const split = splitTrials(trials, 'minimize');
    expect(split.below.map((t) => t.number)).toEqual([1]);
    expect(split.best?.number).toBe(1);
    expect(split.above.map((t) => t.number)).toContain(0);
    expect(split.above.map((t) => t.number)).toContain(11);
  });
});
