import type { ExperimentSpec } from '../experiment/experiment';
import type { Distribution, ParamValue } from '../experiment/search-schema';
import { LAYER_FIELD, REPEAT } from '../experiment/search-targets';
import { gridValues } from '../search/space';

/** One searched parameter as the Python script names and suggests it. */
export interface PythonParam {
  /** Snake case, unique in the script: `learning_rate`, `layer_2_units`, `repeat_layers_1_3`. */
  name: string;
  /** The spec's target it sets (`training.learningRate`, `model.layers.1.units`, `model.repeat.0-2`). */
  target: string;
  distribution: Distribution;
  /** The values a grid search takes: the app's own grid. */
  grid: readonly ParamValue[];
  /** Suggested only while the parameter named `param` (its Python name) takes one of `in`. */
  condition: { param: string; in: readonly ParamValue[] } | null;
}

/** `learningRate` → `learning_rate`, `kernelL1` → `kernel_l1`. */
const snakeCase = (name: string): string =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();

/** The readable name of a target; layers are numbered from 1, as the builder shows them. */
export function pythonName(target: string): string {
  if (target.startsWith('training.')) return snakeCase(target.slice('training.'.length));
  const field = LAYER_FIELD.exec(target);
  if (field) return `layer_${Number(field[1]) + 1}_${snakeCase(field[2] as string)}`;
  const repeat = REPEAT.exec(target);
  if (repeat) {
    const [from, to] = [Number(repeat[1]) + 1, Number(repeat[2]) + 1];
    return from === to ? `repeat_layer_${from}` : `repeat_layers_${from}_${to}`;
  }
  // A target the app does not know still gets a name, one no known target can take.
  return `param_${snakeCase(target)}`;
}

/** `name`, or `name_2`, `name_3`… when an earlier parameter already took it. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
  taken.add(candidate);
  return candidate;
}

/** The spec's searched parameters in its order, named for the Python script. */
export function pythonParams(spec: ExperimentSpec): PythonParam[] {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  const named = spec.search.params.map((param) => {
    const name = uniqueName(pythonName(param.target), taken);
    if (!names.has(param.target)) names.set(param.target, name);
    return { param, name };
  });
  return named.map(({ param, name }) => ({
    name,
    target: param.target,
    distribution: param.distribution,
    grid: gridValues(param.distribution, param.gridPoints),
    condition: param.condition
      ? {
          param: names.get(param.condition.param) ?? pythonName(param.condition.param),
          in: param.condition.in,
        }
      : null,
  }));
}
