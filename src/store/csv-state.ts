import type { CsvColumn, CsvDatasetOptions, CsvDatasetResult } from '../data/csv-dataset';
import { csvToDataset, describeColumns, inferTask } from '../data/csv-dataset';
import { csvSizeError } from '../data/csv-cells';
import type { CsvMessage } from '../data/csv-messages';
import { csvMessage } from '../data/csv-messages';
import type { CsvTable } from '../data/csv-parse';
import { hashCsvText } from '../data/csv-hash';
import type { CsvSource } from '../experiment/experiment';

export type CsvChoices = Pick<CsvDatasetOptions, 'target' | 'task' | 'missing'>;

/** The uploaded CSV as the dataset panel shows it; the file's data never goes into the spec. */
export type CsvState =
  | { status: 'none' }
  | { status: 'invalid'; fileName: string; message: CsvMessage }
  | {
      status: 'loaded';
      fileName: string;
      hash: string;
      table: CsvTable;
      columns: CsvColumn[];
      choices: CsvChoices;
      /** The converted dataset, or why the current choices cannot make one. */
      result: CsvDatasetResult;
    };

/** The CSV parser (papaparse) is loaded when a CSV is chosen, not with the page. */
export const loadCsvParser = () => import('../data/csv-parse');

/**
 * Reads a file's text into a CSV state. The same file an experiment recorded (same hash) gets the
 * recorded choices back; any other file predicts its last column with an inferred task.
 */
export async function loadCsv(
  fileName: string,
  text: string,
  byteSize: number,
  recorded: CsvSource | null = null,
): Promise<CsvState> {
  const tooBig = csvSizeError(byteSize);
  if (tooBig) return { status: 'invalid', fileName, message: tooBig };
  let parseCsv;
  try {
    ({ parseCsv } = await loadCsvParser());
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'invalid', fileName, message: csvMessage('reader-failed', { reason }) };
  }
  const parsed = parseCsv(text, fileName);
  if (!parsed.ok) return { status: 'invalid', fileName, message: parsed.error };
  const table = parsed.table;
  const hash = hashCsvText(text);
  const target = table.columns.at(-1) ?? '';
  const choices: CsvChoices =
    recorded?.hash === hash && table.columns.includes(recorded.target)
      ? { target: recorded.target, task: recorded.task, missing: recorded.missing }
      : { target, task: inferTask(table, target), missing: 'drop' };
  return {
    status: 'loaded',
    fileName,
    hash,
    table,
    columns: describeColumns(table),
    choices,
    result: csvToDataset(table, { ...choices, fileName }),
  };
}

/** Applies new choices; a new target gets its own inferred task unless the task is chosen too. */
export function rechoose(
  state: Extract<CsvState, { status: 'loaded' }>,
  change: Partial<CsvChoices>,
): CsvState {
  const target = change.target ?? state.choices.target;
  const task = change.task ?? (change.target ? inferTask(state.table, target) : state.choices.task);
  const choices: CsvChoices = { target, task, missing: change.missing ?? state.choices.missing };
  return {
    ...state,
    choices,
    result: csvToDataset(state.table, { ...choices, fileName: state.fileName }),
  };
}

/** What the spec records of a usable CSV, or null when the current choices give no dataset. */
export function csvSource(state: CsvState): CsvSource | null {
  if (state.status !== 'loaded' || !state.result.ok) return null;
  const { info, dataset } = state.result;
  return {
    fileName: state.fileName.slice(0, 260),
    hash: state.hash,
    ...state.choices,
    shape: { task: info.task, inputSize: dataset.featureCount, outputSize: info.outputSize },
  };
}
