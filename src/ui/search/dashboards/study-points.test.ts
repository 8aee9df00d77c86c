import { describe, expect, it } from 'vitest';
import { trial } from '../../../store/testing/trial-fixtures';
import { bestSoFar, empiricalDistribution, scoredTrials, topTrials } from './study-points';

const trials = [
  trial(0, { state: 'complete', value: 0.5 }),
  trial(1, { state: 'pruned', value: 0.2 }),
  trial(2, { state: 'complete', value: 0.7 }),
  trial(3, { state: 'complete', value: 0.3 }),
  trial(4, { state: 'failed', value: null }),
  trial(5, { state: 'running', value: null }),
];

describe('study points', () => {
  it('plots complete and pruned trials with a value, nothing else', () => {
    expect(scoredTrials(trials).map((t) => t.number)).toEqual([0, 1, 2, 3]);
  });

  it('steps the best so far down at each improvement, ignoring pruned values', () => {
    expect(bestSoFar(scoredTrials(trials), 'minimize')).toEqual([
      { number: 0, value: 0.5 },
      { number: 2, value: 0.5 },
      { number: 3, value: 0.3 },
    ]);
    expect(bestSoFar(scoredTrials(trials), 'maximize').map((s) => s.value)).toEqual([
      0.5, 0.7, 0.7,
    ]);
  });

  it('climbs the empirical distribution from the lowest value to 1', () => {
    expect(empiricalDistribution(scoredTrials(trials))).toEqual([
      { value: 0.3, share: 1 / 3 },
      { value: 0.5, share: 2 / 3 },
      { value: 0.7, share: 1 },
    ]);
  });

  it('takes the best complete trials for the direction', () => {
    expect(topTrials(scoredTrials(trials), 'minimize', 2)).toEqual([3, 0]);
    expect(topTrials(scoredTrials(trials), 'maximize', 1)).toEqual([2]);
  });
});
