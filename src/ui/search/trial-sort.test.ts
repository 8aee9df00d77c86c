import { describe, expect, it } from 'vitest';
import type { SearchTrialView } from '../../store/search-state';
import { firstDirection, paramColumn, sortTrials } from './trial-sort';
import type { TrialSort } from './trial-sort';

import { epoch, trial } from '../../store/testing/trial-fixtures';

const numbers = (trials: SearchTrialView[]) => trials.map((t) => t.number);
const sorted = (trials: SearchTrialView[], sort: TrialSort, now = 0) =>
  numbers(sortTrials(trials, sort, now));

describe('sortTrials', () => {
  const trials = [
    trial(0, {
      state: 'failed',
      params: { lr: 0.1, opt: 'sgd', bias: true },
      bestValue: null,
      history: [epoch(1, 1)],
      durationMs: 3000,
    }),
    trial(1, {
      state: 'running',
      params: { lr: 0.001 },
      bestValue: 0.3,
      history: [epoch(1, 0.5), epoch(2, 0.3)],
      startedAt: 1000,
    }),
    trial(2, {
      state: 'complete',
      params: { lr: 0.01, opt: 'adam', bias: false },
      bestValue: 0.2,
      history: [epoch(1, 0.4), epoch(2, 0.3), epoch(3, 0.2)],
      durationMs: 9000,
    }),
    trial(3, { state: 'pruned', params: { lr: 0.01, opt: 'adam' }, bestValue: 0.6 }),
  ];

  it('sorts by trial number both ways', () => {
    expect(sorted(trials, { column: 'number', direction: 'descending' })).toEqual([3, 2, 1, 0]);
    expect(sorted(trials, { column: 'number', direction: 'ascending' })).toEqual([0, 1, 2, 3]);
  });

  it('sorts states in lifecycle order, failures last', () => {
    expect(sorted(trials, { column: 'state', direction: 'ascending' })).toEqual([1, 2, 3, 0]);
  });

  it('sorts by best value with missing values last in both directions', () => {
    expect(sorted(trials, { column: 'bestValue', direction: 'ascending' })).toEqual([2, 1, 3, 0]);
    expect(sorted(trials, { column: 'bestValue', direction: 'descending' })).toEqual([3, 1, 2, 0]);
  });

  it('sorts by epochs run, keeping ties in their order (stable)', () => {
    expect(sorted(trials, { column: 'epochs', direction: 'ascending' })).toEqual([3, 0, 1, 2]);
    expect(sorted(trials, { column: 'epochs', direction: 'descending' })).toEqual([2, 1, 0, 3]);
  });

  it('sorts by duration, counting a running trial up to now', () => {
    expect(sorted(trials, { column: 'duration', direction: 'ascending' }, 6000)).toEqual([
      0, 1, 2, 3,
    ]);
    expect(sorted(trials, { column: 'duration', direction: 'ascending' }, 20000)).toEqual([
      0, 2, 1, 3,
    ]);
  });

  it('sorts by numeric, text and yes/no parameters; inactive ones last', () => {
    expect(sorted(trials, { column: paramColumn('lr'), direction: 'ascending' })).toEqual([
      1, 2, 3, 0,
    ]);
    expect(sorted(trials, { column: paramColumn('opt'), direction: 'descending' })).toEqual([
      0, 2, 3, 1,
    ]);
    expect(sorted(trials, { column: paramColumn('bias'), direction: 'ascending' })).toEqual([
      2, 0, 1, 3,
    ]);
  });

  it('does not change the list it was given', () => {
    const copy = [...trials];
    sortTrials(trials, { column: 'bestValue', direction: 'descending' }, 0);
    expect(trials).toEqual(copy);
  });
});

describe('firstDirection', () => {
  it('puts the better objective first and other columns ascending', () => {
    expect(firstDirection('bestValue', 'minimize')).toBe('ascending');
    expect(firstDirection('bestValue', 'maximize')).toBe('descending');
    expect(firstDirection('number', 'maximize')).toBe('ascending');
  });
});
