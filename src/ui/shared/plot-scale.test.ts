import { describe, expect, it } from 'vitest';
import { niceTicks, toPixel, valueColor } from './plot-scale';

describe('toPixel', () => {
  const bounds = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };

  it('puts larger y higher on the canvas (smaller row), so plots are not upside down', () => {
    const [, top] = toPixel(0, 5, bounds, 100, 100);
    const [, bottom] = toPixel(0, -5, bounds, 100, 100);
    expect(top).toBeLessThan(bottom);
  });

  it('maps the corners and the centre', () => {
    expect(toPixel(-6, 6, bounds, 120, 60)).toEqual([0, 0]);
    expect(toPixel(6, -6, bounds, 120, 60)).toEqual([120, 60]);
    expect(toPixel(0, 0, bounds, 120, 60)).toEqual([60, 30]);
  });
});

describe('valueColor', () => {
  it('is white at 0, full orange at -1, full blue at 1, and clamps beyond', () => {
    expect(valueColor(0)).toBe('rgb(255, 255, 255)');
    expect(valueColor(-1)).toBe('rgb(245, 147, 34)');
    expect(valueColor(1)).toBe('rgb(8, 119, 189)');
    expect(valueColor(7)).toBe(valueColor(1));
  });
});

describe('niceTicks', () => {
  it('ends on a round number at or above the maximum, in round steps', () => {
    expect(niceTicks(0.614)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
    expect(niceTicks(2.3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});
