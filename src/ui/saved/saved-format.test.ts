import { describe, expect, it } from 'vitest';
import { formatBytes } from './saved-format';

describe('formatBytes', () => {
  it('writes sizes in the unit that keeps them short', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(950)).toBe('950 B');
    expect(formatBytes(12_345)).toBe('12.3 kB');
    expect(formatBytes(4_100_000)).toBe('4.1 MB');
    expect(formatBytes(2e9)).toBe('2.0 GB');
    expect(formatBytes(5e15)).toBe('5,000.0 TB');
  });
});
