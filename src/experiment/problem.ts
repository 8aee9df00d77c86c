import type { z } from '../lib/zod';
import type { DatasetName } from '../data/catalog';
import type { Message } from '../lib/message';
import { isMessage } from '../lib/message';
import type { LossName } from './experiment';
import type { ImageFix } from './shape-messages';

/**
 * A problem the app reports to people, as data: what is wrong (`code`), where (`path`, a dotted
 * path into the spec such as `model.layers.2.units`, or '' for the whole experiment or link) and
 * the values the sentence needs (`params`). No layer below src/ui builds the sentence: the UI
 * renders it (src/ui/shared/problem-text.ts), so it can be translated.
 *
 * A repair that happened for a reason (a value replaced, a layer dropped) carries that reason as a
 * problem of its own, located relative to the repaired value.
 */
export type Problem = {
  [C in ProblemCode]: {
    code: C;
    path: string;
    params: ProblemParams[C];
    reason?: Problem;
  };
}[ProblemCode];

export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

/**
 * A value a problem's sentence can name: a string, a number, or a message (a sentence inside the
 * sentence, such as the fix for a layer that cannot take its input, which the UI translates first).
 */
export type ProblemParam = string | number | Message;

/** Which dataset a problem is about: its name, and for an uploaded CSV the file's name ('' otherwise). */
export type DatasetRef = { dataset: DatasetName; file: string };

/**
 * How an untrusted value is described, never by its whole content: missing, `null`, a list, a
 * group of settings, a short literal (`value` holds it, strings quoted and shortened), or another
 * type (`value` holds its `typeof`).
 */
export type ValueKind = 'missing' | 'null' | 'list' | 'group' | 'literal' | 'type';
export type DescribedValue = { valueKind: ValueKind; value: string };

/** What replaced a bad value: nothing (`null`), a literal (`fallback` holds it) or the defaults. */
export type FallbackKind = 'none' | 'literal' | 'defaults';
export type DescribedFallback = { fallbackKind: FallbackKind; fallback: string };

/** What the items of a list are called: 'layer' for model.layers, 'item' elsewhere. */
export type ItemNoun = 'layer' | 'item';

/**
 * The field a schema problem is about, as a path with list indices replaced by `*`
 * (`model.layers.*.units`): the UI names the field from it.
 */
type Field = { field: string };

/** The parameters of each problem code. */
export type ProblemParams = {
  // The schema's checks (zod issues, mapped by schemaProblem).
  /** `expected`: number, boolean, array, object, string, … */
  'wrong-type': Field & { expected: string };
  'not-whole': Field;
  'too-small': Field & { min: number };
  'too-big': Field & { max: number };
  'too-few-items': Field & { min: number };
  'too-many-items': Field & { max: number };
  'too-short': Field & { min: number };
  'too-long': Field & { max: number };
  /** `allowed`: the allowed values, joined with ", ". */
  'not-allowed': Field & { allowed: string };
  'bad-format': Field;
  invalid: Field;
  'low-above-high': Field;
  'log-needs-positive-low': Field;
  'log-needs-low-of-one': Field;
  'log-needs-step-one': Field;

  // Whether the data settings and the model fit the dataset (validateSpec).
  'dataset-size': DatasetRef & { min: number; max: number };
  'noise-too-high': DatasetRef & { max: number };
  'no-test-shift': DatasetRef;
  'csv-missing': Record<string, never>;
  /** Validation and test together over `maxPercent` of the data. */
  'splits-too-large': { maxPercent: number };

  // Shape inference (inferModel): a layer that cannot take its input, at `model.layers.<i>`, or a
  // model that cannot be built as a whole, at `model`. `layer` is a layer type's name (Conv2D),
  // `shape` its input's shape as "(26, 26, 32)".
  /** A layer (Dense) on an input with no dimension at all. */
  'layer-needs-dimension': { layer: string };
  /** A Flatten on an input that is already flat (tfjs rejects it). */
  'flatten-already-flat': { shape: string };
  /** A Reshape to `target`, which holds `targetSize` values, of an input that holds `size`. */
  'reshape-size-mismatch': { target: string; targetSize: number; shape: string; size: number };
  /** A Conv2D kernel of `size`×`size` larger than its input with padding "valid"; `max` fits. */
  'kernel-too-large': { layer: string; size: number; shape: string; max: number };
  /** The same for a pooling window. */
  'window-too-large': { layer: string; size: number; shape: string; max: number };
  /** A recurrent layer on a flat input: reshape to `target`, one value per timestep. */
  'sequence-from-values': { layer: string; shape: string; target: string };
  /** A recurrent layer on an image: reshape to `target`, one row per timestep. */
  'sequence-from-rows': { layer: string; shape: string; target: string };
  /** An image layer on an input that is not an image, and the fix that fits the layers above. */
  'needs-image': { layer: string; shape: string; fix: ImageFix };
  /** The dataset's input shape is not a list of positive whole sizes. */
  'input-shape-invalid': { shape: string };
  /** A model with `params` parameters, over the `limit` a browser tab can train. */
  'too-many-params': { params: number; limit: number };
  'output-not-dense': DatasetRef & { task: string; outputSize: number };
  /** `shape`: the output shape's sizes joined with ", ". */
  'output-not-flat': DatasetRef & { shape: string; outputSize: number };
  'binary-units': DatasetRef & { units: number };
  'binary-loss': DatasetRef;
  'binary-activation': { activation: string };
  'multiclass-units': DatasetRef & { classes: number; units: number };
  'multiclass-loss': { loss: LossName; classes: number };
  'multiclass-activation': { activation: string };
  'regression-units': DatasetRef & { outputSize: number; units: number };
  'regression-loss': DatasetRef & { loss: LossName };
  'regression-softmax': Record<string, never>;

  // The search section (searchIssues); `target` is the searched field's path.
  'objective-needs-classes': Record<string, never>;
  'unknown-target': { target: string };
  'searched-twice': { target: string };
  'needs-choices': { target: string };
  'choice-not-allowed': { target: string; value: string };
  'choice-out-of-range': { target: string; value: string; min: number; max: number };
  'needs-int-range': { target: string };
  'range-outside-limits': { target: string; min: number; max: number };
  'repeats-overlap': Record<string, never>;
  'condition-order': { target: string };
  /** A search asked to start while the experiment has problems; the first is the reason. */
  'experiment-has-problems': Record<string, never>;
  'search-space-empty': Record<string, never>;

  // Opening a link or a file (decodeSpecFromHash, restoreSpec) and the address's options.
  'link-damaged': Record<string, never>;
  /** A link opened while a run or search trains: it opens when that ends. */
  'link-waits-for-training': Record<string, never>;
  'link-too-long': { length: number; max: number };
  'link-too-large': { max: number };
  'unknown-backend': { value: string; choices: string };
  'unknown-lesson': { value: string };
  'unknown-control': { value: string };
  /** `?lang=` names a language the app does not speak; `choices` lists those it does. */
  'unknown-language': { value: string; choices: string };

  // Keeping searches in the browser's storage (src/storage) and going on after a reload.
  /** IndexedDB is missing, disabled or blocked: nothing is kept. */
  'storage-unavailable': Record<string, never>;
  /** A write failed (a full disk, say): `reason` is the browser's. */
  'storage-write-failed': { reason: string };
  /** The saved search could not be read back, so it was not reopened. */
  'study-unreadable': Record<string, never>;
  /**
   * Saved trials left out of the reopened search: `first` (a trial number, from 0) failed its
   * checks, and the trials after a gap cannot be loaded either.
   */
  'study-trials-skipped': { count: number; first: number };
  /** A search reopened after a reload; `interrupted` trials were training and run again. */
  'search-resumed': { trials: number; interrupted: number };
  /** The search saved last runs in another tab: this one follows it. */
  'search-followed': Record<string, never>;
  /** An imported study file that is not JSON at all. */
  'study-file-not-json': Record<string, never>;
  /** An imported study file whose `field` is missing or wrong. */
  'study-file-invalid': { field: string };
  unreadable: Record<string, never>;
  'not-settings': DescribedValue;
  'newer-version': { version: number; current: number };
  /** The repaired experiment failed the schema after all; the reason says why. */
  'still-invalid': Record<string, never>;
  'output-fitted': DatasetRef;
  'version-missing': { assumed: number };
  'version-invalid': DescribedValue & { assumed: number };
  'section-missing': Record<string, never>;
  'section-not-settings': DescribedValue;
  'value-missing': DescribedFallback;
  'value-replaced': DescribedValue & DescribedFallback;
  'list-missing': { item: ItemNoun };
  'list-not-list': DescribedValue & { item: ItemNoun };
  /** `index`: the dropped item's position, counted from 1. */
  'item-dropped': { item: ItemNoun; index: number };
  'more-items-dropped': { item: ItemNoun; count: number };
  'list-truncated': { item: ItemNoun; kept: number };
  'list-empty': { item: ItemNoun };
  'list-still-invalid': { item: ItemNoun };
};

export type ProblemCode = keyof ProblemParams;

// Every code's parameters must be strings, numbers or messages, so any renderer can interpolate them.
type CheckParams<T extends Record<ProblemCode, Readonly<Record<string, ProblemParam>>>> = T;
export type CheckedProblemParams = CheckParams<ProblemParams>;

/** Every problem code, for checks at the edges (a worker reply) and for the renderer's tests. */
export const PROBLEM_CODES = [
  'wrong-type',
  'not-whole',
  'too-small',
  'too-big',
  'too-few-items',
  'too-many-items',
  'too-short',
  'too-long',
  'not-allowed',
  'bad-format',
  'invalid',
  'low-above-high',
  'log-needs-positive-low',
  'log-needs-low-of-one',
  'log-needs-step-one',
  'dataset-size',
  'noise-too-high',
  'no-test-shift',
  'csv-missing',
  'splits-too-large',
  'layer-needs-dimension',
  'flatten-already-flat',
  'reshape-size-mismatch',
  'kernel-too-large',
  'window-too-large',
  'sequence-from-values',
  'sequence-from-rows',
  'needs-image',
  'input-shape-invalid',
  'too-many-params',
  'output-not-dense',
  'output-not-flat',
  'binary-units',
  'binary-loss',
  'binary-activation',
  'multiclass-units',
  'multiclass-loss',
  'multiclass-activation',
  'regression-units',
  'regression-loss',
  'regression-softmax',
  'objective-needs-classes',
  'unknown-target',
  'searched-twice',
  'needs-choices',
  'choice-not-allowed',
  'choice-out-of-range',
  'needs-int-range',
  'range-outside-limits',
  'repeats-overlap',
  'condition-order',
  'experiment-has-problems',
  'search-space-empty',
  'link-damaged',
  'link-waits-for-training',
  'link-too-long',
  'link-too-large',
  'unknown-backend',
  'unknown-lesson',
  'unknown-control',
  'unknown-language',
  'storage-unavailable',
  'storage-write-failed',
  'study-unreadable',
  'study-trials-skipped',
  'search-resumed',
  'search-followed',
  'study-file-not-json',
  'study-file-invalid',
  'unreadable',
  'not-settings',
  'newer-version',
  'still-invalid',
  'output-fitted',
  'version-missing',
  'version-invalid',
  'section-missing',
  'section-not-settings',
  'value-missing',
  'value-replaced',
  'list-missing',
  'list-not-list',
  'item-dropped',
  'more-items-dropped',
  'list-truncated',
  'list-empty',
  'list-still-invalid',
] as const satisfies readonly ProblemCode[];

// The list above names every code exactly once: a code missing from it fails to compile here.
type Missing = Exclude<ProblemCode, (typeof PROBLEM_CODES)[number]>;
const everyCodeListed: [Missing] extends [never] ? true : Missing = true;
void everyCodeListed;

/** Builds a problem; the code decides which parameters it takes. */
export function problem<C extends ProblemCode>(
  code: C,
  path: string,
  params: ProblemParams[C],
  reason?: Problem,
): ProblemOf<C> {
  return (reason ? { code, path, params, reason } : { code, path, params }) as ProblemOf<C>;
}

/** True when `path` is `prefix` or lies under it: `model.layers.2` is under `model`. */
export function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`);
}

/** Whether a value that crossed a boundary (a worker reply) is a problem this app knows. */
export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const { code, path, params, reason } = value as Record<string, unknown>;
  return (
    (PROBLEM_CODES as readonly unknown[]).includes(code) &&
    typeof path === 'string' &&
    typeof params === 'object' &&
    params !== null &&
    Object.values(params).every((param) => isParam(param)) &&
    (reason === undefined || isProblem(reason))
  );
}

/**
 * A parameter as a problem carries it: a string, a number, or a message made of those, nested no
 * deeper than the app nests them (a stored copy could even be cyclic).
 */
function isParam(value: unknown, depth = 0): boolean {
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (depth >= MAX_MESSAGE_DEPTH || !isMessage(value)) return false;
  const { params } = value as { params?: unknown };
  return (
    params === undefined ||
    (typeof params === 'object' &&
      params !== null &&
      Object.values(params).every((param) => isParam(param, depth + 1)))
  );
}
const MAX_MESSAGE_DEPTH = 4;

/** The codes a schema refinement may name in its `params.problem`. */
const REFINEMENT_CODES = [
  'low-above-high',
  'log-needs-positive-low',
  'log-needs-low-of-one',
  'log-needs-step-one',
] as const satisfies readonly ProblemCode[];
export type RefinementCode = (typeof REFINEMENT_CODES)[number];

/** The `params` a zod refinement passes so its failure maps to `code`. */
export const refinement = (code: RefinementCode) => ({ params: { problem: code } });

/** A path's field name: list indices become `*` (`model.layers.2.units` → `model.layers.*.units`). */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path
    .map((key) => (typeof key === 'number' || /^\d+$/.test(String(key)) ? '*' : String(key)))
    .join('.');
}

const splitPath = (path: string): string[] => (path === '' ? [] : path.split('.'));

/**
 * A zod issue as a problem. Its path stays relative to what was parsed; `base` is where that
 * sits in the spec, so the field can be named (`restore` parses one field or one layer at a time).
 */
export function schemaProblem(issue: z.core.$ZodIssue, base = ''): Problem {
  const path = issue.path.map(String).join('.');
  const field = fieldOf([...splitPath(base), ...issue.path]);
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'int'
        ? problem('not-whole', path, { field })
        : problem('wrong-type', path, { field, expected: issue.expected });
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return problem('too-few-items', path, { field, min });
      if (issue.origin === 'string') return problem('too-short', path, { field, min });
      return problem('too-small', path, { field, min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set')
        return problem('too-many-items', path, { field, max });
      if (issue.origin === 'string') return problem('too-long', path, { field, max });
      return problem('too-big', path, { field, max });
    }
    case 'invalid_value':
      return problem('not-allowed', path, { field, allowed: issue.values.map(String).join(', ') });
    case 'invalid_union':
      // A discriminated union (the layer's `type`) lists the values it knows.
      return 'options' in issue && Array.isArray(issue.options)
        ? problem('not-allowed', path, {
            field,
            allowed: (issue.options as unknown[]).map(String).join(', '),
          })
        : problem('invalid', path, { field });
    case 'invalid_format':
      return problem('bad-format', path, { field });
    case 'custom': {
      const code: unknown = issue.params?.['problem'];
      return (REFINEMENT_CODES as readonly unknown[]).includes(code)
        ? problem(code as RefinementCode, path, { field })
        : problem('invalid', path, { field });
    }
    default:
      return problem('invalid', path, { field });
  }
}
