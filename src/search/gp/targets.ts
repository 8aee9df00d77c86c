import { meanAndSpread } from '../../lib/stats';
import type { Direction } from '../../experiment/search-schema';

/** Where the GP's prior mean sits among the observed values (0 = best, 1 = worst). */
const PRIOR_MEAN_QUANTILE = 0.9;

/**
 * Objective values → the targets the GP is fitted to: turned into minimisation, standardised,
 * then shifted so that the GP's zero prior mean sits at the 90th percentile of what was seen.
 * A pessimistic prior mean: unexplored regions are taken to be as bad as most trials, so EI
 * stops sending trials to the corners of the cube (where the prior variance is largest) and
 * refines the best regions instead; with the mean at the average, up to half of Hartmann-6's
 * trials went to corners.
 */
export function gpTargets(values: readonly number[], direction: Direction): Float64Array {
  const sign = direction === 'minimize' ? 1 : -1;
  const raw = values.map((v) => sign * v);
  const spread = (raw.length > 0 && meanAndSpread(raw).std) || 1;
  const sorted = [...raw].sort((a, b) => a - b);
  const at = Math.min(sorted.length - 1, Math.floor(PRIOR_MEAN_QUANTILE * sorted.length));
  const priorMean = sorted[at] as number;
  return Float64Array.from(raw, (v) => (v - priorMean) / spread);
}
