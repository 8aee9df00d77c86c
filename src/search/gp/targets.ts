import { meanAndSpread } from '../../lib/stats';
import type { Direction } from '../../experiment/search-schema';

/** Where the GP's prior mean sits among the observed values (0 = best, 1 = worst). */
const PRIOR_MEAN_QUANTILE = 0.9;

/**
 * log(v − best + c) with c the distance from the best to the median value: values near the best
 * keep their spacing (the warp is nearly linear within c of it), values far above are squeezed
 * logarithmically. Objectives whose range is dominated by a few huge values (Rosenbrock: 0 at
 * the optimum, 10⁶ in a corner) would otherwise standardise every good trial to the same target;
 * a smooth GP also fits the warped surface far better than cliffs and plateaus (Levy). Identity
 * when half the values tie with the best (c within a millionth of the range).
 */
function warp(raw: readonly number[]): number[] {
  const sorted = [...raw].sort((a, b) => a - b);
  const best = sorted[0] as number;
  const range = (sorted.at(-1) as number) - best;
  const c = (sorted[Math.floor(sorted.length / 2)] as number) - best;
  // Half the values tied with the best, if only up to rounding noise: a log would blow that
  // noise up into signal.
  if (!(c > 1e-6 * range) || !Number.isFinite(c)) return [...raw];
  return raw.map((v) => Math.log(v - best + c));
}

/**
 * Objective values → the targets the GP is fitted to: turned into minimisation, warped (see
 * warp), standardised, then shifted so that the GP's zero prior mean sits at the 90th percentile
 * of what was seen. A pessimistic prior mean: unexplored regions are taken to be as bad as most
 * trials, so EI stops sending trials to the corners of the cube (where the prior variance is
 * largest) and refines the best regions instead; with the mean at the average, up to half of
 * Hartmann-6's trials went to corners.
 */
export function gpTargets(values: readonly number[], direction: Direction): Float64Array {
  const sign = direction === 'minimize' ? 1 : -1;
  const raw = warp(values.map((v) => sign * v));
  const spread = (raw.length > 0 && meanAndSpread(raw).std) || 1;
  const sorted = [...raw].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.floor(PRIOR_MEAN_QUANTILE * sorted.length));
  const priorMean = sorted[at] as number;
  return Float64Array.from(raw, (v) => (v - priorMean) / spread);
}
