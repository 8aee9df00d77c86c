import type { ParamValue, SearchParamSpec } from './search-schema';
import type { SearchChipLabel, SearchGroupLabel, SearchTarget } from './search-targets';
import { newSearchParam } from './search-targets';

/** The list with `target` searched (its suggested distribution) or no longer searched. */
export function toggleSearched(
  params: readonly SearchParamSpec[],
  target: SearchTarget,
): SearchParamSpec[] {
  return params.some((p) => p.target === target.target)
    ? removeSearched(params, target.target)
    : [...params, newSearchParam(target)];
}

/** Drops a searched field; parameters that depended on it become unconditional. */
export function removeSearched(
  params: readonly SearchParamSpec[],
  target: string,
): SearchParamSpec[] {
  return params
    .filter((p) => p.target !== target)
    .map((p) => (p.condition?.param === target ? { ...p, condition: null } : p));
}

export function updateSearched(
  params: readonly SearchParamSpec[],
  index: number,
  change: Partial<SearchParamSpec>,
): SearchParamSpec[] {
  return params.map((p, i) => (i === index ? { ...p, ...change } : p));
}

/** Adds or removes a value, keeping the order of `order` (the field's legal values). */
export function toggleValue(
  values: readonly ParamValue[],
  value: ParamValue,
  order: readonly ParamValue[],
): ParamValue[] {
  const next = values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
  const rank = (v: ParamValue) => (order.includes(v) ? order.indexOf(v) : order.length);
  return next.sort((a, b) => rank(a) - rank(b));
}

/** Parameters listed above `index` whose values are choices: the ones a condition may test. */
export function conditionParents(
  params: readonly SearchParamSpec[],
  index: number,
): SearchParamSpec[] {
  return params.slice(0, index).filter((p) => p.distribution.type === 'categorical');
}

export interface TargetGroup {
  /** The same in every language: `training`, `model.layers.1`, `repeats`. */
  key: string;
  label: SearchGroupLabel;
  /** A layer's group: the layer's number, from 1 (its chips name only the field). */
  layer: number | null;
  options: { target: string; label: SearchChipLabel }[];
}

const LAYER_TARGET = /^model\.layers\.(\d+)\./;

/** Targets for the "add a parameter" list: training settings, each layer, repeated blocks. */
export function groupTargets(targets: readonly SearchTarget[]): TargetGroup[] {
  const groups = new Map<string, TargetGroup>();
  for (const t of targets) {
    const layer = LAYER_TARGET.exec(t.target);
    const key = t.target.startsWith('training.')
      ? 'training'
      : layer
        ? `model.layers.${layer[1]}`
        : 'repeats';
    const group = groups.get(key) ?? {
      key,
      label: t.group,
      layer: layer ? Number(layer[1]) + 1 : null,
      options: [],
    };
    group.options.push({ target: t.target, label: t.chip });
    groups.set(key, group);
  }
  return [...groups.values()];
}
