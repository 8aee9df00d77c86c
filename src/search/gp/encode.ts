import type { ParamValue } from '../../experiment/search-schema';
import { isActive } from '../space';
import type { ParamDef, Params, SearchSpace } from '../types';

/** How one parameter maps to columns of the unit cube. */
export interface ParamColumns {
  def: ParamDef;
  /** Index of its first column. */
  offset: number;
  /** 0 for a parameter with one possible value, 1 for numbers, one per choice for categoricals. */
  width: number;
  /** Floats vary continuously; ints (a step grid) and categoricals only in jumps. */
  continuous: boolean;
}

/** Parameters ↔ points of the unit cube the GP works in. */
export interface Encoder {
  width: number;
  columns: readonly ParamColumns[];
  encode(params: Params): Float64Array;
  /** Active parameters only, ints on their step grid, categoricals by their largest column. */
  decode(x: Float64Array): Params;
}

/** Where an inactive numeric parameter sits: a fixed value, so its trials still compare. */
const INACTIVE = 0.5;

interface Scale {
  toUnit(value: number): number;
  fromUnit(u: number): number;
}

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** Linear or log map of [low, high] onto [0, 1]. */
function rangeScale(low: number, high: number, log: boolean): Scale {
  const [a, b] = log ? [Math.log(low), Math.log(high)] : [low, high];
  return {
    toUnit: (value) => ((log ? Math.log(value) : value) - a) / (b - a),
    fromUnit: (u) => {
      const t = a + clamp(u, 0, 1) * (b - a);
      // exp(log(0.1)) is 0.10000000000000006: keep the value inside its own range.
      return clamp(log ? Math.exp(t) : t, low, high);
    },
  };
}

/** Each point of an int's step grid owns an equal slice of [0, 1] (Optuna's half-step widening). */
function stepScale(low: number, points: number, step: number): Scale {
  return {
    toUnit: (value) => ((value - low) / step + 0.5) / points,
    fromUnit: (u) => low + clamp(Math.floor(u * points), 0, points - 1) * step,
  };
}

function scaleOf(def: ParamDef): Scale | null {
  const d = def.distribution;
  if (d.type === 'categorical' || d.low === d.high) return null;
  if (d.type === 'float') return rangeScale(d.low, d.high, d.log);
  if (d.log) {
    const widened = rangeScale(d.low - 0.5, d.high + 0.5, true);
    return {
      toUnit: widened.toUnit,
      fromUnit: (u) => clamp(Math.round(widened.fromUnit(u)), d.low, d.high),
    };
  }
  const points = Math.floor((d.high - d.low) / d.step) + 1;
  return points > 1 ? stepScale(d.low, points, d.step) : null;
}

/** The encoder of a space: numbers to one column (log scales in log space), categoricals one-hot. */
export function createEncoder(space: SearchSpace): Encoder {
  const scales = new Map<string, Scale>();
  const columns: ParamColumns[] = [];
  let offset = 0;
  for (const def of space.params) {
    const d = def.distribution;
    const scale = scaleOf(def);
    if (scale) scales.set(def.name, scale);
    const width =
      d.type === 'categorical' ? (d.choices.length > 1 ? d.choices.length : 0) : scale ? 1 : 0;
    columns.push({ def, offset, width, continuous: d.type === 'float' });
    offset += width;
  }

  const encode = (params: Params): Float64Array => {
    const x = new Float64Array(offset);
    for (const { def, offset: at, width } of columns) {
      if (width === 0) continue;
      const value = params[def.name];
      const d = def.distribution;
      if (d.type === 'categorical') {
        // Inactive (or a value no longer offered): all zeros, a corner apart from every choice.
        const index = value === undefined ? -1 : d.choices.indexOf(value);
        if (index >= 0) x[at + index] = 1;
      } else {
        x[at] =
          typeof value === 'number' ? (scales.get(def.name) as Scale).toUnit(value) : INACTIVE;
      }
    }
    return x;
  };

  const decode = (x: Float64Array): Params => {
    const params: Record<string, ParamValue> = {};
    for (const { def, offset: at, width } of columns) {
      if (!isActive(def, params)) continue;
      const d = def.distribution;
      if (d.type === 'categorical') {
        let chosen = 0;
        for (let c = 1; c < width; c++)
          if ((x[at + c] as number) > (x[at + chosen] as number)) chosen = c;
        params[def.name] = d.choices[chosen] as ParamValue;
      } else {
        params[def.name] =
          width === 0 ? d.low : (scales.get(def.name) as Scale).fromUnit(x[at] as number);
      }
    }
    return params;
  };

  return { width: offset, columns, encode, decode };
}
