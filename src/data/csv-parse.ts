import Papa from 'papaparse';
import { CSV_LIMITS, csvSizeError, isMissingCell, parseCsvNumber } from './csv-cells';
import type { CsvMessage } from './csv-messages';
import { andList, csvCount, csvMessage, sentences } from './csv-messages';

/** A parsed CSV: column names from the header row and the data rows, every cell trimmed. */
export interface CsvTable {
  columns: string[];
  rows: string[][];
}

/** Either the table or a message saying what is wrong with the file (rows, columns, values). */
export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; error: CsvMessage };

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
    return { ok: false, error: csvMessage('unreadable') };
  }
}

function parseCsvUnsafe(raw: string, fileName: string | undefined): CsvParseResult {
  const sizeError = csvSizeError(utf8Length(raw));
  if (sizeError) return fail(sizeError);
  const text = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const file = fileName ? csvMessage('named-file', { name: fileName }) : csvMessage('this-file');
  if (text.trim() === '') return fail(csvMessage('empty', { file }));
  const notCsv = sniffNotCsv(text);
  if (notCsv) return fail(csvMessage('not-csv', { file, reason: notCsv }));

  const records = readRecords(text);
  if (!Array.isArray(records)) return fail(records);
  const [header, ...data] = records;
  if (!header) return fail(csvMessage('empty', { file }));
  const error =
    checkHeader(header.cells) ?? checkRows(header.cells, data) ?? checkNumbers(header.cells, data);
  if (error) return fail(error);
  return {
    ok: true,
    table: { columns: header.cells, rows: data.map((row) => row.cells) },
  };
}

function fail(error: CsvMessage): CsvParseResult {
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

/** Why the text is not CSV (a workbook, UTF-16, binary data, JSON, HTML), or null if it may be. */
function sniffNotCsv(text: string): CsvMessage | null {
  const sample = text.slice(0, SNIFF_LENGTH);
  if (sample.startsWith('PK\u0003\u0004')) return csvMessage('not-csv-zip');
  const nulCount = sample.split('\u0000').length - 1;
  if (nulCount > sample.length / 4) return csvMessage('not-csv-utf16');
  const oddCount = countOddCharacters(sample);
  if (nulCount > 0 || oddCount > Math.max(2, sample.length / 100)) {
    return csvMessage('not-csv-binary');
  }
  const trimmed = sample.trimStart();
  if (/^[[{]/.test(trimmed) && /[\]}]$/.test(text.trimEnd())) return csvMessage('not-csv-json');
  if (/^<[!?a-z]/i.test(trimmed)) return csvMessage('not-csv-html');
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
function readRecords(text: string): NumberedRow[] | CsvMessage {
  const delimiter = guessDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const quoteError = parsed.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    return quoteError.row === undefined
      ? csvMessage('unclosed-quote')
      : csvMessage('unclosed-quote-row', { row: quoteError.row + 1 });
  }
  const records: NumberedRow[] = [];
  parsed.data.forEach((fields, index) => {
    const cells = fields.map((field) => normaliseCell(field, delimiter));
    if (cells.some((cell) => cell !== '')) records.push({ cells, rowNumber: index + 1 });
  });
  if (records.length > CSV_LIMITS.maxRows + 1) {
    return csvMessage('too-many-rows', { rows: records.length - 1, limit: CSV_LIMITS.maxRows });
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

function checkHeader(columns: string[]): CsvMessage | null {
  if (columns.length > CSV_LIMITS.maxColumns) {
    return csvMessage('too-many-columns', {
      columns: columns.length,
      limit: CSV_LIMITS.maxColumns,
    });
  }
  const named = columns.filter((name) => name !== '');
  if (named.length > 0 && named.every((name) => parseCsvNumber(name) !== null)) {
    return csvMessage('header-is-data');
  }
  const [first, ...more] = [...blankNameProblems(columns), ...duplicateNameProblems(columns)];
  return first ? sentences(first, ...more, csvMessage('unique-names')) : null;
}

function blankNameProblems(columns: string[]): CsvMessage[] {
  return columns.flatMap((name, i) =>
    name === '' ? [csvMessage('blank-name', { column: columnLabel(i) })] : [],
  );
}

function duplicateNameProblems(columns: string[]): CsvMessage[] {
  const positions = new Map<string, number[]>();
  columns.forEach((name, i) => {
    if (name !== '') positions.set(name, [...(positions.get(name) ?? []), i]);
  });
  return [...positions]
    .filter(([, at]) => at.length > 1)
    .map(([name, at]) =>
      csvMessage('duplicate-name', { name, columns: andList(at.map(columnLabel)) }),
    );
}

/** "3 (C)": the 1-based column number and its spreadsheet letter. */
function columnLabel(index: number): CsvMessage {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  }
  return csvMessage('column-label', { number: index + 1, letter });
}

function checkRows(columns: string[], data: NumberedRow[]): CsvMessage | null {
  if (data.length === 0) return csvMessage('no-data-rows');
  const ragged = data.filter((row) => row.cells.length !== columns.length);
  const [first] = ragged;
  if (!first) return null;
  const rest = ragged.length - 1;
  const row = csvMessage('ragged', {
    row: first.rowNumber,
    fields: csvCount('fields', first.cells.length),
    columns: csvCount('columns', columns.length),
  });
  return rest === 0 ? row : sentences(row, csvMessage('other-rows-ragged', { count: rest }));
}

/** A cell that is not a number in a column whose other cells mostly are. */
interface BadCell {
  rowNumber: number;
  column: string;
  value: string;
}

/** Reports the first non-number in a numeric column (one at least 80% numbers) and how many more. */
function checkNumbers(columns: string[], data: NumberedRow[]): CsvMessage | null {
  const bad = columns
    .flatMap((column, index) => badNumbersIn(column, index, data))
    .sort((a, b) => a.rowNumber - b.rowNumber);
  const [first] = bad;
  if (!first) return null;
  const value = first.value.length > 40 ? `${first.value.slice(0, 40)}…` : first.value;
  const cell = csvMessage(INFINITY_PATTERN.test(first.value) ? 'not-finite' : 'not-a-number', {
    row: first.rowNumber,
    column: first.column,
    value,
  });
  const rest = bad.length - 1;
  const fix = csvMessage('fix-cells', { count: bad.length });
  return rest === 0
    ? sentences(cell, fix)
    : sentences(cell, csvMessage('other-non-numbers', { count: rest }), fix);
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
