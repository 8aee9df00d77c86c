import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { buildSearchSpace } from '../space';
import { buildMixture, mixtureLogPdf, sampleComponent, sampleMixture } from './mixture';
import { neighbourSigmas, numericKernelLogPdfs, numericKernels } from './parzen';

const width = { scale: 0.6, clip: 0.6 };

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
    const mixture = buildMixture([x!], [], [], width);
    expect(Math.exp(mixtureLogPdf(mixture, [1]))).toBeCloseTo(0.5209145, 6);
  });

  it('multiplies the dimensions within a component and mixes the components by weight', () => {
    const mixture = buildMixture([x!, kind!], [[0.5, 'b']], [1], width);
    // Weights 1/2 (the observation), 1/2 (the prior); categorical: own 0.75, other 0.25 (base 1/2
    // over 2 choices), prior 1/2 each.
    const domain = { low: 0, high: 2, step: null };
    const [obs, prior] = numericKernelLogPdfs(
      numericKernels([0.5], domain, neighbourSigmas([0.5], domain, width)),
      domain,
      0.7,
    ).map(Math.exp);
    const expected = 0.5 * obs! * 0.75 + 0.5 * prior! * 0.5;
    expect(Math.exp(mixtureLogPdf(mixture, [0.7, 'b']))).toBeCloseTo(expected, 10);
  });

  it('samples valid values (whole, recombined or from one component): log ints rounded, choices listed', () => {
    const mixture = buildMixture(
      [x!, kind!, n!],
      [
        [0.2, 'a', 10],
        [1.8, 'b', 900],
      ],
      [1, 1],
      width,
    );
    const rng = createRng(5);
    for (let i = 0; i < 100; i++) {
      const draw =
        i % 3 === 0
          ? sampleComponent(mixture, i % 2, rng, 0.5)
          : sampleMixture(mixture, rng, { recombine: i % 3 === 1 ? 1 : 0 });
      const [xv, kv, nv] = draw as [number, string, number];
      expect(xv).toBeGreaterThanOrEqual(0);
      expect(xv).toBeLessThanOrEqual(2);
      expect(['a', 'b']).toContain(kv);
      expect(Number.isInteger(nv) && nv >= 1 && nv <= 1000).toBe(true);
    }
  });

  it('recombines: each dimension from a component of its own', () => {
    const mixture = buildMixture(
      [x!, kind!],
      [
        [0.2, 'a'],
        [1.8, 'b'],
      ],
      [1, 1],
      { scale: 0.01, clip: 0 },
    );
    const rng = createRng(11);
    const mixed = (draw: (string | number)[]) =>
      (draw[0] as number) < 1 ? draw[1] === 'b' : draw[1] === 'a';
    const draws = (recombine: number) =>
      Array.from({ length: 300 }, () => sampleMixture(mixture, rng, { recombine }) as string[]);
    // Without recombining, x and kind come from one trial's kernels (or the prior) together.
    const whole = draws(0).filter(mixed).length;
    const crossed = draws(1).filter(mixed).length;
    expect(crossed).toBeGreaterThan(whole + 50);
  });
});
