import type { Rng } from '../../lib/rng';
import type { ParamValue } from '../../experiment/search-schema';
import { minimizeBox } from '../math/minimize-box';
import { sampleRandomParams } from '../random-sampler';
import type { SearchSpace } from '../types';
import { stepTop } from '../transform';
import type { Encoder, ParamColumns } from './encode';

/** An acquisition function over canonical points of the unit cube (higher is better). */
export interface Acquisition {
  /** A cheaper stand-in for value, to rank the random candidates. */
  screen(x: Float64Array): number;
  /**
   * The indices of the `count` best of `xs` by screen, in the order a stable sort by screen
   * (descending) puts them: the same answer as scoring every one, found with less work.
   */
  screenTop?(xs: readonly Float64Array[], count: number): number[];
  value(x: Float64Array): number;
  /** Writes ∂/∂x at the point of the last `value` call into `gradient`. */
  gradient(gradient: Float64Array): void;
}

export interface AcquisitionSearch {
  /** Random points scored first. */
  candidates: number;
  /** How many of the best of them are refined locally. */
  localStarts: number;
  /** L-BFGS iterations of each continuous refinement. */
  maxIterations: number;
}

const MAX_ROUNDS = 3;

interface Scored {
  x: Float64Array;
  value: number;
}

/** encode(decode(x)): ints onto their grid, one choice hot, inactive params at their fixed value. */
function canonical(encoder: Encoder, x: Float64Array): Float64Array {
  return encoder.encode(encoder.decode(x));
}

/** Refines the active floats' columns by projected L-BFGS on −acquisition, the rest held fixed. */
function refineContinuous(
  encoder: Encoder,
  acquisition: Acquisition,
  start: Scored,
  maxIterations: number,
): Scored {
  const params = encoder.decode(start.x);
  const free = encoder.columns
    .filter((c) => c.continuous && c.width === 1 && Object.hasOwn(params, c.def.name))
    .map((c) => c.offset);
  if (free.length === 0) return start;
  const x = start.x.slice();
  const full = new Float64Array(x.length);
  const result = minimizeBox(
    {
      value: (sub) => {
        free.forEach((column, i) => (x[column] = sub[i] as number));
        return -acquisition.value(x);
      },
      gradient: (gradient) => {
        acquisition.gradient(full);
        free.forEach((column, i) => (gradient[i] = -(full[column] as number)));
      },
    },
    free.map((column) => start.x[column] as number),
    {
      lower: free.map(() => 0),
      upper: free.map(() => 1),
      maxIterations,
      gradientTolerance: 1e-5,
    },
  );
  if (-result.value <= start.value) return start;
  free.forEach((column, i) => (x[column] = result.x[i] as number));
  return { x, value: -result.value };
}

/** Values worth trying in place of the current one: every other choice, or nearby grid points. */
function alternatives(columns: ParamColumns, current: ParamValue): ParamValue[] {
  const d = columns.def.distribution;
  if (d.type === 'categorical') return d.choices.filter((choice) => choice !== current);
  if (d.type === 'float' || typeof current !== 'number') return [];
  const top = stepTop(d);
  const values: number[] = [];
  // Steps of 1, 2, 4, … grid points either way: near moves and, on long (log) ranges, far ones.
  for (let jump = 1; jump <= (top - d.low) / d.step; jump *= 2) {
    for (const value of [current - jump * d.step, current + jump * d.step]) {
      if (value >= d.low && value <= top) values.push(value);
    }
  }
  return values;
}

/** One pass over the ints and categoricals: each moves to its best alternative, if that helps. */
function refineDiscrete(encoder: Encoder, acquisition: Acquisition, start: Scored): Scored {
  let best = start;
  for (const columns of encoder.columns) {
    if (columns.continuous || columns.width === 0) continue;
    const params = encoder.decode(best.x);
    const current = params[columns.def.name];
    if (current === undefined) continue;
    for (const value of alternatives(columns, current)) {
      const x = canonical(encoder, encoder.encode({ ...params, [columns.def.name]: value }));
      const score = acquisition.value(x);
      if (score > best.value) best = { x, value: score };
    }
  }
  return best;
}

/**
 * Maximises the acquisition over the space: scores random points, then refines the best few and
 * the given starts (the best trials so far) by alternating gradient steps on the floats with
 * discrete moves of the ints and categoricals.
 */
export function maximizeAcquisition(
  space: SearchSpace,
  encoder: Encoder,
  acquisition: Acquisition,
  starts: readonly Float64Array[],
  rng: Rng,
  search: AcquisitionSearch,
): Float64Array {
  const candidates = Array.from({ length: search.candidates }, () =>
    encoder.encode(sampleRandomParams(space, rng)),
  );
  const top = acquisition.screenTop
    ? acquisition
        .screenTop(candidates, search.localStarts)
        .map((i) => candidates[i] as Float64Array)
    : candidates
        .map((x) => ({ x, value: acquisition.screen(x) }))
        .sort((a, b) => b.value - a.value)
        .slice(0, search.localStarts)
        .map(({ x }) => x);
  const initial = [
    ...top.map((x) => ({ x, value: acquisition.value(x) })),
    ...starts.map((s) => {
      const x = canonical(encoder, s);
      return { x, value: acquisition.value(x) };
    }),
  ];

  const rounds = encoder.columns.some((c) => !c.continuous && c.width > 0) ? MAX_ROUNDS : 1;
  let best: Scored = {
    x: initial[0]?.x ?? encoder.encode(sampleRandomParams(space, rng)),
    value: -Infinity,
  };
  for (const start of initial) {
    let point = start;
    for (let round = 0; round < rounds; round++) {
      const refined = refineDiscrete(
        encoder,
        acquisition,
        refineContinuous(encoder, acquisition, point, search.maxIterations),
      );
      const improved = refined.value > point.value;
      point = refined;
      if (!improved) break;
    }
    if (point.value > best.value) best = point;
  }
  return best.x;
}
