import Papa from 'papaparse';
import { z } from '../lib/zod';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { restoreSpec } from '../experiment/restore';
import type { StoredTrial } from './records';
import { storedStudySchema, storedTrialSchema } from './records';
import type { LoadedStudy } from './study-storage';

/** What an exported study file says it is, so that any other JSON is told apart. */
export const STUDY_FILE_FORMAT = 'traintab-study';
export const STUDY_FILE_VERSION = 1;

const studyFileSchema = z.object({
  format: z.literal(STUDY_FILE_FORMAT),
  version: z.literal(STUDY_FILE_VERSION),
  study: storedStudySchema,
  trials: z.array(storedTrialSchema),
});

/** A study as a JSON file: its record (base spec and settings included) and every trial. */
export function studyToJson({ study, trials }: Pick<LoadedStudy, 'study' | 'trials'>): string {
  return `${JSON.stringify({ format: STUDY_FILE_FORMAT, version: STUDY_FILE_VERSION, study, trials }, numbersAsJson, 2)}\n`;
}

// JSON has no NaN or Infinity: they are written as strings and read back as numbers.
const numbersAsJson = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;
const NON_FINITE: Record<string, number> = {
  NaN: Number.NaN,
  Infinity: Number.POSITIVE_INFINITY,
  '-Infinity': Number.NEGATIVE_INFINITY,
};
const numbersFromJson = (_key: string, value: unknown) =>
  typeof value === 'string' && value in NON_FINITE ? NON_FINITE[value] : value;

/**
 * Reads an exported study: checked whole (a damaged file is refused with the first reason, and
 * nothing of it is kept), its spec restored as a link's is, its trials numbered 0, 1, 2… It gets
 * a new id, so importing the same file twice keeps two studies.
 */
export function parseStudyFile(
  text: string,
  newId: string,
): { ok: true; study: LoadedStudy } | { ok: false; problem: Problem } {
  let json: unknown;
  try {
    json = JSON.parse(text, numbersFromJson);
  } catch {
    return { ok: false, problem: problem('study-file-not-json', '', {}) };
  }
  const parsed = studyFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue ? issue.path.join('.') : '';
    return { ok: false, problem: problem('study-file-invalid', '', { field: field || 'format' }) };
  }
  const { study, trials } = parsed.data;
  if (restoreSpec(study.spec).problems.length > 0)
    return { ok: false, problem: problem('study-file-invalid', '', { field: 'study.spec' }) };
  const ordered = [...trials].sort((a, b) => a.number - b.number);
  if (ordered.some((trial, index) => trial.number !== index))
    return { ok: false, problem: problem('study-file-invalid', '', { field: 'trials.number' }) };
  return {
    ok: true,
    study: {
      study: { ...study, id: newId },
      trials: ordered.map((trial) => ({ ...trial, studyId: newId })),
      skipped: [],
    },
  };
}

/** Optuna's names of trial states (TrialState), which its trials_dataframe() writes. */
const OPTUNA_STATES: Record<StoredTrial['state'], string> = {
  waiting: 'WAITING',
  running: 'RUNNING',
  complete: 'COMPLETE',
  pruned: 'PRUNED',
  failed: 'FAIL',
  diverged: 'FAIL',
};

/**
 * The trials as CSV with the columns of Optuna's `study.trials_dataframe()`: number, value,
 * datetime_start, datetime_complete, duration, params_<name> (one per searched parameter, empty
 * where a conditional one was inactive), state. Times are UTC, as pandas prints them.
 */
export function trialsToCsv({ trials }: Pick<LoadedStudy, 'trials'>): string {
  const names = [...new Set(trials.flatMap((t) => Object.keys(t.params)))];
  const rows = trials.map((trial) => [
    trial.number,
    trial.value === null || Number.isNaN(trial.value) ? '' : trial.value,
    timestamp(trial.startedAt),
    timestamp(trial.completedAt),
    trial.startedAt !== null && trial.completedAt !== null
      ? timedelta(trial.completedAt - trial.startedAt)
      : '',
    ...names.map((name) => trial.params[name] ?? ''),
    OPTUNA_STATES[trial.state],
  ]);
  const fields = [
    'number',
    'value',
    'datetime_start',
    'datetime_complete',
    'duration',
    ...names.map((name) => `params_${name}`),
    'state',
  ];
  return `${Papa.unparse({ fields, data: rows })}\n`;
}

/** pandas' Timestamp as it prints: 2026-12-06 08:30:00.123000. */
function timestamp(ms: number | null): string {
  if (ms === null) return '';
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 23)}000`;
}

/** pandas' Timedelta as it prints: 0 days 00:00:01.234000. */
function timedelta(ms: number): string {
  const days = Math.floor(ms / 86_400_000);
  const rest = new Date(ms - days * 86_400_000).toISOString().slice(11, 23);
  return `${days} days ${rest}000`;
}
