import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSV_LIMITS, csvSizeError, isMissingCell, parseCsvNumber } from './csv-cells';
import type { CsvMessage, CsvMessageCode } from './csv-messages';
import { parseCsv } from './csv-parse';
import type { CsvTable } from './csv-parse';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/csv/${name}`, import.meta.url), 'utf8');

function parsed(text: string, fileName?: string): CsvTable {
  const result = parseCsv(text, fileName);
  if (!result.ok) throw new Error(`expected a table, got: ${JSON.stringify(result.error)}`);
  return result.table;
}

function parseError(text: string, fileName?: string): CsvMessage {
  const result = parseCsv(text, fileName);
  if (result.ok) throw new Error('expected an error, got a table');
  return result.error;
}

/** The message a code and its parameters make (the words are the UI's: src/ui/dataset tests). */
const msg = (code: CsvMessageCode, params?: CsvMessage['params']): CsvMessage =>
  params ? { code: `csv:${code}`, params } : { code: `csv:${code}` };
const then = (first: CsvMessage, next: CsvMessage) => msg('sentences', { first, then: next });
const theFile = msg('this-file');
const column = (number: number, letter: string) => msg('column-label', { number, letter });

describe('parseCsv on valid files', () => {
  it('reads the header and trimmed data rows of a comma-separated file', () => {
    const table = parsed(fixture('fruit.csv'));
    expect(table.columns).toEqual(['colour', 'weight', 'diameter', 'fruit']);
    expect(table.rows).toHaveLength(18);
    expect(table.rows[0]).toEqual(['red', '145', '7.9', 'apple']);
  });

  it('detects semicolons and reads decimal commas as decimal points', () => {
    const table = parsed(fixture('semicolon.csv'));
    expect(table.columns).toEqual(['length', 'width', 'kind']);
    expect(table.rows[0]).toEqual(['6.7', '4.0', 'a']);
    expect(table.rows).toHaveLength(12);
  });

  it('detects tabs', () => {
    expect(parsed('a\tb\n1\t2\n').rows).toEqual([['1', '2']]);
  });

  it('keeps commas and escaped quotes inside quoted fields', () => {
    const table = parsed(fixture('quoted.csv'));
    expect(table.columns).toEqual(['city', 'temperature, max', 'rain']);
    expect(table.rows.map((row) => row[0]).slice(0, 4)).toEqual([
      'Portland, OR',
      'Portland, ME',
      'Springfield, IL',
      'Paris, "the city of light"',
    ]);
  });

  it('strips a UTF-8 byte order mark and handles Windows line endings', () => {
    const text = fixture('windows-bom.csv');
    // Guards the fixture itself: a checkout that rewrote line endings would make this test vacuous.
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text).toContain('\r\n');
    const table = parsed(text);
    expect(table.columns).toEqual(['x', 'y', 'level']);
    expect(table.rows[11]).toEqual(['11', '23', 'hi']);
    expect(table.rows.flat().some((cell) => cell.includes('\r'))).toBe(false);
  });

  it('trims cells and skips blank lines and rows of empty fields', () => {
    const table = parsed(' a , b \n\n 1 , 2 \n,\n3,4\n\n');
    expect(table).toEqual({
      columns: ['a', 'b'],
      rows: [
        ['1', '2'],
        ['3', '4'],
      ],
    });
  });

  it('keeps missing values: they are not an error when parsing', () => {
    const table = parsed(fixture('missing-values.csv'));
    expect(table.rows).toHaveLength(16);
    expect(table.rows[1]).toEqual(['1.4', '', '4', 'b']);
    expect(table.rows[3]).toEqual(['1.1', 'red', 'NA', 'b']);
  });

  it('accepts exactly the row and column limits', () => {
    const rows = `a,b\n${'1,2\n'.repeat(CSV_LIMITS.maxRows)}`;
    expect(parsed(rows).rows).toHaveLength(CSV_LIMITS.maxRows);
    const names = Array.from({ length: CSV_LIMITS.maxColumns }, (_, i) => `c${i}`);
    expect(parsed(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`).columns).toHaveLength(
      CSV_LIMITS.maxColumns,
    );
  });
});

describe('parseCsv on bad files', () => {
  it('says a 0-byte file is empty, naming it', () => {
    expect(parseError(fixture('empty.csv'), 'empty.csv')).toEqual(
      msg('empty', { file: msg('named-file', { name: 'empty.csv' }) }),
    );
    expect(parseError('')).toEqual(msg('empty', { file: theFile }));
  });

  it('says a file of blank lines, or only a byte order mark, is empty', () => {
    const empty = msg('empty', { file: theFile });
    expect(parseError(fixture('whitespace-only.csv'))).toEqual(empty);
    expect(parseError('\uFEFF\r\n')).toEqual(empty);
    expect(parseError(',,,\n,,\n')).toEqual(empty);
  });

  it('says a first row of numbers looks like data and asks for a header row', () => {
    expect(parseError(fixture('no-header.csv'))).toEqual(msg('header-is-data'));
  });

  it('names duplicate column names and where they are', () => {
    expect(parseError(fixture('duplicate-columns.csv'))).toEqual(
      then(
        msg('duplicate-name', {
          name: 'age',
          columns: msg('and-list', { item: column(2, 'B'), rest: column(4, 'D') }),
        }),
        then(
          msg('duplicate-name', {
            name: 'name',
            columns: msg('and-list', { item: column(3, 'C'), rest: column(5, 'E') }),
          }),
          msg('unique-names'),
        ),
      ),
    );
  });

  it('names blank column names by number and letter', () => {
    expect(parseError(fixture('blank-column-name.csv'))).toEqual(
      then(
        msg('blank-name', { column: column(2, 'B') }),
        then(msg('blank-name', { column: column(4, 'D') }), msg('unique-names')),
      ),
    );
  });

  it('labels columns past Z with two letters', () => {
    const names = Array.from({ length: 28 }, (_, i) => (i === 27 ? '' : `c${i}`));
    const error = parseError(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`);
    expect(error.params?.first).toEqual(msg('blank-name', { column: column(28, 'AB') }));
  });

  it('names the first ragged row as a spreadsheet numbers it, with its field count', () => {
    expect(parseError(fixture('ragged.csv'))).toEqual(
      then(
        msg('ragged', {
          row: 4,
          fields: msg('fields', { count: 2 }),
          columns: msg('columns', { count: 3 }),
        }),
        msg('other-rows-ragged', { count: 1 }),
      ),
    );
  });

  it('counts blank lines when numbering rows', () => {
    expect(parseError('a,b\n1,2\n\n\n3\n')).toEqual(
      msg('ragged', {
        row: 5,
        fields: msg('fields', { count: 1 }),
        columns: msg('columns', { count: 2 }),
      }),
    );
  });

  it('names the row, column and value of a non-number in a numeric column, and counts the rest', () => {
    expect(parseError(fixture('non-numeric.csv'))).toEqual(
      then(
        msg('not-a-number', { row: 7, column: 'age', value: 'abc' }),
        then(msg('other-non-numbers', { count: 1 }), msg('fix-cells', { count: 2 })),
      ),
    );
  });

  it('calls infinity not a finite number', () => {
    const text = `x,y\n${'1,a\n'.repeat(9)}-inf,b\n`;
    expect(parseError(text)).toEqual(
      then(
        msg('not-finite', { row: 11, column: 'x', value: '-inf' }),
        msg('fix-cells', { count: 1 }),
      ),
    );
  });

  it('shortens a long bad value to 40 characters', () => {
    const long = 'z'.repeat(50);
    const text = `x,y\n${'1,a\n'.repeat(9)}${long},b\n`;
    const first = parseError(text).params?.first as CsvMessage;
    expect(first.params?.value).toBe(`${'z'.repeat(40)}…`);
  });

  it('treats a column with fewer than 80% numbers as text', () => {
    const text = `code,y\n${'1,a\n'.repeat(7)}${'x,b\n'.repeat(3)}`;
    expect(parsed(text).rows).toHaveLength(10);
  });

  it('says when there is a header row but no data rows', () => {
    expect(parseError(fixture('header-only.csv'))).toEqual(msg('no-data-rows'));
  });

  it('refuses more rows than the limit, naming both counts', () => {
    // Generated here rather than stored: the fixture would be hundreds of kilobytes.
    const text = `a,b\n${'1,2\n'.repeat(CSV_LIMITS.maxRows + 1)}`;
    expect(parseError(text)).toEqual(msg('too-many-rows', { rows: 50_001, limit: 50_000 }));
  });

  it('refuses more columns than the limit, naming both counts', () => {
    const names = Array.from({ length: CSV_LIMITS.maxColumns + 1 }, (_, i) => `c${i}`);
    expect(parseError(`${names.join(',')}\n${names.map(() => '1').join(',')}\n`)).toEqual(
      msg('too-many-columns', { columns: 201, limit: 200 }),
    );
  });

  it('refuses text over the size limit, naming the limit', () => {
    // Built in memory: a 20 MB fixture does not belong in the repository.
    const text = `a,b\n${'1,2\n'.repeat(CSV_LIMITS.maxBytes / 4)}x`;
    expect(parseError(text)).toEqual(msg('too-big', { size: 20.1, limit: 20 }));
  });

  it('counts multi-byte characters towards the size limit', () => {
    // 7 million three-byte characters: 7 M UTF-16 units but 21 M bytes.
    expect(parseError(`a\n${'€'.repeat(7_000_000)}`)).toEqual(
      msg('too-big', { size: 20.1, limit: 20 }),
    );
  });

  it('gives the size message for a byte count before the file is read', () => {
    expect(csvSizeError(CSV_LIMITS.maxBytes)).toBeNull();
    expect(csvSizeError(30 * 1024 * 1024)).toEqual(msg('too-big', { size: 30, limit: 20 }));
  });

  it('says an image does not look like a CSV file', () => {
    expect(parseError(fixture('png-image.png'), 'png-image.png')).toEqual(
      msg('not-csv', {
        file: msg('named-file', { name: 'png-image.png' }),
        reason: msg('not-csv-binary'),
      }),
    );
  });

  it('says JSON and HTML documents do not look like CSV files', () => {
    expect(parseError(fixture('json-document.csv'))).toEqual(
      msg('not-csv', { file: theFile, reason: msg('not-csv-json') }),
    );
    expect(parseError(fixture('html-page.csv'))).toEqual(
      msg('not-csv', { file: theFile, reason: msg('not-csv-html') }),
    );
  });

  it('recognises Excel workbooks and UTF-16 text', () => {
    expect(parseError('PK\u0003\u0004\u0014\u0000').params?.reason).toEqual(msg('not-csv-zip'));
    const utf16 = [...'a,b\n1,2\n'].map((c) => `${c}\u0000`).join('');
    expect(parseError(utf16).params?.reason).toEqual(msg('not-csv-utf16'));
  });

  it('tolerates a stray control character in a text file', () => {
    expect(parsed('a,b\n1,x\u0007\n').rows).toEqual([['1', 'x\u0007']]);
  });

  it('names the row of an unclosed quoted field', () => {
    expect(parseError(fixture('unclosed-quote.csv'))).toEqual(
      msg('unclosed-quote-row', { row: 3 }),
    );
  });
});

describe('cell values', () => {
  it('reads scientific notation, padded and signed numbers as numbers', () => {
    expect(parseCsvNumber('1e3')).toBe(1000);
    expect(parseCsvNumber(' 2.5 ')).toBe(2.5);
    expect(parseCsvNumber('-0.1')).toBe(-0.1);
    expect(parseCsvNumber('+.5')).toBe(0.5);
    expect(parseCsvNumber('7.')).toBe(7);
    expect(parseCsvNumber('2E-2')).toBe(0.02);
  });

  it('rejects text, infinities, hex, thousands separators and overflow', () => {
    for (const cell of ['', 'abc', 'inf', '-Infinity', '0x10', '1,000', '1e400', '1 2', '.', '-']) {
      expect(parseCsvNumber(cell), cell).toBeNull();
    }
  });

  it('treats empty cells and NA, N/A, NaN, null in any case as missing, and nothing else', () => {
    for (const cell of ['', '  ', 'NA', 'n/a', 'NaN', 'nan', 'NULL']) {
      expect(isMissingCell(cell), cell).toBe(true);
    }
    for (const cell of ['0', 'none', '-', 'inf', 'nana']) {
      expect(isMissingCell(cell), cell).toBe(false);
    }
  });

  it('does not count NaN cells as non-numbers in a numeric column', () => {
    const text = `x,y\n${'1,a\n'.repeat(9)}NaN,b\n`;
    expect(parsed(text).rows[9]).toEqual(['NaN', 'b']);
  });
});
