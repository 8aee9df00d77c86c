import { describe, expect, it } from 'vitest';
import { canUseLog, countAxis, linearTicks, logTicks, paramAxis, valueAxis } from './axes';

describe('dashboard axes', () => {
  it('places a log parameter by its logarithm, with ticks at powers of ten', () => {
    const axis = paramAxis('Learning rate', { type: 'float', low: 1e-4, high: 1, log: true });
    expect(axis.kind).toBe('log');
    expect(axis.at(1e-2)).toBeCloseTo(0.5);
    expect(axis.valueAt(0.25)).toBeCloseTo(1e-3);
    expect(axis.ticks.map((t) => t.label)).toEqual(['1e-4', '0.001', '0.01', '0.1', '1']);
  });

  it('places choices in the middle of equal bands, and nothing for an unused parameter', () => {
    const axis = paramAxis('Optimizer', { type: 'categorical', choices: ['adam', 'sgd'] });
    expect(axis.at('adam')).toBe(0.25);
    expect(axis.at('sgd')).toBe(0.75);
    expect(axis.at(undefined)).toBeNull();
    expect(axis.valueAt(0.5)).toBeNull();
  });

  it('fits the objective to its values, and refuses log for a value that is not positive', () => {
    expect(valueAxis('Loss', [0.2, 0.6]).at(0.4)).toBeCloseTo(0.5);
    expect(valueAxis('Loss', [0.01, 1], true).at(0.1)).toBeCloseTo(0.5);
    expect(valueAxis('Loss', [0, 1], true).kind).toBe('linear');
    expect(canUseLog([0.1, 2])).toBe(true);
    expect(canUseLog([0, 2])).toBe(false);
    // A single value still gets a range around it.
    expect(valueAxis('Loss', [0.5]).at(0.5)).toBeCloseTo(0.5);
  });

  it('chooses round ticks inside the range', () => {
    expect(linearTicks(0.13, 0.91)).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(linearTicks(0.033, 0.469)).toEqual([0.1, 0.2, 0.3, 0.4]);
    expect(linearTicks(4, 64)).toEqual([20, 40, 60]);
    expect(logTicks(4, 64)).toEqual([5, 10, 20, 50]);
  });

  it('counts trials in whole steps, from 1', () => {
    expect(countAxis('Trial', 12).ticks.map((t) => t.label)).toEqual([
      '1',
      '2',
      '4',
      '6',
      '8',
      '10',
      '12',
    ]);
    expect(countAxis('Trial', 100).ticks.map((t) => t.label)).toEqual([
      '1',
      '20',
      '40',
      '60',
      '80',
      '100',
    ]);
    expect(countAxis('Trial', 1).ticks.map((t) => t.label)).toEqual(['1']);
    expect(countAxis('Trial', 12).at(12)).toBe(1);
  });
});
