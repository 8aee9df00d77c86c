import { describe, expect, it } from 'vitest';
import { realNumber, wholeNumber } from './zod-numbers';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('number schemas', () => {
  it('accept whole numbers in range and name the field in every refusal', () => {
    const units = wholeNumber({ min: 1, max: 8 }, 'Units');
    expect(units.safeParse(8).success).toBe(true);
    expect(messages(units.safeParse(2.5))).toEqual(['Units must be a whole number']);
    expect(messages(units.safeParse(0))).toEqual(['Units must be at least 1']);
    expect(messages(units.safeParse(9))).toEqual(['Units must be at most 8']);
    expect(messages(units.safeParse('4'))).toEqual(['Units must be a number']);
  });

  it('accept any number in range for real fields', () => {
    const rate = realNumber({ min: 0, max: 0.95 }, 'Rate');
    expect(rate.safeParse(0.5).success).toBe(true);
    expect(messages(rate.safeParse(1))).toEqual(['Rate must be at most 0.95']);
  });

  it('carry no words without a label, only zod codes', () => {
    const result = wholeNumber({ min: 1, max: 8 }).safeParse(0);
    expect(result.error?.issues.map((issue) => issue.code)).toEqual(['too_small']);
  });
});
