import { z } from '../lib/zod';
import { DEFAULT_EARLY_STOPPING, DEFAULT_SCHEDULE, DEFAULT_SPEC } from './defaults';
import { DEFAULT_SEARCH } from './search-schema';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema, SPEC_VERSION } from './experiment';
import { fitOutputToTask } from './adapt';
import type { DescribedFallback, DescribedValue, ItemNoun, Problem } from './problem';
import { isUnder, problem, schemaProblem } from './problem';
import { datasetRef, validateSpec } from './validate';

/** A spec rebuilt from outside input, with one problem for each thing that was repaired. */
export interface RestoredSpec {
  spec: ExperimentSpec;
  problems: Problem[];
}

/** The version of the first spec format; a spec without a version is read as this one. */
export const FIRST_SPEC_VERSION = 1;

/** Turns a spec of version n into a spec of version n + 1; it must accept any JSON without throwing. */
export type Migration = (spec: Record<string, unknown>) => Record<string, unknown>;

/**
 * MIGRATIONS[n] upgrades a version-n spec to version n + 1.
 *
 * The rule: links made today must keep opening. Any change to experimentSpecSchema that an old
 * spec would fail or read differently (a new required field, a renamed or removed field, a narrower
 * range, a changed meaning) bumps SPEC_VERSION and adds the migration from the old version here,
 * with a test that decodes a link saved from the old version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Version 2 added the learning-rate schedule, early stopping and the search: all off by default.
  1: (spec) => ({
    ...spec,
    training: isRecord(spec['training'])
      ? {
          schedule: DEFAULT_SCHEDULE,
          earlyStopping: DEFAULT_EARLY_STOPPING,
          ...spec['training'],
        }
      : spec['training'],
    search: spec['search'] ?? DEFAULT_SEARCH,
  }),
};

/** How many dropped items of one list are described one by one before the rest are counted. */
const MAX_ITEM_PROBLEMS = 5;

/** What the items of each list are called in problems. */
const ITEM_NOUNS: Readonly<Record<string, ItemNoun>> = { 'model.layers': 'layer' };

/** Upgrades a spec of `fromVersion` to SPEC_VERSION; throws if a migration is missing from the table. */
export function migrateSpec(
  spec: Record<string, unknown>,
  fromVersion: number,
): Record<string, unknown> {
  let current = spec;
  for (let version = fromVersion; version < SPEC_VERSION; version++) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`No migration from spec version ${version} to ${version + 1}`);
    current = step(current);
  }
  return { ...current, version: SPEC_VERSION };
}

/**
 * Rebuilds an experiment from untrusted input over DEFAULT_SPEC: valid fields are kept, invalid or
 * missing ones are replaced by the default with a problem, unknown ones are dropped. Never throws;
 * the spec it returns always passes experimentSpecSchema.
 */
export function restoreSpec(input: unknown): RestoredSpec {
  try {
    return restore(input);
  } catch {
    return { spec: defaultSpec(), problems: [problem('unreadable', '', {})] };
  }
}

function restore(input: unknown): RestoredSpec {
  if (!isRecord(input)) {
    return { spec: defaultSpec(), problems: [problem('not-settings', '', describe(input))] };
  }
  const problems: Problem[] = [];
  const version = readVersion(input['version'], problems);
  if (version > SPEC_VERSION) {
    return {
      spec: defaultSpec(),
      problems: [problem('newer-version', 'version', { version, current: SPEC_VERSION })],
    };
  }
  const migrated = migrateSpec(input, version);
  const restored = restoreValue(experimentSpecSchema, migrated, DEFAULT_SPEC, '', problems);
  const checked = experimentSpecSchema.safeParse(restored);
  if (!checked.success) {
    return {
      spec: defaultSpec(),
      problems: [...problems, problem('still-invalid', '', {}, reason(checked.error))],
    };
  }
  return fitRepairedModel(checked.data, problems);
}

/**
 * A model or loss that had to be repaired (or was missing) falls back to the defaults, which may
 * not fit the link's dataset: then its output layer and loss are fitted to it, and that is said.
 * What was repaired is read from each problem's path (anything under `model` or `training.loss`,
 * a dropped layer included), never from its wording.
 */
function fitRepairedModel(spec: ExperimentSpec, problems: Problem[]): RestoredSpec {
  const repaired = problems.some(
    (p) => isUnder(p.path, 'model') || isUnder(p.path, 'training.loss'),
  );
  if (!repaired || validateSpec(spec).ok) return { spec, problems };
  const fitted = fitOutputToTask(spec);
  if (!validateSpec(fitted).ok) return { spec, problems };
  return {
    spec: fitted,
    problems: [...problems, problem('output-fitted', 'model', datasetRef(spec.dataset))],
  };
}

function readVersion(value: unknown, problems: Problem[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= FIRST_SPEC_VERSION) {
    return value;
  }
  const assumed = FIRST_SPEC_VERSION;
  problems.push(
    value === undefined
      ? problem('version-missing', 'version', { assumed })
      : problem('version-invalid', 'version', { ...describe(value), assumed }),
  );
  return FIRST_SPEC_VERSION;
}

/** Walks `schema` alongside `input`, keeping what passes and falling back to `fallback` elsewhere. */
function restoreValue(
  schema: z.ZodType,
  input: unknown,
  fallback: unknown,
  path: string,
  problems: Problem[],
): unknown {
  if (schema instanceof z.ZodObject) {
    if (!isRecord(input)) {
      problems.push(
        input === undefined
          ? problem('section-missing', path, {})
          : problem('section-not-settings', path, describe(input)),
      );
      return fallback;
    }
    const fallbacks = isRecord(fallback) ? fallback : {};
    const restored: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
      // Own properties only, so inherited names such as `constructor` never count as input.
      const value = Object.hasOwn(input, key) ? input[key] : undefined;
      restored[key] = restoreValue(field, value, fallbacks[key], joinPath(path, key), problems);
    }
    return restored;
  }
  if (schema instanceof z.ZodArray) {
    return restoreList(schema, input, fallback, path, problems);
  }
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  problems.push(
    input === undefined
      ? problem('value-missing', path, describeFallback(fallback))
      : problem(
          'value-replaced',
          path,
          { ...describe(input), ...describeFallback(fallback) },
          reason(parsed.error, path),
        ),
  );
  return fallback;
}

function restoreList(
  schema: z.ZodArray,
  input: unknown,
  fallback: unknown,
  path: string,
  problems: Problem[],
): unknown {
  const item = ITEM_NOUNS[path] ?? 'item';
  if (!Array.isArray(input)) {
    problems.push(
      input === undefined
        ? problem('list-missing', path, { item })
        : problem('list-not-list', path, { ...describe(input), item }),
    );
    return fallback;
  }
  const element = schema.element as z.ZodType;
  const kept: unknown[] = [];
  let keptIsValid = schema.safeParse(kept).success;
  let dropped = 0;
  let truncation: Problem | null = null;
  for (let index = 0; index < input.length; index++) {
    const parsed = element.safeParse(input[index]);
    if (!parsed.success) {
      dropped++;
      if (dropped <= MAX_ITEM_PROBLEMS) {
        problems.push(
          problem(
            'item-dropped',
            path,
            { item, index: index + 1 },
            reason(parsed.error, `${path}.${index}`),
          ),
        );
      }
      continue;
    }
    const longer = schema.safeParse([...kept, parsed.data]);
    // A valid list that one more valid item makes invalid has reached the list's maximum length.
    if (keptIsValid && !longer.success) {
      truncation = problem(
        'list-truncated',
        path,
        { item, kept: kept.length },
        reason(longer.error, path),
      );
      break;
    }
    kept.push(parsed.data);
    keptIsValid = longer.success;
  }
  if (dropped > MAX_ITEM_PROBLEMS) {
    problems.push(
      problem('more-items-dropped', path, { item, count: dropped - MAX_ITEM_PROBLEMS }),
    );
  }
  if (truncation) problems.push(truncation);
  if (keptIsValid) return kept;
  problems.push(
    kept.length === 0
      ? problem('list-empty', path, { item })
      : problem('list-still-invalid', path, { item }, reason(schema.safeParse(kept).error, path)),
  );
  return fallback;
}

function defaultSpec(): ExperimentSpec {
  return structuredClone(DEFAULT_SPEC);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function joinPath(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/**
 * The first issue of a zod error as a problem, located inside the value it is about (its path is
 * relative to that value); `base` is where the value sits in the spec, to name the field.
 */
function reason(error: z.ZodError | undefined, base = ''): Problem | undefined {
  const issue = error?.issues[0];
  return issue ? schemaProblem(issue, base) : undefined;
}

/** A short description of an untrusted value: never its whole content. */
function describe(value: unknown): DescribedValue {
  if (value === undefined) return { valueKind: 'missing', value: '' };
  if (value === null) return { valueKind: 'null', value: '' };
  if (Array.isArray(value)) return { valueKind: 'list', value: '' };
  if (typeof value === 'object') return { valueKind: 'group', value: '' };
  if (typeof value === 'string') {
    const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return { valueKind: 'literal', value: JSON.stringify(short) };
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return { valueKind: 'literal', value: String(value) };
  }
  return { valueKind: 'type', value: typeof value };
}

function describeFallback(value: unknown): DescribedFallback {
  if (value === null) return { fallbackKind: 'none', fallback: '' };
  if (typeof value === 'string')
    return { fallbackKind: 'literal', fallback: JSON.stringify(value) };
  if (typeof value === 'number' || typeof value === 'boolean') {
    return { fallbackKind: 'literal', fallback: String(value) };
  }
  return { fallbackKind: 'defaults', fallback: '' };
}
