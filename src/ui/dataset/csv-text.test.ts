import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CSV_LIMITS, csvSizeError } from '../../data/csv-cells';
import type { CsvDatasetOptions } from '../../data/csv-dataset';
import { csvToDataset } from '../../data/csv-dataset';
import type { CsvMessage } from '../../data/csv-messages';
import { parseCsv } from '../../data/csv-parse';
import type { CsvTable } from '../../data/csv-parse';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';

// What people read when an uploaded CSV cannot be used: the data layer's messages in words.

const fixture = (name: string) =>
  readFileSync(new URL(`../../data/fixtures/csv/${name}`, import.meta.url), 'utf8');

function parseError(text: string, fileName?: string): CsvMessage {
  const result = parseCsv(text, fileName);
  if (result.ok) throw new Error('expected an error, got a table');
  return result.error;
}

function table(text: string): CsvTable {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(`expected a table: ${messageText(result.error)}`);
  return result.table;
}

function build(data: CsvTable, options: CsvDatasetOptions) {
  const result = csvToDataset(data, options);
  return result.ok
    ? messageText(result.info.description ?? { code: 'csv:no-rows' })
    : messageText(result.error);
}

const withTarget = (targets: string[]): CsvTable => ({
  columns: ['x', 'y'],
  rows: targets.map((y, i) => [String(i), y]),
});

afterEach(() => i18n.changeLanguage('en'));

describe('CSV messages in English', () => {
  it.each([
    [fixture('empty.csv'), 'empty.csv', '"empty.csv" is empty.'],
    ['', undefined, 'The file is empty.'],
    [
      fixture('no-header.csv'),
      undefined,
      'The first row looks like data, not column names. Add a header row that names each column.',
    ],
    [
      fixture('duplicate-columns.csv'),
      undefined,
      '"age" names columns 2 (B) and 4 (D). "name" names columns 3 (C) and 5 (E). ' +
        'Give every column a unique name in the header row.',
    ],
    [
      fixture('blank-column-name.csv'),
      undefined,
      'Column 2 (B) has no name. Column 4 (D) has no name. ' +
        'Give every column a unique name in the header row.',
    ],
    [
      fixture('ragged.csv'),
      undefined,
      'Row 4 has 2 fields, but the header has 3 columns. 1 other row also does not match.',
    ],
    ['a,b\n1,2\n\n\n3\n', undefined, 'Row 5 has 1 field, but the header has 2 columns.'],
    [
      'a,b,c\n1\n2\n3\n',
      undefined,
      'Row 2 has 1 field, but the header has 3 columns. 2 other rows also do not match.',
    ],
    [
      fixture('non-numeric.csv'),
      undefined,
      'Row 7, column "age": "abc" is not a number. 1 other cell in numeric columns is not a number either. ' +
        'Correct them, or leave them empty to mark them as missing.',
    ],
    [
      `x,y\n${'1,a\n'.repeat(9)}-inf,b\n`,
      undefined,
      'Row 11, column "x": "-inf" is not a finite number. Correct it, or leave it empty to mark it as missing.',
    ],
    [
      `x,y\n${'1,a\n'.repeat(18)}p,b\nq,b\n`,
      undefined,
      'Row 20, column "x": "p" is not a number. 1 other cell in numeric columns is not a number either. ' +
        'Correct them, or leave them empty to mark them as missing.',
    ],
    [fixture('header-only.csv'), undefined, 'The file has a header row but no data rows.'],
    [
      fixture('png-image.png'),
      'png-image.png',
      '"png-image.png" does not look like a CSV file: it contains binary data ' +
        '(is it an image or a spreadsheet?). Export the data as CSV and upload that.',
    ],
    [
      fixture('json-document.csv'),
      undefined,
      'The file does not look like a CSV file: it looks like a JSON document. ' +
        'Convert it to CSV with one header row first.',
    ],
    [
      fixture('html-page.csv'),
      undefined,
      'The file does not look like a CSV file: it looks like an HTML or XML document. ' +
        'Export the data as CSV and upload that.',
    ],
    [
      'PK\u0003\u0004\u0014\u0000',
      undefined,
      'The file does not look like a CSV file: it looks like an Excel workbook or a zip archive. ' +
        'Save the sheet as CSV and upload that.',
    ],
    [
      [...'a,b\n1,2\n'].map((c) => `${c}\u0000`).join(''),
      undefined,
      'The file does not look like a CSV file: it looks like UTF-16 text. ' +
        'Save it as "CSV UTF-8" and upload that.',
    ],
    [
      fixture('unclosed-quote.csv'),
      undefined,
      'Row 3 has a quoted field that is not closed properly. Check its " marks.',
    ],
  ])('reads a bad file as it always did (%#)', (text, fileName, english) => {
    expect(messageText(parseError(text, fileName))).toBe(english);
  });

  it('writes counts past 999 with grouping and sizes with one decimal', () => {
    const rows = `a,b\n${'1,2\n'.repeat(CSV_LIMITS.maxRows + 1)}`;
    expect(messageText(parseError(rows))).toBe(
      'The file has 50,001 data rows; the limit is 50,000.',
    );
    const names = Array.from({ length: CSV_LIMITS.maxColumns + 1 }, (_, i) => `c${i}`);
    expect(messageText(parseError(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`))).toBe(
      'The file has 201 columns; the limit is 200.',
    );
    expect(messageText(csvSizeError(30 * 1024 * 1024) ?? { code: 'csv:unreadable' })).toBe(
      'The file is 30.0 MB; the limit is 20 MB.',
    );
    expect(messageText(csvSizeError(CSV_LIMITS.maxBytes + 1) ?? { code: 'csv:unreadable' })).toBe(
      'The file is 20.1 MB; the limit is 20 MB.',
    );
  });

  it('says why a dataset cannot be built, as it always did', () => {
    const fruit = table(fixture('fruit.csv'));
    const classify = { task: 'classification', missing: 'drop' } as const;
    const wide: CsvTable = {
      columns: ['id', 'y'],
      rows: Array.from({ length: 600 }, (_, i) => [`user${i}`, String(i % 2)]),
    };
    const cases: [CsvTable, CsvDatasetOptions, string][] = [
      [
        fruit,
        { target: 'fruit', task: 'regression', missing: 'drop' },
        'Column "fruit" holds text (e.g. "apple"), so it cannot be a regression target. ' +
          'Choose classification, or a numeric target.',
      ],
      [
        table(fixture('mostly-missing.csv')),
        { target: 'label', ...classify },
        'Only 6 rows are left after dropping 6 rows with missing values; at least 10 are needed. ' +
          'Try filling missing values instead of dropping rows.',
      ],
      [
        table(fixture('single-class.csv')),
        { target: 'species', ...classify },
        'The target "species" has only one class ("setosa"); classification needs at least two.',
      ],
      [
        withTarget(Array.from({ length: 101 }, (_, i) => `c${i}`)),
        { target: 'y', ...classify },
        'The target "y" has 101 different values; classification allows at most 100 classes.',
      ],
      [
        withTarget(Array.from({ length: 202 }, (_, i) => String(i % 101))),
        { target: 'y', ...classify },
        'The target "y" has 101 different values; classification allows at most 100 classes. ' +
          'Choose regression instead.',
      ],
      [
        withTarget(['a', 'b', 'a']),
        { target: 'y', task: 'classification', missing: 'fill' },
        'The file has only 3 data rows; at least 10 are needed.',
      ],
      [
        withTarget(['a']),
        { target: 'y', task: 'classification', missing: 'fill' },
        'The file has only 1 data row; at least 10 are needed.',
      ],
      [
        { columns: ['x', 'notes', 'y'], rows: [['1', '', 'a']] },
        { target: 'y', task: 'classification', missing: 'fill' },
        'Column "notes" has no values in any row. Remove it from the file.',
      ],
      [
        table(fixture('target-only.csv')),
        { target: 'species', ...classify },
        '"species" is the only column, so there are no features to learn from. Add at least one more column.',
      ],
      [withTarget(['a']), { target: 'z', ...classify }, 'There is no column named "z".'],
      [
        wide,
        { target: 'y', ...classify },
        'One-hot encoding would make 600 features (column "id" alone has 600 categories); ' +
          'the limit is 500. Remove ID or free-text columns.',
      ],
    ];
    for (const [data, options, english] of cases) expect(build(data, options)).toBe(english);
  });

  it('describes a built dataset as it always did', () => {
    const fruit = table(fixture('fruit.csv'));
    expect(build(fruit, { target: 'fruit', task: 'classification', missing: 'drop' })).toBe(
      '18 rows, 6 features, 3 classes (apple, banana, orange), target: fruit',
    );
    expect(
      build(table(fixture('houses.csv')), { target: 'price', task: 'regression', missing: 'drop' }),
    ).toBe('15 rows, 5 features, target: price (regression)');
    const labels = Array.from({ length: 24 }, (_, i) => String.fromCharCode(97 + (i % 12)));
    expect(
      build(withTarget(labels), { target: 'y', task: 'classification', missing: 'drop' }),
    ).toBe('24 rows, 1 feature, 12 classes (a, b, c, d, e, f, g, h, i, j and 2 more), target: y');
  });
});

describe('CSV messages in Chinese', () => {
  it('names the row and column of a bad cell, and counts the rest', async () => {
    const error = parseError(fixture('non-numeric.csv'));
    await i18n.changeLanguage('zh-CN');
    expect(messageText(error)).toBe(
      '第 7 行“age”列：“abc”不是数字。数值列中另外还有 1 个单元格也不是数字。' +
        '请改正，或者把单元格留空，表示缺失值。',
    );
  });

  it('names columns by number and letter, and rows as a spreadsheet numbers them', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(messageText(parseError(fixture('blank-column-name.csv')))).toBe(
      '第 2 列（B）没有列名。第 4 列（D）没有列名。请在表头中给每一列起一个不重复的名字。',
    );
    expect(messageText(parseError(fixture('duplicate-columns.csv')))).toBe(
      '第 2 列（B）和第 4 列（D）都叫“age”。第 3 列（C）和第 5 列（E）都叫“name”。' +
        '请在表头中给每一列起一个不重复的名字。',
    );
    expect(messageText(parseError(fixture('ragged.csv')))).toBe(
      '第 4 行有 2 个字段，但表头有 3 列。另外还有 1 行也对不上。',
    );
    expect(messageText(parseError(fixture('empty.csv'), 'empty.csv'))).toBe('“empty.csv”是空的。');
  });

  it('groups large counts and lists class names the Chinese way', async () => {
    const rows = `a,b\n${'1,2\n'.repeat(CSV_LIMITS.maxRows + 1)}`;
    const fruit = table(fixture('fruit.csv'));
    await i18n.changeLanguage('zh-CN');
    expect(messageText(parseError(rows))).toBe('文件有 50,001 行数据，上限是 50,000 行。');
    expect(build(fruit, { target: 'fruit', task: 'classification', missing: 'drop' })).toBe(
      '18 行，6 个特征，3 个类别（apple、banana、orange），目标：fruit',
    );
  });
});
