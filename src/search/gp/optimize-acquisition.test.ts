import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { buildSearchSpace } from '../space';
import { createEncoder } from './encode';
import type { Acquisition } from './optimize-acquisition';
import { maximizeAcquisition } from './optimize-acquisition';

const space = buildSearchSpace([
  {
    target: 'a',
    distribution: { type: 'float', low: 0, high: 1, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'b',
    distribution: { type: 'float', low: 0, high: 1, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'n',
    distribution: { type: 'int', low: 0, high: 20, step: 1, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'kind',
    distribution: { type: 'categorical', choices: ['x', 'y', 'z'] },
    gridPoints: 2,
    condition: null,
  },
]);
const encoder = createEncoder(space);

/** −(a − 0.3)² − (b − 1.2)² − ((n − 13) / 20)² + [kind = z]: best at a = 0.3, b = 1 (edge), n = 13, z. */
let lastX = new Float64Array(0);
const acquisition: Acquisition = {
  screen: (x) => acquisition.value(x),
  value: (x) => {
    lastX = x.slice();
    const params = encoder.decode(x);
    const n = ((params.n as number) - 13) / 20;
    return -((x[0]! - 0.3) ** 2) - (x[1]! - 1.2) ** 2 - n * n + (params.kind === 'z' ? 1 : 0);
  },
  gradient: (gradient) => {
    gradient.fill(0);
    gradient[0] = -2 * (lastX[0]! - 0.3);
    gradient[1] = -2 * (lastX[1]! - 1.2);
  },
};

describe('maximizeAcquisition', () => {
  it('refines the floats by gradient and the int and categorical by discrete moves', () => {
    const x = maximizeAcquisition(space, encoder, acquisition, [], createRng(3), {
      candidates: 64,
      localStarts: 3,
      maxIterations: 50,
    });
    const params = encoder.decode(x);
    expect(params.a).toBeCloseTo(0.3, 5);
    expect(params.b).toBe(1);
    expect(params.n).toBe(13);
    expect(params.kind).toBe('z');
  });

  it('starts from the given points too', () => {
    const start = encoder.encode({ a: 0.31, b: 0.95, n: 13, kind: 'z' });
    const x = maximizeAcquisition(space, encoder, acquisition, [start], createRng(4), {
      candidates: 1,
      localStarts: 0,
      maxIterations: 50,
    });
    expect(encoder.decode(x)).toEqual({ a: expect.closeTo(0.3, 5), b: 1, n: 13, kind: 'z' });
  });
});
