import { describe, expect, it } from 'vitest';
import { runningFoldMean, summarizeFolds } from './cv';

describe('summarizeFolds', () => {
  it('gives the mean and the population standard deviation', () => {
    // numpy.std([0.8, 0.9, 1.0]) (ddof 0), as sklearn's cv_results_ std_test_score.
    const { mean, std } = summarizeFolds([0.8, 0.9, 1]);
    expect(mean).toBeCloseTo(0.9, 12);
    expect(std).toBeCloseTo(0.0816496580927726, 12);
  });

  it('gives a spread of 0 for one fold and refuses none', () => {
    expect(summarizeFolds([0.5])).toEqual({ mean: 0.5, std: 0 });
    expect(() => summarizeFolds([])).toThrow('at least one fold');
  });

  it('passes NaN through, so a diverged fold shows', () => {
    expect(summarizeFolds([1, Number.NaN]).mean).toBeNaN();
  });
});

describe('runningFoldMean', () => {
  const folds = [
    [1, 0.8, 0.6],
    [1.2, 0.9],
    [0.8, 0.7, 0.5],
  ];

  it('averages the folds at a step every fold has reached', () => {
    expect(runningFoldMean(folds, 0)).toBeCloseTo(1, 12);
    expect(runningFoldMean(folds, 1)).toBeCloseTo(0.8, 12);
  });

  it('waits for the slowest fold', () => {
    expect(runningFoldMean(folds, 2)).toBeNull();
    expect(runningFoldMean([], 0)).toBeNull();
  });
});
