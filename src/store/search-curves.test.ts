import { describe, expect, it } from 'vitest';
import { epoch, trial } from './testing/trial-fixtures';
import { idleSearch } from './search-state';
import { objectiveCurveRows, searchCurveRows } from './search-curves';

describe('objectiveCurveRows', () => {
  it('makes one row per epoch with each trial that reached it', () => {
    const rows = objectiveCurveRows(
      [
        trial(0, { history: [epoch(1, 0.9), epoch(2, 0.7), epoch(3, 0.5)] }),
        trial(1, { state: 'pruned', history: [epoch(1, 0.8)] }),
        trial(2, { state: 'waiting' }),
      ],
      'valLoss',
    );
    expect(rows).toEqual([
      { epoch: 1, t0: 0.9, t1: 0.8 },
      { epoch: 2, t0: 0.7 },
      { epoch: 3, t0: 0.5 },
    ]);
  });

  it('reads the accuracy objective and skips missing and non-finite values', () => {
    const rows = objectiveCurveRows(
      [
        trial(0, { history: [epoch(1, 0.9, 0.6), epoch(2, 0.7, 0.8)] }),
        trial(1, { state: 'diverged', history: [epoch(1, Number.NaN, Number.NaN)] }),
        trial(2, { history: [epoch(1, 0.5)] }),
      ],
      'valAccuracy',
    );
    expect(rows).toEqual([
      { epoch: 1, t0: 0.6 },
      { epoch: 2, t0: 0.8 },
    ]);
  });

  it('is empty before any epoch', () => {
    expect(objectiveCurveRows([trial(0, { state: 'running' })], 'valLoss')).toEqual([]);
  });
});

describe('searchCurveRows', () => {
  it('works the rows out once per trials array, and again when they or the objective change', () => {
    const trials = [trial(0, { history: [epoch(1, 0.5, 0.6)] })];
    const search = { ...idleSearch(), trials };
    const rows = searchCurveRows({ search });
    expect(searchCurveRows({ search: { ...search } })).toBe(rows);
    expect(searchCurveRows({ search: { ...search, objective: 'valAccuracy' } })).toEqual([
      { epoch: 1, t0: 0.6 },
    ]);
    expect(searchCurveRows({ search: { ...search, trials: [...trials] } })).not.toBe(rows);
  });
});
