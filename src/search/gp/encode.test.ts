import { describe, expect, it } from 'vitest';
import { buildSearchSpace } from '../space';
import { createEncoder } from './encode';

const space = buildSearchSpace([
  {
    target: 'lr',
    distribution: { type: 'float', low: 1e-4, high: 1e-1, log: true },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'units',
    distribution: { type: 'int', low: 8, high: 130, step: 8, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'batch',
    distribution: { type: 'int', low: 4, high: 256, step: 1, log: true },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'optimizer',
    distribution: { type: 'categorical', choices: ['adam', 'sgd', 'rmsprop'] },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'momentum',
    distribution: { type: 'float', low: 0, high: 0.9, log: false },
    gridPoints: 2,
    condition: { param: 'optimizer', in: ['sgd'] },
  },
  {
    target: 'fixed',
    distribution: { type: 'float', low: 3, high: 3, log: false },
    gridPoints: 2,
    condition: null,
  },
]);

describe('parameter encoder', () => {
  const encoder = createEncoder(space);

  it('lays the parameters out in columns: one per number, one per choice, none for a constant', () => {
    expect(encoder.width).toBe(1 + 1 + 1 + 3 + 1);
    expect(encoder.columns.map((c) => [c.def.name, c.offset, c.width, c.continuous])).toEqual([
      ['lr', 0, 1, true],
      ['units', 1, 1, false],
      ['batch', 2, 1, false],
      ['optimizer', 3, 3, false],
      ['momentum', 6, 1, true],
      ['fixed', 7, 0, true],
    ]);
  });

  it('maps log scales in log space, ints to the middle of their step slice, choices one-hot', () => {
    const x = encoder.encode({
      lr: 1e-2,
      units: 64,
      batch: 16,
      optimizer: 'sgd',
      momentum: 0.45,
      fixed: 3,
    });
    // log10 1e-2 is 2/3 of the way from −4 to −1.
    expect(x[0]).toBeCloseTo(2 / 3, 12);
    // 16 points 8, 16, …, 128 (130 is off the grid): 64 is point 7, its slice's middle (7.5)/16.
    expect(x[1]).toBeCloseTo(7.5 / 16, 12);
    // Widened by half a step in log space: log(16) between log(3.5) and log(256.5).
    expect(x[2]).toBeCloseTo(Math.log(16 / 3.5) / Math.log(256.5 / 3.5), 12);
    expect(Array.from(x.slice(3, 6))).toEqual([0, 1, 0]);
    expect(x[6]).toBeCloseTo(0.5, 12);
  });

  it('decodes back to the same values, and onto the grid from anywhere in the cube', () => {
    const params = { lr: 1e-3, units: 128, batch: 100, optimizer: 'sgd', momentum: 0.2, fixed: 3 };
    const decoded = encoder.decode(encoder.encode(params));
    expect(decoded).toEqual({
      ...params,
      lr: expect.closeTo(1e-3, 15),
      momentum: expect.closeTo(0.2, 15),
    });
    const corner = encoder.decode(Float64Array.of(1, 1, 1, 0.2, 0.9, 0.4, 1, 0.5));
    // Never past the range's ends: exp(log(0.1)) is 0.10000000000000006.
    expect(encoder.decode(Float64Array.of(1, 0, 0, 1, 0, 0, 0, 0)).lr).toBe(0.1);
    const low = encoder.decode(Float64Array.of(0, 0, 0, 1, 0, 0, 0, 0)).lr as number;
    expect(low).toBeGreaterThanOrEqual(1e-4);
    expect(low).toBeCloseTo(1e-4, 15);
    expect(corner).toEqual({
      lr: 0.1,
      units: 128,
      batch: 256,
      optimizer: 'sgd',
      momentum: 0.9,
      fixed: 3,
    });
  });

  it('leaves out an inactive parameter, and encodes it as a fixed value', () => {
    const adam = encoder.encode({ lr: 1e-3, units: 8, batch: 4, optimizer: 'adam', fixed: 3 });
    expect(adam[6]).toBe(0.5);
    expect(encoder.decode(adam)).not.toHaveProperty('momentum');
  });
});
