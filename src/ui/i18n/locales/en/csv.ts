// Reading an uploaded CSV: the file, its rows and cells, the column to predict (src/data/csv-*).
import type { CsvMessageCode } from '../../../../data/csv-messages';
import type { SameKeys } from '../../resource-types';

const csv = {
  // Reading the file.
  unreadable: 'The file could not be read as CSV.',
  'this-file': 'The file',
  'named-file': '"{{name}}"',
  empty: '{{file}} is empty.',
  'not-csv': '{{file}} does not look like a CSV file: {{reason}}',
  'not-csv-zip':
    'it looks like an Excel workbook or a zip archive. Save the sheet as CSV and upload that.',
  'not-csv-utf16': 'it looks like UTF-16 text. Save it as "CSV UTF-8" and upload that.',
  'not-csv-binary':
    'it contains binary data (is it an image or a spreadsheet?). Export the data as CSV and upload that.',
  'not-csv-json': 'it looks like a JSON document. Convert it to CSV with one header row first.',
  'not-csv-html': 'it looks like an HTML or XML document. Export the data as CSV and upload that.',
  'unclosed-quote': 'The file has a quoted field that is not closed properly. Check its " marks.',
  'unclosed-quote-row':
    'Row {{row}} has a quoted field that is not closed properly. Check its " marks.',
  'too-big':
    'The file is {{size, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} MB; the limit is {{limit, number}} MB.',
  'too-many-rows': 'The file has {{rows, number}} data rows; the limit is {{limit, number}}.',
  'too-many-columns': 'The file has {{columns, number}} columns; the limit is {{limit, number}}.',
  'reader-failed':
    'The CSV reader could not be loaded (offline, or the app was updated?): {{reason}}. Choose the file again to retry, or reload the page.',
  // The header row.
  'header-is-data':
    'The first row looks like data, not column names. Add a header row that names each column.',
  'blank-name': 'Column {{column}} has no name.',
  'duplicate-name': '"{{name}}" names columns {{columns}}.',
  'unique-names': 'Give every column a unique name in the header row.',
  /** A column by number and spreadsheet letter: "3 (C)". */
  'column-label': '{{number}} ({{letter}})',
  // The data rows and cells.
  'no-data-rows': 'The file has a header row but no data rows.',
  ragged: 'Row {{row}} has {{fields}}, but the header has {{columns}}.',
  'other-rows-ragged_one': '{{count, number}} other row also does not match.',
  'other-rows-ragged_other': '{{count, number}} other rows also do not match.',
  'not-a-number': 'Row {{row}}, column "{{column}}": "{{value}}" is not a number.',
  'not-finite': 'Row {{row}}, column "{{column}}": "{{value}}" is not a finite number.',
  'other-non-numbers_one':
    '{{count, number}} other cell in numeric columns is not a number either.',
  'other-non-numbers_other':
    '{{count, number}} other cells in numeric columns are not numbers either.',
  /** count: how many cells are wrong. */
  'fix-cells_one': 'Correct it, or leave it empty to mark it as missing.',
  'fix-cells_other': 'Correct them, or leave them empty to mark them as missing.',
  // Building the dataset from the chosen target.
  'build-failed': 'The dataset could not be built from this file.',
  'no-such-column': 'There is no column named "{{column}}".',
  'no-rows': 'The file has no data rows.',
  'only-column':
    '"{{column}}" is the only column, so there are no features to learn from. Add at least one more column.',
  'empty-column': 'Column "{{column}}" has no values in any row. Remove it from the file.',
  'text-target':
    'Column "{{column}}" holds text (e.g. "{{example}}"), so it cannot be a regression target. Choose classification, or a numeric target.',
  'few-rows_one': 'The file has only {{count, number}} data row; at least {{min}} are needed.',
  'few-rows_other': 'The file has only {{count, number}} data rows; at least {{min}} are needed.',
  'few-rows-left_one':
    'Only {{count, number}} row is left after dropping {{dropped}} with missing values; at least {{min}} are needed.',
  'few-rows-left_other':
    'Only {{count, number}} rows are left after dropping {{dropped}} with missing values; at least {{min}} are needed.',
  'try-filling': 'Try filling missing values instead of dropping rows.',
  'too-many-features':
    'One-hot encoding would make {{features, number}} features (column "{{column}}" alone has {{categories}}); the limit is {{limit, number}}. Remove ID or free-text columns.',
  'one-class':
    'The target "{{column}}" has only one class ("{{value}}"); classification needs at least two.',
  'too-many-classes':
    'The target "{{column}}" has {{values, number}} different values; classification allows at most {{limit}} classes.',
  'choose-regression': 'Choose regression instead.',
  // What the built dataset holds: "18 rows, 6 features, 3 classes (a, b, c), target: fruit".
  summary: '{{rows}}, {{features}}, {{classes}} classes ({{names}}), target: {{target}}',
  'summary-regression': '{{rows}}, {{features}}, target: {{target}} (regression)',
  // Counts and lists inside the sentences above.
  fields_one: '{{count, number}} field',
  fields_other: '{{count, number}} fields',
  columns_one: '{{count, number}} column',
  columns_other: '{{count, number}} columns',
  rows_one: '{{count, number}} row',
  rows_other: '{{count, number}} rows',
  features_one: '{{count, number}} feature',
  features_other: '{{count, number}} features',
  categories_one: '{{count, number}} category',
  categories_other: '{{count, number}} categories',
  'and-list': '{{item}} and {{rest}}',
  list: '{{item}}, {{rest}}',
  'list-more': '{{item}} and {{more}} more',
  /** Two sentences in a row. */
  sentences: '{{first}} {{then}}',
} as const;

export default csv;

// The words cover exactly the codes src/data/csv-messages.ts declares.
export const checked: SameKeys<CsvMessageCode, typeof csv> = true;
