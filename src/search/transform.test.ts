import { describe, expect, it } from 'vitest';
import { fromInternal, numericDomain, toInternal } from './transform';

describe('TPE internal units', () => {
  it('widens ints by half a step, moving high onto the step grid', () => {
    const d = { type: 'int' as const, low: 8, high: 130, step: 8, log: false };
    expect(numericDomain(d)).toEqual({ low: 4, high: 132, step: 8 });
    expect([3, 11.9, 12.1, 131, 500].map((x) => fromInternal(d, x))).toEqual([8, 8, 16, 128, 128]);
  });

  it('works in log space for log scales', () => {
    const float = { type: 'float' as const, low: 1e-4, high: 1e-1, log: true };
    expect(numericDomain(float)).toEqual({ low: Math.log(1e-4), high: Math.log(1e-1), step: null });
    expect(fromInternal(float, toInternal(float, 0.01))).toBeCloseTo(0.01, 15);
    const int = { type: 'int' as const, low: 4, high: 256, step: 1, log: true };
    expect(numericDomain(int)).toEqual({ low: Math.log(3.5), high: Math.log(256.5), step: null });
    expect(fromInternal(int, Math.log(31.6))).toBe(32);
    expect(fromInternal(int, Math.log(256.4))).toBe(256);
  });
});
