import { describe, expect, it } from 'vitest';
import { summarizeFolds } from './cv';

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
