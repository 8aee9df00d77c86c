import type { Rng } from '../../lib/rng';
import { minimizeBox } from '../math/minimize-box';
import type { RawHyperparameters } from './hyperparameters';
import { defaultHyperparameters, hyperparameterBounds } from './hyperparameters';
import { hyperparameterLoss } from './marginal-likelihood';

export interface FitOptions {
  /** The previous fit's hyperparameters: usually close, so the fit starts there alone. */
  warmStart: RawHyperparameters | null;
  /** Without a warm start: starts drawn at random, on top of the default one. */
  randomRestarts: number;
  maxIterations: number;
  rng: Rng;
}

/** A random start: length scales from 0.1 to 3 (unit cube), signal variance 0.4–2.7, noise 1e-5–0.1. */
function randomStart(dims: number, rng: Rng): RawHyperparameters {
  const raw = new Float64Array(dims + 2);
  for (let d = 0; d < dims; d++) raw[d] = rng.uniform(Math.log(1 / 9), Math.log(100));
  raw[dims] = rng.uniform(-1, 1);
  raw[dims + 1] = rng.uniform(Math.log(1e-5), Math.log(1e-1));
  return raw;
}

/**
 * Maximum a posteriori hyperparameters by projected L-BFGS: from the warm start alone, or else
 * from the default and several random starts, the best loss winning.
 */
export function fitHyperparameters(
  points: readonly Float64Array[],
  y: Float64Array,
  options: FitOptions,
): RawHyperparameters {
  const dims = (points[0] as Float64Array).length;
  const loss = hyperparameterLoss(points, y);
  const bounds = hyperparameterBounds(dims);
  const starts = options.warmStart ? [options.warmStart] : [defaultHyperparameters(dims)];
  if (!options.warmStart) {
    for (let r = 0; r < options.randomRestarts; r++) starts.push(randomStart(dims, options.rng));
  }

  let best: RawHyperparameters = starts[0] as RawHyperparameters;
  let bestValue = Infinity;
  for (const start of starts) {
    const result = minimizeBox(loss, start, {
      ...bounds,
      maxIterations: options.maxIterations,
      // Optuna's gtol: a tighter one costs iterations without improving the benchmarks.
      gradientTolerance: 1e-2,
    });
    if (result.value < bestValue) {
      bestValue = result.value;
      best = result.x;
    }
  }
  return best;
}
