import { CSV_LIMITS, isMissingCell, parseCsvNumber } from './csv-cells';
import type { CsvMessage } from './csv-messages';
import { csvCount, csvMessage, sentences, valueList } from './csv-messages';
import type { CsvTable } from './csv-parse';
import type { Dataset, DatasetInfo, Task } from './types';

/** What one column holds: numbers, or categories to one-hot encode. */
export interface CsvColumn {
  name: string;
  kind: 'numeric' | 'categorical';
  /** Cells that are empty or NA, N/A, NaN, null. */
  missing: number;
  uniqueValues: number;
  /** Sorted distinct values for a categorical column; empty for a numeric one. */
  categories: string[];
}

/** The kind of model to train on the target column. */
export type CsvTaskChoice = 'classification' | 'regression';

/** Which column to predict, how, and what to do with missing values (fill = mean or mode). */
export interface CsvDatasetOptions {
  target: string;
  task: CsvTaskChoice;
  missing: 'drop' | 'fill';
  /** Shown in the dataset's label, e.g. "CSV: penguins.csv". */
  fileName?: string;
}

/** The dataset and its description, or a message saying why it cannot be built. */
export type CsvDatasetResult =
  | {
      ok: true;
      dataset: Dataset;
      info: DatasetInfo;
      classNames: string[] | null;
      droppedRows: number;
      filledCells: number;
    }
  | { ok: false; error: CsvMessage };

const MAX_INFERRED_CLASSES = 20;
const LISTED_CLASSES = 10;
const MAX_LABEL_NAME = 32;

/** Kind, missing count and categories of every column; a column is numeric when all its present cells are numbers. */
export function describeColumns(table: CsvTable): CsvColumn[] {
  return table.columns.map((name, index) => describeColumn(name, columnCells(table, index)));
}

/**
 * Guess: a non-numeric target, or integers with at most 20 distinct values that repeat (no more
 * distinct values than half the rows), is classification; anything else is regression.
 */
export function inferTask(table: CsvTable, target: string): CsvTaskChoice {
  const cells = columnCells(table, table.columns.indexOf(target)).filter((c) => !isMissingCell(c));
  const numbers = cells.map(parseCsvNumber);
  if (numbers.some((n) => n === null)) return 'classification';
  // A small file of all-different integers (weights, prices) is a measurement, not 18 classes.
  const limit = Math.min(MAX_INFERRED_CLASSES, Math.max(2, Math.floor(numbers.length / 2)));
  const fewIntegers = numbers.every((n) => Number.isInteger(n)) && new Set(numbers).size <= limit;
  return fewIntegers ? 'classification' : 'regression';
}

/**
 * Turns the table into features (numeric columns as-is, categorical one-hot encoded, features named
 * e.g. "colour=red") and targets (class index into the sorted class names, or the value for regression).
 * Rows without a target are always dropped: filling a label would invent data.
 */
export function csvToDataset(table: CsvTable, options: CsvDatasetOptions): CsvDatasetResult {
  try {
    return buildDataset(table, options);
  } catch {
    return { ok: false, error: csvMessage('build-failed') };
  }
}

function columnCells(table: CsvTable, index: number): string[] {
  return index < 0 ? [] : table.rows.map((row) => row[index] ?? '');
}

function describeColumn(name: string, cells: string[]): CsvColumn {
  const present = cells.filter((cell) => !isMissingCell(cell));
  const numbers = present.map(parseCsvNumber);
  const numeric = numbers.every((n) => n !== null);
  const categories = numeric ? [] : [...new Set(present)].sort(compareCodeUnits);
  return {
    name,
    kind: numeric ? 'numeric' : 'categorical',
    missing: cells.length - present.length,
    uniqueValues: numeric ? new Set(numbers).size : categories.length,
    categories,
  };
}

/** Class and category order by UTF-16 code unit, identical in every browser, unlike localeCompare. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** "1.0" and "1" are the same class in a numeric column. */
function classKey(cell: string): string {
  const value = parseCsvNumber(cell);
  return value === null ? cell : String(value);
}

function sortClasses(names: string[], numeric: boolean): string[] {
  return numeric ? names.sort((a, b) => Number(a) - Number(b)) : names.sort(compareCodeUnits);
}

/** The table's cells after dropping or filling missing values, and what that did. */
interface CleanTable {
  rows: string[][];
  droppedRows: number;
  filledCells: number;
}

function buildDataset(table: CsvTable, options: CsvDatasetOptions): CsvDatasetResult {
  const columns = describeColumns(table);
  const targetIndex = table.columns.indexOf(options.target);
  const target = columns[targetIndex];
  if (!target) return failure(csvMessage('no-such-column', { column: options.target }));
  const shapeError = checkShape(table, columns, target, options.task);
  if (shapeError) return failure(shapeError);

  const clean = cleanRows(table, columns, targetIndex, options.missing);
  const rowsError = checkRowCount(clean, options);
  if (rowsError) return failure(rowsError);
  const targets = encodeTargets(clean.rows, target, targetIndex, options.task);
  if ('code' in targets) return failure(targets);
  const features = encodeFeatures(clean.rows, columns, targetIndex);
  if ('code' in features) return failure(features);

  const count = clean.rows.length;
  return {
    ok: true,
    dataset: {
      features: features.values,
      targets: Float32Array.from(targets.values),
      count,
      featureCount: features.names.length,
    },
    info: describeDataset(count, features.names, targets.classes, options),
    classNames: targets.classes,
    droppedRows: clean.droppedRows,
    filledCells: clean.filledCells,
  };
}

function failure(error: CsvMessage): CsvDatasetResult {
  return { ok: false, error };
}

function checkShape(
  table: CsvTable,
  columns: CsvColumn[],
  target: CsvColumn,
  task: CsvTaskChoice,
): CsvMessage | null {
  if (table.rows.length === 0) return csvMessage('no-rows');
  if (columns.length < 2) return csvMessage('only-column', { column: target.name });
  const empty = columns.find((column) => column.uniqueValues === 0);
  if (empty) return csvMessage('empty-column', { column: empty.name });
  if (task === 'regression' && target.kind !== 'numeric') {
    return csvMessage('text-target', {
      column: target.name,
      example: target.categories[0] ?? '',
    });
  }
  return null;
}

function cleanRows(
  table: CsvTable,
  columns: CsvColumn[],
  targetIndex: number,
  missing: CsvDatasetOptions['missing'],
): CleanTable {
  const labelled = table.rows.filter((row) => !isMissingCell(row[targetIndex] ?? ''));
  const complete = (row: string[]) => columns.every((_, i) => !isMissingCell(row[i] ?? ''));
  if (missing === 'drop') {
    const rows = labelled.filter(complete);
    return { rows, droppedRows: table.rows.length - rows.length, filledCells: 0 };
  }
  const fills = columns.map((column, i) => fillValue(column, labelled, i));
  let filledCells = 0;
  const rows = labelled.map((row) =>
    complete(row)
      ? row
      : fills.map((fill, i) => {
          const cell = row[i] ?? '';
          if (!isMissingCell(cell)) return cell;
          filledCells++;
          return fill;
        }),
  );
  return { rows, droppedRows: table.rows.length - rows.length, filledCells };
}

/** The mean of a numeric column or the most common category (ties: first in sorted order). */
function fillValue(column: CsvColumn, rows: string[][], index: number): string {
  const present = rows.map((row) => row[index] ?? '').filter((cell) => !isMissingCell(cell));
  if (column.kind === 'numeric') {
    const sum = present.reduce((total, cell) => total + (parseCsvNumber(cell) ?? 0), 0);
    return String(present.length === 0 ? 0 : sum / present.length);
  }
  const counts = new Map<string, number>();
  for (const cell of present) counts.set(cell, (counts.get(cell) ?? 0) + 1);
  let best = '';
  let bestCount = 0;
  for (const [cell, count] of [...counts].sort(([a], [b]) => compareCodeUnits(a, b))) {
    if (count > bestCount) [best, bestCount] = [cell, count];
  }
  return best;
}

function checkRowCount(clean: CleanTable, options: CsvDatasetOptions): CsvMessage | null {
  const left = clean.rows.length;
  const min = CSV_LIMITS.minRows;
  if (left >= min) return null;
  if (clean.droppedRows === 0) return csvMessage('few-rows', { count: left, min });
  const dropped = csvCount('rows', clean.droppedRows);
  const tooFew = csvMessage('few-rows-left', { count: left, dropped, min });
  return options.missing === 'drop' ? sentences(tooFew, csvMessage('try-filling')) : tooFew;
}

/** Row-major features and their names: numeric columns as they are, categorical ones one-hot. */
function encodeFeatures(
  rows: string[][],
  columns: CsvColumn[],
  targetIndex: number,
): { values: Float32Array; names: string[] } | CsvMessage {
  const encoders = columns.flatMap((column, index) =>
    index === targetIndex ? [] : [featureEncoder(column, index, rows)],
  );
  const names = encoders.flatMap((encoder) => encoder.names);
  if (names.length > CSV_LIMITS.maxFeatures) return tooManyFeatures(names.length, encoders);
  const values = new Float32Array(rows.length * names.length);
  rows.forEach((row, r) => {
    let offset = r * names.length;
    for (const encoder of encoders) {
      encoder.write(row, values, offset);
      offset += encoder.names.length;
    }
  });
  return { values, names };
}

/** Writes one column's features for a row. */
interface FeatureEncoder {
  column: string;
  names: string[];
  write(row: string[], into: Float32Array, offset: number): void;
}

function featureEncoder(column: CsvColumn, index: number, rows: string[][]): FeatureEncoder {
  if (column.kind === 'numeric') {
    return {
      column: column.name,
      names: [column.name],
      write: (row, into, offset) => {
        into[offset] = parseCsvNumber(row[index] ?? '') ?? 0;
      },
    };
  }
  // Categories come from the rows kept, so no feature is constant zero after dropping rows.
  const categories = [...new Set(rows.map((row) => row[index] ?? ''))].sort(compareCodeUnits);
  const position = new Map(categories.map((category, i) => [category, i]));
  return {
    column: column.name,
    names: categories.map((category) => `${column.name}=${category}`),
    write: (row, into, offset) => {
      into[offset + (position.get(row[index] ?? '') ?? 0)] = 1;
    },
  };
}

function tooManyFeatures(count: number, encoders: FeatureEncoder[]): CsvMessage {
  const widest = encoders.reduce((a, b) => (b.names.length > a.names.length ? b : a));
  return csvMessage('too-many-features', {
    features: count,
    column: widest.column,
    categories: csvCount('categories', widest.names.length),
    limit: CSV_LIMITS.maxFeatures,
  });
}

/** Class indices into the sorted class names, or the values themselves for regression. */
function encodeTargets(
  rows: string[][],
  target: CsvColumn,
  targetIndex: number,
  task: CsvTaskChoice,
): { values: number[]; classes: string[] | null } | CsvMessage {
  if (task === 'regression') {
    return {
      values: rows.map((row) => parseCsvNumber(row[targetIndex] ?? '') ?? 0),
      classes: null,
    };
  }
  const numeric = target.kind === 'numeric';
  const keys = rows.map((row) => {
    const cell = row[targetIndex] ?? '';
    return numeric ? classKey(cell) : cell;
  });
  const classes = sortClasses([...new Set(keys)], numeric);
  if (classes.length < 2) {
    return csvMessage('one-class', { column: target.name, value: classes[0] ?? '' });
  }
  if (classes.length > CSV_LIMITS.maxClasses) {
    const tooMany = csvMessage('too-many-classes', {
      column: target.name,
      values: classes.length,
      limit: CSV_LIMITS.maxClasses,
    });
    return numeric ? sentences(tooMany, csvMessage('choose-regression')) : tooMany;
  }
  const index = new Map(classes.map((name, i) => [name, i]));
  return { values: keys.map((key) => index.get(key) ?? 0), classes };
}

function describeDataset(
  count: number,
  featureNames: string[],
  classes: string[] | null,
  options: CsvDatasetOptions,
): DatasetInfo {
  const task: Task =
    classes === null ? 'regression' : classes.length === 2 ? 'binary' : 'multiclass';
  const sizes = {
    rows: csvCount('rows', count),
    features: csvCount('features', featureNames.length),
    target: options.target,
  };
  return {
    name: 'csv',
    fileName: options.fileName ? shorten(options.fileName) : '',
    task,
    inputShape: [featureNames.length],
    outputSize: task === 'multiclass' && classes ? classes.length : 1,
    featureNames,
    description:
      classes === null
        ? csvMessage('summary-regression', sizes)
        : csvMessage('summary', {
            ...sizes,
            classes: classes.length,
            names: valueList(classes, LISTED_CLASSES),
          }),
  };
}

function shorten(name: string): string {
  return name.length > MAX_LABEL_NAME ? `${name.slice(0, MAX_LABEL_NAME - 1)}…` : name;
}
