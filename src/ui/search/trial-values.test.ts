import { describe, expect, it } from 'vitest';
import { epoch, trial } from '../../store/testing/trial-fixtures';
import { curvesMax, longestHistory, objectiveAt } from './trial-values';

describe('objectiveAt', () => {
  it('reads an epoch where it is expected and where it is not, and null where there is none', () => {
    const history = [epoch(1, 0.9), epoch(2, 0.7), epoch(3, Number.NaN)];
    expect(objectiveAt(history, 2, 'valLoss')).toBe(0.7);
    expect(objectiveAt(history, 3, 'valLoss')).toBeNull();
    expect(objectiveAt(history, 4, 'valLoss')).toBeNull();
    expect(objectiveAt(history, 1, 'valAccuracy')).toBeNull();
    // A history that starts later (a resumed trial) is searched.
    expect(objectiveAt([epoch(5, 0.2), epoch(6, 0.1)], 6, 'valLoss')).toBe(0.1);
  });
});

describe('longestHistory', () => {
  it('is the last epoch any trial reached, 0 before any', () => {
    expect(longestHistory([])).toBe(0);
    expect(longestHistory([trial(0, { state: 'waiting' })])).toBe(0);
    expect(
      longestHistory([
        trial(0, { history: [epoch(1, 1), epoch(2, 1)] }),
        trial(1, { history: [epoch(1, 1), epoch(2, 1), epoch(3, 1)] }),
      ]),
    ).toBe(3);
  });
});

describe('curvesMax', () => {
  const trials = [
    trial(0, { history: [epoch(1, 0.9), epoch(2, 0.7), epoch(3, 0.5)] }),
    trial(1, { history: [epoch(1, 2), epoch(2, 0.4), epoch(3, Number.POSITIVE_INFINITY)] }),
    trial(2, { state: 'waiting' }),
  ];
  it('finds the highest finite value of every curve in a window of epochs', () => {
    expect(curvesMax(trials, 'valLoss')).toBe(2);
    expect(curvesMax(trials, 'valLoss', 2, 3)).toBe(0.7);
    expect(curvesMax(trials, 'valLoss', 3, 3)).toBe(0.5);
  });
  it('is null where no curve has a value', () => {
    expect(curvesMax(trials, 'valLoss', 4, 9)).toBeNull();
    expect(curvesMax(trials, 'valAccuracy')).toBeNull();
  });
});
