import { describe, expect, it } from 'vitest';
import { crc32 } from './crc32';

describe('crc32', () => {
  it.each([
    ['hello', 907060870],
    ['', 0],
    ['The quick brown fox jumps over the lazy dog', 1095738169],
    ['golden_0', 2218640455],
    ['golden_59', 407665207],
    ['é', 235179326],
  ])('matches binascii.crc32 for %j', (text, expected) => {
    expect(crc32(text)).toBe(expected);
  });
});
