import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, describeColumns, inferTask } from './csv-dataset';
import type { CsvDatasetOptions } from './csv-dataset';
import type { CsvMessage, CsvMessageCode } from './csv-messages';
import { parseCsv } from './csv-parse';
import type { CsvTable } from './csv-parse';

function fixtureTable(name: string): CsvTable {
  const text = readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8');
  const result = parseCsv(text, name);
  if (!result.ok) throw new Error(`${name} did not parse: ${JSON.stringify(result.error)}`);
  return result.table;
}

function built(table: CsvTable, options: CsvDatasetOptions) {
  const result = csvToDataset(table, options);
  if (!result.ok) throw new Error(`expected a dataset, got: ${JSON.stringify(result.error)}`);
  return result;
}

function buildError(table: CsvTable, options: CsvDatasetOptions): CsvMessage {
  const result = csvToDataset(table, options);
  if (result.ok) throw new Error('expected an error, got a dataset');
  return result.error;
}

/** The message a code and its parameters make (the words are the UI's: src/ui/dataset tests). */
const msg = (code: CsvMessageCode, params?: CsvMessage['params']): CsvMessage =>
  params ? { code: `csv:${code}`, params } : { code: `csv:${code}` };
const then = (first: CsvMessage, next: CsvMessage) => msg('sentences', { first, then: next });

/** A table with one feature column `x` (0, 1, 2, ...) and the given target column `y`. */
function withTarget(targets: string[]): CsvTable {
  return { columns: ['x', 'y'], rows: targets.map((y, i) => [String(i), y]) };
}

const featureRow = (features: Float32Array, width: number, row: number) =>
  Array.from(features.subarray(row * width, (row + 1) * width));

describe('describeColumns', () => {
  it('reports kinds, missing counts, distinct values and sorted categories', () => {
    expect(describeColumns(fixtureTable('missing-values.csv'))).toEqual([
      { name: 'height', kind: 'numeric', missing: 1, uniqueValues: 15, categories: [] },
      {
        name: 'colour',
        kind: 'categorical',
        missing: 1,
        uniqueValues: 2,
        categories: ['blue', 'red'],
      },
      { name: 'age', kind: 'numeric', missing: 2, uniqueValues: 14, categories: [] },
      { name: 'label', kind: 'categorical', missing: 1, uniqueValues: 2, categories: ['a', 'b'] },
    ]);
  });

  it('counts "1" and "1.0" as one numeric value', () => {
    const [, y] = describeColumns(withTarget(['1', '1.0', '2', 'NaN']));
    expect(y).toEqual({ name: 'y', kind: 'numeric', missing: 1, uniqueValues: 2, categories: [] });
  });
});

describe('inferTask', () => {
  it('picks classification for a text target', () => {
    expect(inferTask(fixtureTable('fruit.csv'), 'fruit')).toBe('classification');
  });

  it('picks classification for an integer target with at most 20 distinct values', () => {
    const twenty = Array.from({ length: 40 }, (_, i) => String(i % 20));
    expect(inferTask(withTarget(twenty), 'y')).toBe('classification');
  });

  it('picks regression for 21 distinct integers or for any fractional value', () => {
    const twentyOne = Array.from({ length: 42 }, (_, i) => String(i % 21));
    expect(inferTask(withTarget(twentyOne), 'y')).toBe('regression');
    expect(inferTask(withTarget(['1', '2', '2.5', '1']), 'y')).toBe('regression');
    expect(inferTask(fixtureTable('houses.csv'), 'price')).toBe('regression');
  });

  it('picks regression for integers that hardly repeat, such as weights in a small file', () => {
    expect(inferTask(fixtureTable('fruit.csv'), 'weight')).toBe('regression');
    const tenOfTwelve = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '1', '2'];
    expect(inferTask(withTarget(tenOfTwelve), 'y')).toBe('regression');
    const sixOfTwelve = ['1', '2', '3', '4', '5', '6', '1', '2', '3', '4', '5', '6'];
    expect(inferTask(withTarget(sixOfTwelve), 'y')).toBe('classification');
  });

  it('ignores missing cells', () => {
    expect(inferTask(withTarget(['1', '', 'NA', '0']), 'y')).toBe('classification');
  });
});

describe('csvToDataset for classification', () => {
  const fruit = () =>
    built(fixtureTable('fruit.csv'), {
      target: 'fruit',
      task: 'classification',
      missing: 'drop',
      fileName: 'fruit.csv',
    });

  it('one-hot encodes a categorical feature in sorted order, then numeric features as they are', () => {
    const { dataset, info } = fruit();
    expect(info.featureNames).toEqual([
      'colour=green',
      'colour=orange',
      'colour=red',
      'colour=yellow',
      'weight',
      'diameter',
    ]);
    expect(dataset.featureCount).toBe(6);
    expect(dataset.features).toHaveLength(18 * 6);
    expect(featureRow(dataset.features, 6, 0)).toEqual([0, 0, 1, 0, 145, Math.fround(7.9)]);
    expect(featureRow(dataset.features, 6, 1)).toEqual([0, 0, 0, 1, 134, Math.fround(3.2)]);
  });

  it('numbers classes in sorted order and describes the dataset', () => {
    const { dataset, info, classNames, droppedRows, filledCells } = fruit();
    expect(classNames).toEqual(['apple', 'banana', 'orange']);
    expect(Array.from(dataset.targets.slice(0, 4))).toEqual([0, 1, 2, 0]);
    expect(dataset.count).toBe(18);
    expect([droppedRows, filledCells]).toEqual([0, 0]);
    expect(info).toEqual({
      name: 'csv',
      fileName: 'fruit.csv',
      task: 'multiclass',
      inputShape: [6],
      outputSize: 3,
      featureNames: info.featureNames,
      description: msg('summary', {
        rows: msg('rows', { count: 18 }),
        features: msg('features', { count: 6 }),
        target: 'fruit',
        classes: 3,
        names: msg('list', {
          item: 'apple',
          rest: msg('list', { item: 'banana', rest: 'orange' }),
        }),
      }),
    });
  });

  it('sorts text classes by code unit, the same in every browser', () => {
    const labels = ['b', 'Zebra', 'apple', 'b', 'apple', 'Zebra', 'b', 'apple', 'Zebra', 'b'];
    const result = built(withTarget(labels), {
      target: 'y',
      task: 'classification',
      missing: 'drop',
    });
    expect(result.classNames).toEqual(['Zebra', 'apple', 'b']);
    expect(Array.from(result.dataset.targets.slice(0, 3))).toEqual([2, 0, 1]);
  });

  it('sorts numeric classes by value and merges "1" with "1.0"', () => {
    const labels = ['10', '2', '1.0', '1', '2', '10', '1', '2', '10', '1'];
    const result = built(withTarget(labels), {
      target: 'y',
      task: 'classification',
      missing: 'drop',
    });
    expect(result.classNames).toEqual(['1', '2', '10']);
    expect(Array.from(result.dataset.targets.slice(0, 4))).toEqual([2, 1, 0, 0]);
  });

  it('makes two classes a binary task with one output', () => {
    const labels = ['yes', 'no', 'no', 'yes', 'no', 'yes', 'no', 'yes', 'no', 'yes'];
    const result = built(withTarget(labels), {
      target: 'y',
      task: 'classification',
      missing: 'drop',
    });
    expect(result.info.task).toBe('binary');
    expect(result.info.outputSize).toBe(1);
    expect(result.info.fileName).toBe('');
    expect(Array.from(result.dataset.targets.slice(0, 2))).toEqual([1, 0]);
  });

  it('names the class when the target has only one', () => {
    expect(
      buildError(fixtureTable('single-class.csv'), {
        target: 'species',
        task: 'classification',
        missing: 'drop',
      }),
    ).toEqual(msg('one-class', { column: 'species', value: 'setosa' }));
  });

  it('refuses more classes than the limit', () => {
    const labels = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(
      buildError(withTarget(labels), { target: 'y', task: 'classification', missing: 'drop' }),
    ).toEqual(msg('too-many-classes', { column: 'y', values: 101, limit: 100 }));
  });

  it('suggests regression when a numeric target has too many classes', () => {
    const labels = Array.from({ length: 202 }, (_, i) => String(i % 101));
    expect(
      buildError(withTarget(labels), { target: 'y', task: 'classification', missing: 'drop' }),
    ).toEqual(
      then(
        msg('too-many-classes', { column: 'y', values: 101, limit: 100 }),
        msg('choose-regression'),
      ),
    );
  });
});

describe('csvToDataset for regression', () => {
  it('keeps target values and one-hot encodes the district', () => {
    const table = fixtureTable('houses.csv');
    const { dataset, info, classNames } = built(table, {
      target: 'price',
      task: 'regression',
      missing: 'drop',
    });
    expect(classNames).toBeNull();
    expect(info.task).toBe('regression');
    expect(info.outputSize).toBe(1);
    expect(info.featureNames).toEqual([
      'area',
      'rooms',
      'district=centre',
      'district=north',
      'district=south',
    ]);
    expect(Array.from(dataset.targets)).toEqual(
      table.rows.map((row) => Math.fround(Number(row[3]))),
    );
    expect(info.description).toEqual(
      msg('summary-regression', {
        rows: msg('rows', { count: 15 }),
        features: msg('features', { count: 5 }),
        target: 'price',
      }),
    );
  });

  it('refuses a text target, quoting one of its values', () => {
    expect(
      buildError(fixtureTable('fruit.csv'), {
        target: 'fruit',
        task: 'regression',
        missing: 'drop',
      }),
    ).toEqual(msg('text-target', { column: 'fruit', example: 'apple' }));
  });
});

describe('csvToDataset with missing values', () => {
  const options = { target: 'label', task: 'classification' } as const;

  it('drops every row with a missing cell when asked to', () => {
    const result = built(fixtureTable('missing-values.csv'), { ...options, missing: 'drop' });
    expect(result.droppedRows).toBe(5);
    expect(result.filledCells).toBe(0);
    expect(result.dataset.count).toBe(11);
    expect(featureRow(result.dataset.features, 4, 1)).toEqual([Math.fround(1.3), 1, 0, 6]);
  });

  it('fills numbers with the column mean and categories with the mode, ties to the first', () => {
    const result = built(fixtureTable('missing-values.csv'), { ...options, missing: 'fill' });
    expect(result.info.featureNames).toEqual(['height', 'colour=blue', 'colour=red', 'age']);
    expect(result.filledCells).toBe(4);
    expect(result.droppedRows).toBe(1); // the row without a label: labels are never invented
    expect(result.dataset.count).toBe(15);
    const rows = [1, 2, 3].map((r) => featureRow(result.dataset.features, 4, r));
    expect(rows).toEqual([
      [Math.fround(1.4), 1, 0, 4],
      [1.75, 1, 0, 5],
      [Math.fround(1.1), 0, 1, 9],
    ]);
  });

  it('says how few rows are left when dropping leaves fewer than 10', () => {
    const table = fixtureTable('mostly-missing.csv');
    expect(buildError(table, { ...options, missing: 'drop' })).toEqual(
      then(
        msg('few-rows-left', { count: 6, dropped: msg('rows', { count: 6 }), min: 10 }),
        msg('try-filling'),
      ),
    );
    const filled = built(table, { ...options, missing: 'fill' });
    expect(filled.filledCells).toBe(6);
    expect(featureRow(filled.dataset.features, 2, 1)).toEqual([5, 3]);
  });

  it('refuses a file with fewer than 10 rows', () => {
    expect(
      buildError(withTarget(['a', 'b', 'a']), {
        target: 'y',
        task: 'classification',
        missing: 'fill',
      }),
    ).toEqual(msg('few-rows', { count: 3, min: 10 }));
  });

  it('refuses a column with no values at all', () => {
    const table: CsvTable = { columns: ['x', 'notes', 'y'], rows: [['1', '', 'a']] };
    expect(buildError(table, { target: 'y', task: 'classification', missing: 'fill' })).toEqual(
      msg('empty-column', { column: 'notes' }),
    );
  });
});

describe('csvToDataset shape errors', () => {
  it('says when the target is the only column', () => {
    expect(
      buildError(fixtureTable('target-only.csv'), {
        target: 'species',
        task: 'classification',
        missing: 'drop',
      }),
    ).toEqual(msg('only-column', { column: 'species' }));
  });

  it('names a target that is not a column', () => {
    expect(
      buildError(withTarget(['a']), { target: 'z', task: 'regression', missing: 'drop' }),
    ).toEqual(msg('no-such-column', { column: 'z' }));
  });

  it('refuses one-hot encoding past the feature limit, naming the widest column', () => {
    const table: CsvTable = {
      columns: ['id', 'y'],
      rows: Array.from({ length: 600 }, (_, i) => [`user${i}`, String(i % 2)]),
    };
    expect(buildError(table, { target: 'y', task: 'classification', missing: 'drop' })).toEqual(
      msg('too-many-features', {
        features: 600,
        column: 'id',
        categories: msg('categories', { count: 600 }),
        limit: 500,
      }),
    );
  });

  it('shortens a long file name in the label and lists at most 10 classes', () => {
    const labels = Array.from({ length: 24 }, (_, i) => String.fromCharCode(97 + (i % 12)));
    const result = built(withTarget(labels), {
      target: 'y',
      task: 'classification',
      missing: 'drop',
      fileName: 'a-very-long-file-name-for-an-upload.csv',
    });
    expect(result.info.fileName).toBe('a-very-long-file-name-for-an-up…');
    const list = (items: string[]): CsvMessage | string => {
      const [item = '', ...rest] = items;
      return rest.length > 0
        ? msg('list', { item, rest: list(rest) })
        : msg('list-more', { item, more: 2 });
    };
    expect(result.info.description).toEqual(
      msg('summary', {
        rows: msg('rows', { count: 24 }),
        features: msg('features', { count: 1 }),
        target: 'y',
        classes: 12,
        names: list([...'abcdefghij']),
      }),
    );
  });
});
