import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToDataset, describeColumns, inferTask } from './csv-dataset';
import type { CsvDatasetOptions } from './csv-dataset';
import { parseCsv } from './csv-parse';
import type { CsvTable } from './csv-parse';

function fixtureTable(name: string): CsvTable {
  const text = readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8');
  const result = parseCsv(text, name);
  if (!result.ok) throw new Error(`${name} did not parse: ${result.error}`);
  return result.table;
}

function built(table: CsvTable, options: CsvDatasetOptions) {
  const result = csvToDataset(table, options);
  if (!result.ok) throw new Error(`expected a dataset, got: ${result.error}`);
  return result;
}

function buildError(table: CsvTable, options: CsvDatasetOptions): string {
  const result = csvToDataset(table, options);
  if (result.ok) throw new Error('expected an error, got a dataset');
  return result.error;
}

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
      label: 'CSV: fruit.csv',
      task: 'multiclass',
      inputShape: [6],
      outputSize: 3,
      featureNames: info.featureNames,
      description: '18 rows, 6 features, 3 classes (apple, banana, orange), target: fruit',
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
    expect(result.info.label).toBe('Uploaded CSV');
    expect(Array.from(result.dataset.targets.slice(0, 2))).toEqual([1, 0]);
  });

  it('names the class when the target has only one', () => {
    expect(
      buildError(fixtureTable('single-class.csv'), {
        target: 'species',
        task: 'classification',
        missing: 'drop',
      }),
    ).toBe(
      'The target "species" has only one class ("setosa"); classification needs at least two.',
    );
  });

  it('refuses more classes than the limit', () => {
    const labels = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(
      buildError(withTarget(labels), { target: 'y', task: 'classification', missing: 'drop' }),
    ).toBe('The target "y" has 101 different values; classification allows at most 100 classes.');
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
    expect(info.description).toBe('15 rows, 5 features, target: price (regression)');
  });

  it('refuses a text target, quoting one of its values', () => {
    expect(
      buildError(fixtureTable('fruit.csv'), {
        target: 'fruit',
        task: 'regression',
        missing: 'drop',
      }),
    ).toBe(
      'Column "fruit" holds text (e.g. "apple"), so it cannot be a regression target. ' +
        'Choose classification, or a numeric target.',
    );
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
    expect(buildError(table, { ...options, missing: 'drop' })).toBe(
      'Only 6 rows are left after dropping 6 rows with missing values; at least 10 are needed. ' +
        'Try filling missing values instead of dropping rows.',
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
    ).toBe('The file has only 3 data rows; at least 10 are needed.');
  });

  it('refuses a column with no values at all', () => {
    const table: CsvTable = { columns: ['x', 'notes', 'y'], rows: [['1', '', 'a']] };
    expect(buildError(table, { target: 'y', task: 'classification', missing: 'fill' })).toBe(
      'Column "notes" has no values in any row. Remove it from the file.',
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
    ).toBe(
      '"species" is the only column, so there are no features to learn from. Add at least one more column.',
    );
  });

  it('names a target that is not a column', () => {
    expect(
      buildError(withTarget(['a']), { target: 'z', task: 'regression', missing: 'drop' }),
    ).toBe('There is no column named "z".');
  });

  it('refuses one-hot encoding past the feature limit, naming the widest column', () => {
    const table: CsvTable = {
      columns: ['id', 'y'],
      rows: Array.from({ length: 600 }, (_, i) => [`user${i}`, String(i % 2)]),
    };
    expect(buildError(table, { target: 'y', task: 'classification', missing: 'drop' })).toBe(
      'One-hot encoding would make 600 features (column "id" alone has 600 categories); ' +
        'the limit is 500. Remove ID or free-text columns.',
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
    expect(result.info.label).toBe('CSV: a-very-long-file-name-for-an-up…');
    expect(result.info.description).toBe(
      '24 rows, 1 feature, 12 classes (a, b, c, d, e, f, g, h, i, j and 2 more), target: y',
    );
  });
});
