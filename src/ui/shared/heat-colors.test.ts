import { describe, expect, it } from 'vitest';
import { divergingRgba, inkRgba, intensityRgba, reach } from './heat-colors';

const pixel = (rgba: Uint8ClampedArray, i: number) => [...rgba.slice(i * 4, i * 4 + 4)];

describe('heat colours', () => {
  it('paints zero white, negatives orange and positives blue, at full strength at the scale', () => {
    const rgba = divergingRgba(Float32Array.from([0, -2, 2]), 0, 3, 2);
    expect(pixel(rgba, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, 1)).toEqual([245, 147, 34, 255]);
    expect(pixel(rgba, 2)).toEqual([8, 119, 189, 255]);
  });

  it('draws row 0 of a function’s grid at the bottom', () => {
    // A 2×2 grid: row 0 (bottom) is positive, row 1 (top) zero.
    const rgba = divergingRgba(Float32Array.from([1, 1, 0, 0]), 0, 4, 1, 2);
    expect(pixel(rgba, 0)).toEqual([255, 255, 255, 255]);
    expect(pixel(rgba, 2)).toEqual([8, 119, 189, 255]);
  });

  it('reads intensity from the magnitude, ink from the pixel, and the reach from an offset', () => {
    const values = Float32Array.from([9, -0.5, 0.25]);
    expect(reach(values, 1, 2)).toBe(0.5);
    expect(reach(new Float32Array(2), 0, 2)).toBe(1);
    expect(pixel(intensityRgba(values, 1, 2, 0.5), 0)).toEqual([200, 30, 45, 255]);
    expect(pixel(inkRgba(Float32Array.from([1, 0]), 0, 2), 0)).toEqual([0, 0, 0, 255]);
  });
});
