import { describe, expect, it } from 'vitest';
import { realNumber, wholeNumber } from './zod-numbers';

const codes = (result: { error?: { issues: { code: string }[] } }) =>
  result.error?.issues.map((issue) => issue.code) ?? [];

describe('number schemas', () => {
  it('accept whole numbers in range and refuse the rest by zod code, without words', () => {
    const units = wholeNumber({ min: 1, max: 8 });
    expect(units.safeParse(8).success).toBe(true);
    expect(codes(units.safeParse(2.5))).toEqual(['invalid_type']);
    expect(codes(units.safeParse(0))).toEqual(['too_small']);
    expect(codes(units.safeParse(9))).toEqual(['too_big']);
    expect(codes(units.safeParse('4'))).toEqual(['invalid_type']);
  });

  it('accept any number in range for real fields', () => {
    const rate = realNumber({ min: 0, max: 0.95 });
    expect(rate.safeParse(0.5).success).toBe(true);
    expect(codes(rate.safeParse(1))).toEqual(['too_big']);
  });
});
