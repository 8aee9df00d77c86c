import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { buildSearchSpace } from '../space';
import { buildMixture, mixtureLogPdf, sampleMixture } from './mixture';
import { numericKernelLogPdfs, numericKernels } from './parzen';

const [x, kind, n] = buildSearchSpace([
  {
    target: 'x',
    distribution: { type: 'float', low: 0, high: 2, log: false },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'kind',
    distribution: { type: 'categorical', choices: ['a', 'b'] },
    gridPoints: 2,
    condition: null,
  },
  {
    target: 'n',
    distribution: { type: 'int', low: 1, high: 1000, step: 1, log: true },
    gridPoints: 2,
    condition: null,
  },
]).params;

describe('Parzen mixture', () => {
  it('is the prior alone without observations', () => {
    // The prior's density at the middle of [0, 2]: 0.5209145 (see parzen.test.ts).
    const mixture = buildMixture([x!], [], [], 0.1);
    expect(Math.exp(mixtureLogPdf(mixture, [1]))).toBeCloseTo(0.5209145, 6);
  });

  it('multiplies the dimensions within a component and mixes the components by weight', () => {
    const mixture = buildMixture([x!, kind!], [[0.5, 'b']], [1], 0.1);
    // Weights 1/2 (the observation), 1/2 (the prior); categorical: own 0.75, other 0.25 (base 1/2
    // over 2 choices), prior 1/2 each.
    const domain = { low: 0, high: 2, step: null };
    const [obs, prior] = numericKernelLogPdfs(numericKernels([0.5], domain, 0.1), domain, 0.7).map(
      Math.exp,
    );
    const expected = 0.5 * obs! * 0.75 + 0.5 * prior! * 0.5;
    expect(Math.exp(mixtureLogPdf(mixture, [0.7, 'b']))).toBeCloseTo(expected, 10);
  });

  it('samples valid values: log ints rounded, choices from the list', () => {
    const mixture = buildMixture(
      [x!, kind!, n!],
      [
        [0.2, 'a', 10],
        [1.8, 'b', 900],
      ],
      [1, 1],
      0.2,
    );
    const rng = createRng(5);
    for (let i = 0; i < 100; i++) {
      const [xv, kv, nv] = sampleMixture(mixture, rng) as [number, string, number];
      expect(xv).toBeGreaterThanOrEqual(0);
      expect(xv).toBeLessThanOrEqual(2);
      expect(['a', 'b']).toContain(kv);
      expect(Number.isInteger(nv) && nv >= 1 && nv <= 1000).toBe(true);
    }
  });
});
