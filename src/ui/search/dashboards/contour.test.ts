import { describe, expect, it } from 'vitest';
import { interpolateSurface, scaleColor } from './contour';

describe('contour surface', () => {
  it('passes through the trials and stays within their values', () => {
    const points = [
      { x: 0.25, y: 0.25, value: 1 },
      { x: 0.75, y: 0.75, value: 3 },
    ];
    const grid = interpolateSurface(points, 2);
    expect(grid[0]).toBe(1);
    expect(grid[3]).toBe(3);
    // Equidistant cells get the mean.
    expect(grid[1]).toBeCloseTo(2);
    for (const v of interpolateSurface(points, 9)) expect(v >= 1 && v <= 3).toBe(true);
  });

  it('is blank without trials', () => {
    expect(Number.isNaN(interpolateSurface([], 3)[4])).toBe(true);
  });

  it('runs from dark blue to yellow', () => {
    expect(scaleColor(0)).toEqual([68, 1, 84]);
    expect(scaleColor(1)).toEqual([253, 231, 37]);
    expect(scaleColor(2)).toEqual([253, 231, 37]);
  });
});
