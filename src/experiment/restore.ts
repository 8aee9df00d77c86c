import { z } from 'zod';
import { DEFAULT_EARLY_STOPPING, DEFAULT_SCHEDULE, DEFAULT_SPEC } from './defaults';
import { DEFAULT_SEARCH } from './search-schema';
import type { ExperimentSpec } from './experiment';
import { experimentSpecSchema, SPEC_VERSION } from './experiment';
import { fitOutputToTask } from './adapt';
import { specDatasetInfo } from './dataset-info';
import { validateSpec } from './validate';

/** A spec rebuilt from outside input, with one plain-English line for each thing that was repaired. */
export interface RestoredSpec {
  spec: ExperimentSpec;
  problems: string[];
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
const ITEM_NOUNS: Readonly<Record<string, string>> = { 'model.layers': 'layer' };

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
    return {
      spec: defaultSpec(),
      problems: ['The experiment could not be read. Showing the default experiment.'],
    };
  }
}

function restore(input: unknown): RestoredSpec {
  if (!isRecord(input)) {
    return {
      spec: defaultSpec(),
      problems: [
        `The experiment was ${describe(input)}, not a group of settings. Showing the default experiment.`,
      ],
    };
  }
  const problems: string[] = [];
  const version = readVersion(input['version'], problems);
  if (version > SPEC_VERSION) {
    return {
      spec: defaultSpec(),
      problems: [
        `This link was made by a newer version of TrainTab (version ${version}) than this one ` +
          `(version ${SPEC_VERSION}), so it cannot be opened here. Showing the default ` +
          'experiment; reloading the page may fetch the newer TrainTab.',
      ],
    };
  }
  const migrated = migrateSpec(input, version);
  const restored = restoreValue(experimentSpecSchema, migrated, DEFAULT_SPEC, '', problems);
  const checked = experimentSpecSchema.safeParse(restored);
  if (!checked.success) {
    return {
      spec: defaultSpec(),
      problems: [
        ...problems,
        `The repaired experiment was still invalid (${reason(checked.error)}). Showing the default experiment.`,
      ],
    };
  }
  return fitRepairedModel(checked.data, problems);
}

/**
 * A model or loss that had to be repaired (or was missing) falls back to the defaults, which may
 * not fit the link's dataset: then its output layer and loss are fitted to it, and that is said.
 */
function fitRepairedModel(spec: ExperimentSpec, problems: string[]): RestoredSpec {
  const repaired = problems.some((p) => p.startsWith('model') || p.startsWith('training.loss'));
  if (!repaired || validateSpec(spec).ok) return { spec, problems };
  const fitted = fitOutputToTask(spec);
  if (!validateSpec(fitted).ok) return { spec, problems };
  const dataset = specDatasetInfo(spec.dataset).label;
  return {
    spec: fitted,
    problems: [...problems, `The model's output layer and loss were fitted to ${dataset}.`],
  };
}

function readVersion(value: unknown, problems: string[]): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= FIRST_SPEC_VERSION) {
    return value;
  }
  problems.push(
    value === undefined
      ? `version was missing; reading the experiment as version ${FIRST_SPEC_VERSION}.`
      : `version was ${describe(value)}, which is not a TrainTab version; reading the experiment as version ${FIRST_SPEC_VERSION}.`,
  );
  return FIRST_SPEC_VERSION;
}

/** Walks `schema` alongside `input`, keeping what passes and falling back to `fallback` elsewhere. */
function restoreValue(
  schema: z.ZodType,
  input: unknown,
  fallback: unknown,
  path: string,
  problems: string[],
): unknown {
  if (schema instanceof z.ZodObject) {
    if (!isRecord(input)) {
      problems.push(
        input === undefined
          ? `${path} was missing; using the defaults.`
          : `${path} was ${describe(input)}, not a group of settings; using the defaults.`,
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
      ? `${path} was missing; using ${describeFallback(fallback)}.`
      : `${path} was ${describe(input)} (${reason(parsed.error)}); using ${describeFallback(fallback)}.`,
  );
  return fallback;
}

function restoreList(
  schema: z.ZodArray,
  input: unknown,
  fallback: unknown,
  path: string,
  problems: string[],
): unknown {
  const noun = ITEM_NOUNS[path] ?? 'item';
  if (!Array.isArray(input)) {
    problems.push(
      input === undefined
        ? `${path} was missing; using the default ${noun}s.`
        : `${path} was ${describe(input)}, not a list of ${noun}s; using the default ${noun}s.`,
    );
    return fallback;
  }
  const element = schema.element as z.ZodType;
  const kept: unknown[] = [];
  let keptIsValid = schema.safeParse(kept).success;
  let dropped = 0;
  let truncation: string | null = null;
  for (let index = 0; index < input.length; index++) {
    const item = element.safeParse(input[index]);
    if (!item.success) {
      dropped++;
      if (dropped <= MAX_ITEM_PROBLEMS) {
        problems.push(
          `${capitalize(noun)} ${index + 1} of ${path} was dropped (${reason(item.error)}).`,
        );
      }
      continue;
    }
    const longer = schema.safeParse([...kept, item.data]);
    // A valid list that one more valid item makes invalid has reached the list's maximum length.
    if (keptIsValid && !longer.success) {
      truncation = `${path} had too many ${noun}s (${reason(longer.error)}); keeping the first ${kept.length}.`;
      break;
    }
    kept.push(item.data);
    keptIsValid = longer.success;
  }
  if (dropped > MAX_ITEM_PROBLEMS) {
    problems.push(`…and ${dropped - MAX_ITEM_PROBLEMS} more ${noun}s of ${path} were dropped.`);
  }
  if (truncation) problems.push(truncation);
  if (keptIsValid) return kept;
  problems.push(
    kept.length === 0
      ? `No valid ${noun}s were left in ${path}; using the default ${noun}s.`
      : `${path} was still invalid after the repairs (${reason(schema.safeParse(kept).error)}); using the default ${noun}s.`,
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

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The first issue of a zod error, with the place inside the value it is about. */
function reason(error: z.ZodError | undefined): string {
  const issue = error?.issues[0];
  if (!issue) return 'it is not valid';
  const where = issue.path.map(String).join('.');
  return where ? `${where}: ${issue.message}` : issue.message;
}

/** A short description of an untrusted value: never its whole content. */
function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of settings';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return `a ${typeof value}`;
}

function describeFallback(value: unknown): string {
  if (value === null) return 'none';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return 'the default';
}
