import type { Rng } from '../../lib/rng';
import type { ParamValue } from '../../experiment/search-schema';
import type { ParamDef } from '../types';
import { categoricalKernelLogProbabilities } from './categorical-parzen';
import type { NumericDistribution } from '../transform';
import { fromInternal, numericDomain, toInternal } from '../transform';
import type { KernelWidth, NumericDomain, NumericKernelConstants, NumericKernels } from './parzen';
import {
  neighbourSigmas,
  numericKernelConstants,
  numericKernelLogPdfs,
  numericKernels,
  sampleNumericKernel,
} from './parzen';

type Dimension =
  | {
      kind: 'numeric';
      d: NumericDistribution;
      domain: NumericDomain;
      kernels: NumericKernels;
      constants: NumericKernelConstants;
    }
  | { kind: 'categorical'; choices: readonly ParamValue[]; logProbabilities: Float64Array[] };

/** A Parzen estimator over one or more parameters: component k is a product over dimensions. */
export interface ParzenMixture {
  weights: Float64Array;
  /** log of each weight, for mixtureLogPdf. */
  logWeights: Float64Array;
  dimensions: Dimension[];
}

/** Observation weights (Optuna's defaults, oldest first) and the prior's, normalised. */
function mixtureWeights(observationWeights: readonly number[], priorWeight: number): Float64Array {
  const weights = Float64Array.from([...observationWeights, priorWeight]);
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => w / total);
}

/** The estimator of `defs` from `rows` (one per trial, a valid value per def). */
export function buildMixture(
  defs: readonly ParamDef[],
  rows: readonly (readonly ParamValue[])[],
  observationWeights: readonly number[],
  width: KernelWidth,
): ParzenMixture {
  const dimensions = defs.map((def, j): Dimension => {
    const d = def.distribution;
    const column = rows.map((row) => row[j] as ParamValue);
    if (d.type === 'categorical') {
      const indices = column.map((value) => d.choices.indexOf(value));
      return {
        kind: 'categorical',
        choices: d.choices,
        logProbabilities: categoricalKernelLogProbabilities(indices, d.choices.length),
      };
    }
    const domain = numericDomain(d);
    const internal = column.map((value) => toInternal(d, value as number));
    const kernels = numericKernels(internal, domain, neighbourSigmas(internal, domain, width));
    const constants = numericKernelConstants(kernels, domain);
    return { kind: 'numeric', d, domain, kernels, constants };
  });
  const weights = mixtureWeights(observationWeights, 1);
  return { weights, logWeights: weights.map(Math.log), dimensions };
}

/** Index drawn with probability proportional to `weights` (which sum to 1). */
function drawIndex(weights: ArrayLike<number>, rng: Rng): number {
  let u = rng.next();
  for (let i = 0; i < weights.length - 1; i++) {
    u -= weights[i] as number;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** How sampleMixture draws. */
export interface MixtureDraw {
  /**
   * Probability that the draw recombines: each dimension from a component drawn on its own
   * instead of all from one (a crossover of the good trials, which a separable objective rewards).
   */
  recombine: number;
}

function drawDimension(dim: Dimension, k: number, rng: Rng, shrink: number): ParamValue {
  if (dim.kind === 'categorical') {
    const probabilities = Array.from(dim.logProbabilities[k] as Float64Array, Math.exp);
    return dim.choices[drawIndex(probabilities, rng)] as ParamValue;
  }
  return fromInternal(dim.d, sampleNumericKernel(dim.kernels, k, dim.domain, rng, shrink));
}

/** One draw: a component by weight, then each dimension from that component (or, see `draw`, each from its own). */
export function sampleMixture(
  mixture: ParzenMixture,
  rng: Rng,
  draw: MixtureDraw = { recombine: 0 },
): ParamValue[] {
  const k = drawIndex(mixture.weights, rng);
  const recombine = draw.recombine > 0 && rng.next() < draw.recombine;
  return mixture.dimensions.map((dim) =>
    drawDimension(dim, recombine ? drawIndex(mixture.weights, rng) : k, rng, 1),
  );
}

/** One draw from component k alone, its numeric kernels narrowed by `shrink`. */
export function sampleComponent(
  mixture: ParzenMixture,
  k: number,
  rng: Rng,
  shrink: number,
): ParamValue[] {
  return mixture.dimensions.map((dim) => drawDimension(dim, k, rng, shrink));
}

/** log Σ_k w_k Π_j p_kj(values_j). */
export function mixtureLogPdf(mixture: ParzenMixture, values: readonly ParamValue[]): number {
  const terms = mixture.logWeights.slice();
  const logPdfs = new Float64Array(terms.length);
  mixture.dimensions.forEach((dim, j) => {
    const value = values[j] as ParamValue;
    if (dim.kind === 'categorical') {
      const choice = dim.choices.indexOf(value);
      dim.logProbabilities.forEach((row, k) => (logPdfs[k] = row[choice] as number));
    } else {
      const x = toInternal(dim.d, value as number);
      numericKernelLogPdfs(dim.kernels, dim.domain, x, dim.constants, logPdfs);
    }
    for (let k = 0; k < terms.length; k++) terms[k] = (terms[k] as number) + (logPdfs[k] as number);
  });
  let max = -Infinity;
  for (let k = 0; k < terms.length; k++) max = Math.max(max, terms[k] as number);
  if (!Number.isFinite(max)) return max;
  let sum = 0;
  for (let k = 0; k < terms.length; k++) sum = sum + Math.exp((terms[k] as number) - max);
  return max + Math.log(sum);
}
