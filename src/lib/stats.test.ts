import { describe, expect, it } from 'vitest';
import { mean, meanAndSpread, median, quantile } from './stats';

describe('stats', () => {
  it('gives the mean and the population standard deviation', () => {
    // numpy.std([0.8, 0.9, 1.0]) (ddof 0), as sklearn's cv_results_ std_test_score.
    const { mean: m, std } = meanAndSpread([0.8, 0.9, 1]);
    expect(m).toBeCloseTo(0.9, 12);
    expect(std).toBeCloseTo(0.0816496580927726, 12);
    expect(mean([1, 2, 6])).toBe(3);
  });

  it('gives a spread of 0 for one value and refuses none', () => {
    expect(meanAndSpread([0.5])).toEqual({ mean: 0.5, std: 0 });
    expect(() => meanAndSpread([])).toThrow('at least one value');
  });

  it('passes NaN through, so a diverged fold shows', () => {
    expect(meanAndSpread([1, Number.NaN]).mean).toBeNaN();
  });

  it('interpolates quantiles as numpy does, and takes the middle two for an even median', () => {
    // numpy.quantile([1, 2, 4, 10], [0.25, 0.5, 0.75]) = [1.75, 3, 5.5]
    expect(quantile([10, 1, 4, 2], 0.25)).toBe(1.75);
    expect(median([10, 1, 4, 2])).toBe(3);
    expect(quantile([10, 1, 4, 2], 0.75)).toBe(5.5);
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNaN();
  });
});
