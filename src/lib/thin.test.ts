import { describe, expect, it } from 'vitest';
import { thinEvenly } from './thin';

describe('thinEvenly', () => {
  it('returns a short series as it is', () => {
    const items = [1, 2, 3];
    expect(thinEvenly(items, 3)).toBe(items);
  });

  it('keeps the first and the last, evenly spaced in between', () => {
    const items = Array.from({ length: 10_001 }, (_, i) => i);
    const thin = thinEvenly(items, 1001);
    expect(thin).toHaveLength(1001);
    expect(thin[0]).toBe(0);
    expect(thin.at(-1)).toBe(10_000);
    expect(thin[500]).toBe(5000);
  });
});
