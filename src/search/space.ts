import type { Distribution, ParamValue, SearchParamSpec } from '../experiment/search-schema';
import type { ParamDef, Params, SearchSpace } from './types';
import { stepTop } from './transform';

/** Turns the spec's searched fields into the space samplers see: one ParamDef per `target`. */
export function buildSearchSpace(params: readonly SearchParamSpec[]): SearchSpace {
  return {
    params: params.map((spec) => ({
      name: spec.target,
      distribution: spec.distribution,
      grid: gridValues(spec.distribution, spec.gridPoints),
      condition: spec.condition,
    })),
  };
}

/** The values a grid search takes of a distribution: its choices, or `points` spread over a range. */
export function gridValues(distribution: Distribution, points: number): readonly ParamValue[] {
  switch (distribution.type) {
    case 'categorical':
      return distribution.choices;
    case 'float':
      return unique(spread(distribution.low, distribution.high, points, distribution.log));
    case 'int': {
      const { low, step } = distribution;
      // The last point on the step grid sits below `high` when the range is not a multiple of step.
      const top = stepTop(distribution);
      const onStep = (x: number) => Math.min(top, low + Math.round((x - low) / step) * step);
      return unique(spread(low, top, points, distribution.log).map(onStep));
    }
  }
}

/** `points` evenly spaced values from low to high (both included); geometric when `log`. */
function spread(low: number, high: number, points: number, log: boolean): number[] {
  if (points < 2 || low === high) return [low];
  return Array.from({ length: points }, (_, i) => {
    if (i === 0) return low;
    if (i === points - 1) return high;
    const t = i / (points - 1);
    const x = log
      ? Math.exp(Math.log(low) + t * (Math.log(high) - Math.log(low)))
      : low + t * (high - low);
    // 12 significant digits drop float noise: a grid shows 0.03, not 0.029999999999999995.
    return Number(x.toPrecision(12));
  });
}

function unique(values: readonly number[]): number[] {
  return [...new Set(values)];
}

/** Whether a (conditional) parameter exists given the values chosen so far for earlier ones. */
export function isActive(def: ParamDef, params: Params): boolean {
  const condition = def.condition;
  if (!condition) return true;
  if (!Object.hasOwn(params, condition.param)) return false;
  return condition.in.includes(params[condition.param] as ParamValue);
}

/** Whether `value` is one a distribution can produce: inside its range, on its step, or a choice. */
export function containsValue(distribution: Distribution, value: ParamValue): boolean {
  switch (distribution.type) {
    case 'categorical':
      return distribution.choices.includes(value);
    case 'float':
      return typeof value === 'number' && value >= distribution.low && value <= distribution.high;
    case 'int':
      return (
        typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= distribution.low &&
        value <= distribution.high &&
        (value - distribution.low) % distribution.step === 0
      );
  }
}
