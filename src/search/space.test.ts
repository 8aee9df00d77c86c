import { describe, expect, it } from 'vitest';
import type { Distribution } from '../experiment/search-schema';
import { buildSearchSpace, containsValue, gridValues, isActive } from './space';
import type { ParamDef } from './types';

describe('buildSearchSpace', () => {
  it('names each parameter by its target and keeps distribution and condition', () => {
    const space = buildSearchSpace([
      {
        target: 'training.optimizer',
        distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
        gridPoints: 2,
        condition: null,
      },
      {
        target: 'training.momentum',
        distribution: { type: 'float', low: 0, high: 0.9, log: false },
        gridPoints: 4,
        condition: { param: 'training.optimizer', in: ['sgd'] },
      },
    ]);
    expect(space.params.map((p) => p.name)).toEqual(['training.optimizer', 'training.momentum']);
    expect(space.params[0]!.grid).toEqual(['adam', 'sgd']);
    expect(space.params[1]!.grid).toEqual([0, 0.3, 0.6, 0.9]);
    expect(space.params[1]!.condition).toEqual({ param: 'training.optimizer', in: ['sgd'] });
  });
});

describe('gridValues', () => {
  it('spreads a float range evenly, ends included, without float noise', () => {
    expect(gridValues({ type: 'float', low: 0, high: 1, log: false }, 5)).toEqual([
      0, 0.25, 0.5, 0.75, 1,
    ]);
    expect(gridValues({ type: 'float', low: 0.1, high: 0.5, log: false }, 5)).toEqual([
      0.1, 0.2, 0.3, 0.4, 0.5,
    ]);
  });

  it('spreads a log float range geometrically', () => {
    const values = gridValues({ type: 'float', low: 1e-4, high: 1e-1, log: true }, 4) as number[];
    expect(values[0]).toBe(1e-4);
    expect(values[3]).toBe(1e-1);
    expect(values[1]).toBe(1e-3);
    expect(values[2]).toBe(1e-2);
  });

  it('rounds an int range onto its step grid and drops duplicates', () => {
    expect(gridValues({ type: 'int', low: 0, high: 10, step: 5, log: false }, 5)).toEqual([
      0, 5, 10,
    ]);
    // The midpoint 72 lies half-way between steps and rounds up to 80.
    expect(gridValues({ type: 'int', low: 16, high: 128, step: 16, log: false }, 3)).toEqual([
      16, 80, 128,
    ]);
    // 10 is off the step grid from 0, so the top point is 8.
    expect(gridValues({ type: 'int', low: 0, high: 10, step: 4, log: false }, 3)).toEqual([
      0, 4, 8,
    ]);
  });

  it('spreads a log int range geometrically', () => {
    expect(gridValues({ type: 'int', low: 1, high: 256, step: 1, log: true }, 5)).toEqual([
      1, 4, 16, 64, 256,
    ]);
  });

  it('gives one point for a single-valued range', () => {
    expect(gridValues({ type: 'float', low: 2, high: 2, log: false }, 4)).toEqual([2]);
  });

  it('takes the choices of a categorical', () => {
    expect(gridValues({ type: 'categorical', choices: [true, false] }, 2)).toEqual([true, false]);
  });
});

describe('isActive', () => {
  const momentum: ParamDef = {
    name: 'momentum',
    distribution: { type: 'float', low: 0, high: 1, log: false },
    condition: { param: 'optimizer', in: ['sgd', 'rmsprop'] },
  };

  it('is always active without a condition', () => {
    expect(isActive({ ...momentum, condition: null }, {})).toBe(true);
  });

  it('is active only while the parent takes one of the listed values', () => {
    expect(isActive(momentum, { optimizer: 'sgd' })).toBe(true);
    expect(isActive(momentum, { optimizer: 'rmsprop' })).toBe(true);
    expect(isActive(momentum, { optimizer: 'adam' })).toBe(false);
  });

  it('is inactive when the parent is itself absent', () => {
    expect(isActive(momentum, {})).toBe(false);
  });
});

describe('containsValue', () => {
  it('checks a float range, ends included', () => {
    const d = { type: 'float', low: 0.1, high: 1, log: true } as const;
    expect(containsValue(d, 0.1)).toBe(true);
    expect(containsValue(d, 1)).toBe(true);
    expect(containsValue(d, 0.05)).toBe(false);
    expect(containsValue(d, 'x')).toBe(false);
    expect(containsValue(d, Number.NaN)).toBe(false);
  });

  it('checks an int range and its step', () => {
    const d = { type: 'int', low: 2, high: 12, step: 5, log: false } as const;
    expect([2, 7, 12].map((v) => containsValue(d, v))).toEqual([true, true, true]);
    expect([3, 7.5, 17, -3].map((v) => containsValue(d, v))).toEqual([false, false, false, false]);
  });

  it('checks a categorical by its choices', () => {
    const d: Distribution = { type: 'categorical', choices: ['a', 1, false] };
    expect(containsValue(d, 'a')).toBe(true);
    expect(containsValue(d, false)).toBe(true);
    expect(containsValue(d, '1')).toBe(false);
  });
});
