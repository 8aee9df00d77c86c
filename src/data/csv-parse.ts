import { formatCount, plural } from '../lib/count-format';
import Papa from 'papaparse';
import { CSV_LIMITS, csvSizeError, isMissingCell, parseCsvNumber } from './csv-cells';

/** A parsed CSV: column names from the header row and the data rows, every cell trimmed. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
}

/** Either the table or a plain-English message saying what is wrong with the file. */
export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; error: string };

/** A data row with its row number as a spreadsheet shows it (the header is row 1). */
interface NumberedRow {
  cells: string[];
  rowNumber: number;
}

const DELIMITERS = [',', ';', '\t'];
const INFINITY_PATTERN = /^[+-]?(?:inf|infinity)$/i;
const DECIMAL_COMMA_PATTERN = /^[+-]?\d*,\d+(?:e[+-]?\d+)?$/i;
/** A column whose non-missing cells are at least this share numbers is meant to be numeric. */
const NUMERIC_SHARE = 0.8;
const SNIFF_LENGTH = 8192;

/** Parses CSV text with papaparse (delimiter auto-detected: comma, semicolon, tab). */
export function parseCsv(text: string, fileName?: string): CsvParseResult {
  try {
    return parseCsvUnsafe(text, fileName);
  } catch {
    return { ok: false, error: 'The file could not be read as CSV.' };
  }
}

function parseCsvUnsafe(raw: string, fileName: string | undefined): CsvParseResult {
  const sizeError = csvSizeError(utf8Length(raw));
  if (sizeError) return fail(sizeError);
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const file = fileName ? `"${fileName}"` : 'The file';
  if (text.trim() === '') return fail(`${file} is empty.`);
  const notCsv = sniffNotCsv(text);
  if (notCsv) return fail(`${file} does not look like a CSV file: ${notCsv}`);

  const records = readRecords(text);
  if (typeof records === 'string') return fail(records);
  const [header, ...data] = records;
  if (!header) return fail(`${file} is empty.`);
  const error =
    checkHeader(header.cells) ?? checkRows(header.cells, data) ?? checkNumbers(header.cells, data);
  if (error) return fail(error);
  return {
    ok: true,
    table: { columns: header.cells, rows: data.map((row) => row.cells) },
  };
}

function fail(error: string): CsvParseResult {
  return { ok: false, error };
}

/** The UTF-8 size of the text, counted without encoding it. */
function utf8Length(text: string): number {
  if (text.length > CSV_LIMITS.maxBytes) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in all: 2 for each half.
    bytes += code < 0x80 ? 1 : code < 0x800 || (code >= 0xd800 && code < 0xe000) ? 2 : 3;
  }
  return bytes;
}

/** Why the text is not CSV (binary data, JSON, HTML), or null if it may be. */
function sniffNotCsv(text: string): string | null {
  const sample = text.slice(0, SNIFF_LENGTH);
  if (sample.startsWith('PK\u0003\u0004')) {
    return 'it looks like an Excel workbook or a zip archive. Save the sheet as CSV and upload that.';
  }
  const nulCount = sample.split('\u0000').length - 1;
  if (nulCount > sample.length / 4) {
    return 'it looks like UTF-16 text. Save it as "CSV UTF-8" and upload that.';
  }
  const oddCount = countOddCharacters(sample);
  if (nulCount > 0 || oddCount > Math.max(2, sample.length / 100)) {
    return 'it contains binary data (is it an image or a spreadsheet?). Export the data as CSV and upload that.';
  }
  const trimmed = sample.trimStart();
  if (/^[[{]/.test(trimmed) && /[\]}]$/.test(text.trimEnd())) {
    return 'it looks like a JSON document. Convert it to CSV with one header row first.';
  }
  if (/^<[!?a-z]/i.test(trimmed)) {
    return 'it looks like an HTML or XML document. Export the data as CSV and upload that.';
  }
  return null;
}

/** Control characters other than tab and line breaks, plus U+FFFD, which stands for bytes that are not UTF-8. */
function countOddCharacters(sample: string): number {
  let count = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    const isOdd =
      (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd;
    if (isOdd) count++;
  }
  return count;
}

/** Non-blank records with trimmed cells, numbered as a spreadsheet numbers them; or an error. */
function readRecords(text: string): NumberedRow[] | string {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const where = quoteError.row === undefined ? 'The file' : `Row ${quoteError.row + 1}`;
    return `${where} has a quoted field that is not closed properly. Check its " marks.`;
  }
  const records: NumberedRow[] = [];
  parsed.data.forEach((fields, index) => {
    const cells = fields.map((field) => normaliseCell(field, delimiter));
    if (cells.some((cell) => cell !== '')) records.push({ cells, rowNumber: index + 1 });
  });
  if (records.length > CSV_LIMITS.maxRows + 1) {
    return `The file has ${formatCount(records.length - 1)} data rows; the limit is ${formatCount(CSV_LIMITS.maxRows)}.`;
  }
  return records;
}

// Papaparse guesses badly when blank lines are kept, so guess first on non-blank lines.
function guessDelimiter(text: string): string {
  const sample = Papa.parse<string[]>(text, {
    delimitersToGuess: DELIMITERS,
    skipEmptyLines: 'greedy',
    preview: 20,
  });
  return sample.meta.delimiter || ',';
}

/** Trims the cell; in semicolon files, "1,5" is a decimal comma (European spreadsheets) and becomes "1.5". */
function normaliseCell(field: string, delimiter: string): string {
  const cell = field.trim();
  return delimiter === ';' && DECIMAL_COMMA_PATTERN.test(cell) ? cell.replace(',', '.') : cell;
}

function checkHeader(columns: string[]): string | null {
  if (columns.length > CSV_LIMITS.maxColumns) {
    return `The file has ${formatCount(columns.length)} columns; the limit is ${CSV_LIMITS.maxColumns}.`;
  }
  const named = columns.filter((name) => name !== '');
  if (named.length > 0 && named.every((name) => parseCsvNumber(name) !== null)) {
    return 'The first row looks like data, not column names. Add a header row that names each column.';
  }
  const problems = [...blankNameProblems(columns), ...duplicateNameProblems(columns)];
  return problems.length === 0
    ? null
    : `${problems.join(' ')} Give every column a unique name in the header row.`;
}

function blankNameProblems(columns: string[]): string[] {
  return columns.flatMap((name, i) =>
    name === '' ? [`Column ${columnLabel(i)} has no name.`] : [],
  );
}

function duplicateNameProblems(columns: string[]): string[] {
  const positions = new Map<string, number[]>();
  columns.forEach((name, i) => {
    if (name !== '') positions.set(name, [...(positions.get(name) ?? []), i]);
  });
  return [...positions]
    .filter(([, at]) => at.length > 1)
    .map(([name, at]) => `"${name}" names columns ${at.map(columnLabel).join(' and ')}.`);
}

/** "3 (C)": the 1-based column number and its spreadsheet letter. */
function columnLabel(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${index + 1} (${letters})`;
}

function checkRows(columns: string[], data: NumberedRow[]): string | null {
  if (data.length === 0) return 'The file has a header row but no data rows.';
  const ragged = data.filter((row) => row.cells.length !== columns.length);
  const [first] = ragged;
  if (!first) return null;
  const rest = ragged.length - 1;
  const others =
    rest === 0 ? '' : ` ${plural(rest, 'other row')} also ${rest === 1 ? 'does' : 'do'} not match.`;
  return `Row ${first.rowNumber} has ${plural(first.cells.length, 'field')}, but the header has ${plural(columns.length, 'column')}.${others}`;
}

/** A cell that is not a number in a column whose other cells mostly are. */
interface BadCell {
  rowNumber: number;
  column: string;
  value: string;
}

/** Reports the first non-number in a numeric column (one at least 80% numbers) and how many more. */
function checkNumbers(columns: string[], data: NumberedRow[]): string | null {
  const bad = columns
    .flatMap((column, index) => badNumbersIn(column, index, data))
    .sort((a, b) => a.rowNumber - b.rowNumber);
  const [first] = bad;
  if (!first) return null;
  const shown = first.value.length > 40 ? `${first.value.slice(0, 40)}…` : first.value;
  const what = INFINITY_PATTERN.test(first.value) ? 'is not a finite number' : 'is not a number';
  const rest = bad.length - 1;
  const others =
    rest === 0
      ? ''
      : ` ${plural(rest, 'other cell')} in numeric columns ${rest === 1 ? 'is not a number' : 'are not numbers'} either.`;
  const fix =
    rest === 0
      ? 'Correct it, or leave it empty to mark it as missing.'
      : 'Correct them, or leave them empty to mark them as missing.';
  return `Row ${first.rowNumber}, column "${first.column}": "${shown}" ${what}.${others} ${fix}`;
}

function badNumbersIn(column: string, index: number, data: NumberedRow[]): BadCell[] {
  let present = 0;
  const bad: BadCell[] = [];
  for (const { cells, rowNumber } of data) {
    const value = cells[index] ?? '';
    if (isMissingCell(value)) continue;
    present++;
    if (parseCsvNumber(value) === null) bad.push({ rowNumber, column, value });
  }
  return bad.length > 0 && present - bad.length >= NUMERIC_SHARE * present ? bad : [];
}
