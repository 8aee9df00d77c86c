import { describe, expect, it } from 'vitest';
import { createRng } from '../../lib/rng';
import { fitHyperparameters } from './fit';
import { toKernelParams } from './hyperparameters';

describe('fitHyperparameters', () => {
  // 30 points of f(x) = sin(6 x₁): the second column is irrelevant.
  const rng = createRng(11);
  const points = Array.from({ length: 30 }, () => Float64Array.of(rng.next(), rng.next()));
  const y = Float64Array.from(points, (p) => Math.sin(6 * p[0]!));

  it('finds a short length scale for the column that matters and a long one for the other', () => {
    const raw = fitHyperparameters(points, y, {
      warmStart: null,
      randomRestarts: 3,
      maxIterations: 100,
      rng: createRng(1),
    });
    const [relevant, irrelevant] = toKernelParams(raw).inverseSquaredLengthscales;
    // 1/ℓ²: ℓ₁ well under 1 (a period of ~1), ℓ₂ at least several times longer.
    expect(relevant!).toBeGreaterThan(1);
    expect(relevant! / irrelevant!).toBeGreaterThan(10);
    // A noiseless objective: the noise goes to its floor.
    expect(toKernelParams(raw).noiseVariance).toBeLessThan(1e-3);
  });

  it('follows a warm start from a single start', () => {
    const cold = fitHyperparameters(points, y, {
      warmStart: null,
      randomRestarts: 0,
      maxIterations: 100,
      rng: createRng(1),
    });
    const warm = fitHyperparameters(points, y, {
      warmStart: cold,
      randomRestarts: 3,
      maxIterations: 100,
      rng: createRng(2),
    });
    Array.from(warm).forEach((v, i) => expect(v).toBeCloseTo(cold[i]!, 1));
  });
});
