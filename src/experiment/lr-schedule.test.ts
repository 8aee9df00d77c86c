import { describe, expect, it } from 'vitest';
import { learningRateAt } from './lr-schedule';

describe('learningRateAt', () => {
  it('keeps a constant rate', () => {
    const schedule = { kind: 'constant', factor: 0.1, everyEpochs: 1 } as const;
    expect([0, 5, 99].map((e) => learningRateAt(schedule, 0.01, e, 100))).toEqual([
      0.01, 0.01, 0.01,
    ]);
  });

  it('halves every 10 epochs with step decay', () => {
    const schedule = { kind: 'step', factor: 0.5, everyEpochs: 10 } as const;
    expect([0, 9, 10, 19, 20, 35].map((e) => learningRateAt(schedule, 1, e, 50))).toEqual([
      1, 1, 0.5, 0.5, 0.25, 0.125,
    ]);
  });

  it('decays smoothly with exponential decay, matching step decay at its boundaries', () => {
    const schedule = { kind: 'exponential', factor: 0.5, everyEpochs: 10 } as const;
    expect(learningRateAt(schedule, 1, 5, 50)).toBeCloseTo(Math.SQRT1_2, 12);
    expect(learningRateAt(schedule, 1, 20, 50)).toBeCloseTo(0.25, 12);
  });

  it('anneals from the base rate to base × factor with cosine', () => {
    const schedule = { kind: 'cosine', factor: 0.1, everyEpochs: 1 } as const;
    expect(learningRateAt(schedule, 1, 0, 11)).toBeCloseTo(1, 12);
    expect(learningRateAt(schedule, 1, 5, 11)).toBeCloseTo(0.55, 12);
    expect(learningRateAt(schedule, 1, 10, 11)).toBeCloseTo(0.1, 12);
    expect(learningRateAt(schedule, 1, 0, 1)).toBe(1);
  });
});
