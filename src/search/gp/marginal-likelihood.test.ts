import { describe, expect, it } from 'vitest';
import { MIN_NOISE } from './hyperparameters';
import { hyperparameterLoss } from './marginal-likelihood';

/** The loss's value at raw, with its gradient written into `gradient`. */
function lossAt(points: Float64Array[], y: Float64Array) {
  const loss = hyperparameterLoss(points, y);
  return (raw: Float64Array, gradient: Float64Array) => {
    const value = loss.value(raw);
    loss.gradient(gradient);
    return value;
  };
}

describe('hyperparameter loss', () => {
  it('is −(log marginal likelihood + log prior), by hand for one observation', () => {
    // y = 1 at x = 0; 1/ℓ² = 1, s = 1, noise 0.25: K = 1.25,
    // log p(y) = −½ · 1/1.25 − ½ log 1.25 − ½ log 2π = −0.4 − 0.1115718 − 0.9189385 = −1.4305103.
    // log prior = (2 log 1 − 6 · 1) + (log 1 − 1) + (0.1 log 0.25 − 30 · 0.25) = −14.6386294.
    const loss = lossAt([Float64Array.of(0)], Float64Array.of(1));
    const raw = Float64Array.of(0, 0, Math.log(0.25 - MIN_NOISE));
    expect(loss(raw, new Float64Array(3))).toBeCloseTo(1.4305103 + 14.6386294, 6);
  });

  it('has the analytic gradient', () => {
    const points = [
      Float64Array.of(0.1, 0.2),
      Float64Array.of(0.8, 0.4),
      Float64Array.of(0.5, 0.9),
    ];
    const loss = lossAt(points, Float64Array.of(1.2, -0.3, -0.9));
    const raw = Float64Array.of(0.4, -1.1, 0.3, Math.log(0.01));
    const gradient = new Float64Array(4);
    loss(raw, gradient);
    const scratch = new Float64Array(4);
    raw.forEach((_, i) => {
      const h = 1e-6;
      const up = raw.slice();
      up[i]! += h;
      const down = raw.slice();
      down[i]! -= h;
      expect(gradient[i]).toBeCloseTo((loss(up, scratch) - loss(down, scratch)) / (2 * h), 5);
    });
  });
});
