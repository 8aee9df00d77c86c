import { specDatasetInfo } from './dataset-info';
import type { ExperimentSpec } from './experiment';
import { LIMITS, OPTIMIZERS } from './experiment';
import type { LayerSpec } from './layers';
import type { LayerParamKey } from './layer-catalog';
import { LAYER_CATALOG } from './layer-catalog';
import type { Message, MessageParam } from '../lib/message';
import { message } from '../lib/message';
import { problem } from './problem';
import type { Distribution, ParamValue, SearchParamSpec } from './search-schema';
import type { SpecIssue } from './validate';

/** The training fields a search can vary (their words: `search:targets.*`, `search:chips.*`). */
export type TrainingTargetKey = 'learningRate' | 'batchSize' | 'epochs' | 'optimizer';

/**
 * How a searchable field is named, as codes the UI words (namespace `search`, under `targets`):
 * a training field; a layer's field (`layerField`: the layer's number, its type's Keras name and
 * the field, a `search:fields.<key>` message: "Layer 2 (Dense): units"); a repeated layer or block
 * (`repeatLayer` with `layer`, `repeatBlock` with `from` and `to`, numbered from 1); `unknown`, a
 * field the spec does not have, with its raw path as `name`.
 */
export type SearchTargetKey =
  TrainingTargetKey | 'layerField' | 'repeatLayer' | 'repeatBlock' | 'unknown';
export type SearchTargetLabel = Message<`search:targets.${SearchTargetKey}`>;
/** A layer's field after its layer: "units" (`search:fields.<key>`). */
export type SearchFieldLabel = Message<`search:fields.${LayerParamKey}`>;

/** What a field's chip says in the list of fields to search: "learning rate", "units". */
export type SearchChipKey = TrainingTargetKey | 'repeatLayer' | 'repeatBlock';
export type SearchChipLabel = Message<`search:chips.${SearchChipKey}`> | SearchFieldLabel;

/** The groups of that list: training, each layer (`layer`, `type`), repeated blocks. */
export type SearchGroupKey = 'training' | 'layer' | 'repeats';
export type SearchGroupLabel = Message<`search:groups.${SearchGroupKey}`>;

type Params = Readonly<Record<string, MessageParam>>;
const targetMessage = (key: SearchTargetKey, params?: Params): SearchTargetLabel =>
  message(`search:targets.${key}` as const, params);
const chipMessage = (key: SearchChipKey, params?: Params): SearchChipLabel =>
  message(`search:chips.${key}` as const, params);
const groupMessage = (key: SearchGroupKey, params?: Params): SearchGroupLabel =>
  message(`search:groups.${key}` as const, params);

/** A field of the experiment that a search can vary, with its legal values. */
export interface SearchTarget {
  target: string;
  /** How the UI names it, e.g. "Layer 2 (Dense): units". */
  label: SearchTargetLabel;
  /** The group the list of fields to search shows it in, and its chip's words there. */
  group: SearchGroupLabel;
  chip: SearchChipLabel;
  kind: 'float' | 'int' | 'categorical';
  /** Legal range of a numeric field. */
  min: number;
  max: number;
  /** Legal values of a categorical field. */
  choices: readonly ParamValue[];
  /** The distribution a newly added parameter starts with, built around the current value. */
  suggested: Distribution;
}

const MAX_REPEATS = 5;
/** A repeated hidden block, `model.repeat.FROM-TO`, as the search names it. */
export const REPEAT = /^model\.repeat\.(\d+)-(\d+)$/;
/** A layer's field as a search target, `model.layers.INDEX.FIELD`, the index from 0. */
export const LAYER_FIELD = /^model\.layers\.(\d+)\.(\w+)$/;

/** The training fields a search can vary; other training settings stay as the builder has them. */
const TRAINING_TARGETS = {
  learningRate: { kind: 'float', ...LIMITS.learningRate },
  batchSize: { kind: 'int', ...LIMITS.batchSize },
  epochs: { kind: 'int', min: 1, max: 1000 },
} as const;

/** Specs are immutable, so each one's targets are worked out once however many fields ask. */
const targetsOf = new WeakMap<ExperimentSpec, readonly SearchTarget[]>();

/** Every field of this spec a search can vary: training settings, each layer's settings, repeats. */
export function searchTargets(spec: ExperimentSpec): readonly SearchTarget[] {
  let targets = targetsOf.get(spec);
  if (!targets) {
    targets = buildTargets(spec);
    targetsOf.set(spec, targets);
  }
  return targets;
}

function buildTargets(spec: ExperimentSpec): SearchTarget[] {
  const targets: SearchTarget[] = [];
  const { training } = spec;
  const lr = training.learningRate;
  targets.push(
    numeric('learningRate', {
      type: 'float',
      low: clamp(tidy(lr / 10), LIMITS.learningRate),
      high: clamp(tidy(lr * 10), LIMITS.learningRate),
      log: true,
    }),
    numeric('batchSize', {
      type: 'int',
      low: 16,
      high: 128,
      step: 1,
      log: true,
    }),
    numeric('epochs', {
      type: 'int',
      low: Math.max(1, Math.round(training.epochs / 2)),
      high: Math.min(1000, training.epochs * 2),
      step: 1,
      log: false,
    }),
    categorical('training.optimizer', trainingNames('optimizer'), OPTIMIZERS, [
      'adam',
      'sgd',
      'rmsprop',
    ]),
  );
  spec.model.layers.forEach((layer, index) => targets.push(...layerTargets(layer, index)));
  // A hidden block worth repeating: each run of layers before the output layer, up to 3 long.
  const last = spec.model.layers.length - 1;
  for (let from = 0; from < last; from++) {
    for (let to = from; to < Math.min(last, from + 3); to++) {
      const [key, params] =
        from === to
          ? (['repeatLayer', { layer: from + 1 }] as const)
          : (['repeatBlock', { from: from + 1, to: to + 1 }] as const);
      targets.push({
        target: `model.repeat.${from}-${to}`,
        label: targetMessage(key, params),
        group: groupMessage('repeats'),
        chip: chipMessage(key, params),
        kind: 'int',
        min: 1,
        max: MAX_REPEATS,
        choices: [],
        suggested: { type: 'int', low: 1, high: 3, step: 1, log: false },
      });
    }
  }
  return targets;
}

function layerTargets(layer: LayerSpec, index: number): SearchTarget[] {
  const entry = LAYER_CATALOG[layer.type];
  const place = { layer: index + 1, type: entry.label };
  const current = layer as unknown as Record<string, unknown>;
  return entry.params.flatMap((param): SearchTarget[] => {
    const target = `model.layers.${index}.${param.key}`;
    const field = message(`search:fields.${param.key as LayerParamKey}` as const);
    const names: Names = {
      label: targetMessage('layerField', { ...place, field }),
      group: groupMessage('layer', place),
      chip: field,
    };
    if (param.kind === 'enum') {
      const values = param.options.map((o) => o.value);
      return [categorical(target, names, values, [current[param.key] as string])];
    }
    if (param.kind === 'bool') return [categorical(target, names, [true, false], [true, false])];
    if (param.kind !== 'int' && param.kind !== 'float') return [];
    const value = Number(current[param.key]);
    const bounds = { min: param.min, max: param.max };
    const regulariser = param.key === 'kernelL1' || param.key === 'kernelL2';
    const suggested: Distribution =
      param.kind === 'float'
        ? regulariser
          ? { type: 'float', low: 1e-5, high: 1e-1, log: true }
          : {
              type: 'float',
              low: bounds.min,
              high: clamp(Math.max(value * 2, 0.5), bounds),
              log: false,
            }
        : {
            type: 'int',
            low: clamp(Math.max(1, Math.round(value / 4)), bounds),
            high: clamp(Math.max(2, value * 4), bounds),
            step: 1,
            log: value >= 4,
          };
    return [{ target, ...names, kind: param.kind, ...bounds, choices: [], suggested }];
  });
}

/** How a target is named: its label, its group and its chip. */
type Names = Pick<SearchTarget, 'label' | 'group' | 'chip'>;

const trainingNames = (key: TrainingTargetKey): Names => ({
  label: targetMessage(key),
  group: groupMessage('training'),
  chip: chipMessage(key),
});

function numeric(key: keyof typeof TRAINING_TARGETS, suggested: Distribution): SearchTarget {
  const { kind, min, max } = TRAINING_TARGETS[key];
  return {
    target: `training.${key}`,
    ...trainingNames(key),
    kind,
    min,
    max,
    choices: [],
    suggested,
  };
}

function categorical(
  target: string,
  names: Names,
  choices: readonly ParamValue[],
  start: readonly ParamValue[],
): SearchTarget {
  const initial = [...new Set([...start, ...choices])].slice(0, Math.max(2, start.length));
  return {
    target,
    ...names,
    kind: 'categorical',
    min: 0,
    max: 0,
    choices,
    suggested: { type: 'categorical', choices: initial },
  };
}

/** Floating-point noise trimmed (0.003 / 10 is 0.00030000000000000003): what a person would type. */
const tidy = (value: number) => Number(value.toPrecision(12));

const clamp = (value: number, { min, max }: { min: number; max: number }) =>
  Math.min(max, Math.max(min, value));

/** A new search parameter for a target, with its suggested distribution. */
export function newSearchParam(target: SearchTarget): SearchParamSpec {
  return { target: target.target, distribution: target.suggested, gridPoints: 3, condition: null };
}

/**
 * The experiment one trial trains: the spec with each searched value written in. Layer fields
 * are set first (their indices name the builder's layers), then repeated blocks are expanded.
 */
export function applyParams(
  spec: ExperimentSpec,
  params: Readonly<Record<string, ParamValue>>,
): ExperimentSpec {
  const training: Record<string, unknown> = { ...spec.training };
  const layers = spec.model.layers.map((layer) => ({ ...layer }) as Record<string, unknown>);
  const repeats: { from: number; to: number; times: number }[] = [];
  for (const [target, value] of Object.entries(params)) {
    const repeat = REPEAT.exec(target);
    const field = LAYER_FIELD.exec(target);
    if (target.startsWith('training.')) training[target.slice('training.'.length)] = value;
    else if (field) {
      const layer = layers[Number(field[1])];
      if (layer) layer[field[2] as string] = value;
    } else if (repeat) {
      repeats.push({ from: Number(repeat[1]), to: Number(repeat[2]), times: Number(value) });
    }
  }
  // Later blocks first, so earlier indices still point at the builder's layers.
  let expanded = layers;
  for (const { from, to, times } of repeats.sort((a, b) => b.from - a.from)) {
    const block = expanded.slice(from, to + 1);
    const copies = Array.from({ length: Math.max(1, times) }, () => block.map((l) => ({ ...l })));
    expanded = [...expanded.slice(0, from), ...copies.flat(), ...expanded.slice(to + 1)];
  }
  return {
    ...spec,
    training: training as ExperimentSpec['training'],
    model: { layers: expanded as unknown as LayerSpec[] },
  };
}

/**
 * What is wrong with the search section of a spec, located like any other issue
 * (`search.params.2.distribution`): unknown or repeated targets, ranges outside the field's
 * limits, choices the field does not take, overlapping repeats, conditions on later parameters.
 */
export function searchIssues(spec: ExperimentSpec): SpecIssue[] {
  const issues: SpecIssue[] = [];
  if (
    spec.search.objective === 'valAccuracy' &&
    specDatasetInfo(spec.dataset).task === 'regression'
  )
    issues.push(problem('objective-needs-classes', 'search.objective', {}));
  const known = new Map(searchTargets(spec).map((t) => [t.target, t]));
  const seen = new Set<string>();
  const repeats: [number, number][] = [];
  spec.search.params.forEach((param, index) => {
    const path = `search.params.${index}`;
    const target = known.get(param.target);
    if (!target) {
      issues.push(problem('unknown-target', `${path}.target`, { target: param.target }));
      return;
    }
    if (seen.has(param.target))
      issues.push(problem('searched-twice', `${path}.target`, { target: param.target }));
    seen.add(param.target);
    const wrong = distributionProblem(target, param.distribution, `${path}.distribution`);
    if (wrong) issues.push(wrong);
    const repeat = REPEAT.exec(param.target);
    if (repeat) {
      const range: [number, number] = [Number(repeat[1]), Number(repeat[2])];
      if (repeats.some(([a, b]) => range[0] <= b && a <= range[1]))
        issues.push(problem('repeats-overlap', `${path}.target`, {}));
      repeats.push(range);
    }
    if (param.condition) {
      const parent = spec.search.params.findIndex((p) => p.target === param.condition?.param);
      if (parent < 0 || parent >= index)
        issues.push(problem('condition-order', `${path}.condition`, { target: param.target }));
    }
  });
  return issues;
}

function distributionProblem(
  searched: SearchTarget,
  d: Distribution,
  path: string,
): SpecIssue | null {
  const { target, min, max } = searched;
  if (searched.kind === 'categorical') {
    if (d.type !== 'categorical') return problem('needs-choices', path, { target });
    const wrong = d.choices.find((c) => !searched.choices.includes(c));
    return wrong === undefined
      ? null
      : problem('choice-not-allowed', path, { target, value: String(wrong) });
  }
  if (d.type === 'categorical') {
    const wrong = d.choices.find(
      (c) =>
        typeof c !== 'number' ||
        c < min ||
        c > max ||
        (searched.kind === 'int' && !Number.isInteger(c)),
    );
    return wrong === undefined
      ? null
      : problem('choice-out-of-range', path, { target, value: String(wrong), min, max });
  }
  if (searched.kind === 'int' && d.type === 'float') {
    return problem('needs-int-range', path, { target });
  }
  if (d.low < min || d.high > max)
    return problem('range-outside-limits', path, { target, min, max });
  return null;
}

/** The label of a target in this spec, or the raw path (`unknown`) when the spec has no such field. */
export function targetLabel(spec: ExperimentSpec, target: string): SearchTargetLabel {
  return (
    searchTargets(spec).find((t) => t.target === target)?.label ??
    targetMessage('unknown', { name: target })
  );
}

/**
 * Keeps searched layer fields attached to their layers when the stack changes: `newIndexOf` maps
 * an old layer index to its new one (−1 when the layer was removed). Fields of removed layers,
 * and repeated blocks that are no longer contiguous, are dropped.
 */
export function remapSearchTargets(
  params: readonly SearchParamSpec[],
  newIndexOf: (old: number) => number,
): SearchParamSpec[] {
  const renamed = new Map<string, string | null>();
  const rename = (target: string): string | null => {
    const field = LAYER_FIELD.exec(target);
    if (field) {
      const index = newIndexOf(Number(field[1]));
      return index < 0 ? null : `model.layers.${index}.${field[2]}`;
    }
    const repeat = REPEAT.exec(target);
    if (repeat) {
      const [from, to] = [Number(repeat[1]), Number(repeat[2])];
      const [a, b] = [newIndexOf(from), newIndexOf(to)];
      return a < 0 || b < 0 || b - a !== to - from ? null : `model.repeat.${a}-${b}`;
    }
    return target;
  };
  for (const param of params) renamed.set(param.target, rename(param.target));
  return params.flatMap((param) => {
    const target = renamed.get(param.target);
    if (!target) return [];
    const parent = param.condition ? renamed.get(param.condition.param) : undefined;
    // A condition on a parameter that went away no longer applies.
    const condition = param.condition && parent ? { ...param.condition, param: parent } : null;
    return [{ ...param, target, condition }];
  });
}
