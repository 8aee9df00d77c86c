import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng } from '../lib/rng';
import { csvToDataset, describeColumns, inferTask } from './csv-dataset';
import { hashCsvText } from './csv-hash';
import { parseCsv } from './csv-parse';
import type { CsvTable } from './csv-parse';

const FIXTURES = new URL('./fixtures/csv/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('hashCsvText', () => {
  it('matches the published FNV-1a 64-bit test vectors', () => {
    expect(hashCsvText('')).toBe('cbf29ce484222325');
    expect(hashCsvText('a')).toBe('af63dc4c8601ec8c');
    expect(hashCsvText('foobar')).toBe('85944171f73967e8');
  });

  it('gives the same text the same hash and different texts different hashes', () => {
    const text = fixture('fruit.csv');
    expect(hashCsvText(text)).toBe(hashCsvText(fixture('fruit.csv')));
    expect(hashCsvText(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(hashCsvText(text)).not.toBe(hashCsvText(`${text}\n`));
    expect(hashCsvText(text)).not.toBe(hashCsvText(text.replace('145', '146')));
  });

  it('hashes the UTF-8 bytes, so non-ASCII text is stable', () => {
    // "é" is the bytes c3 a9 (checked with Python); its UTF-16 code units would hash to 0a6a1207b6cd9fac.
    expect(hashCsvText('é')).toBe('0ac21707b7181e01');
  });
});

describe('the whole upload path', () => {
  it('turns each valid fixture into a dataset with the inferred task', () => {
    const cases = [
      ['fruit.csv', 'fruit', 'multiclass'],
      ['houses.csv', 'price', 'regression'],
      ['semicolon.csv', 'kind', 'binary'],
      ['quoted.csv', 'rain', 'binary'],
      ['windows-bom.csv', 'level', 'binary'],
    ] as const;
    for (const [name, target, task] of cases) {
      const parsed = parseCsv(fixture(name), name);
      if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.error)}`);
      const result = csvToDataset(parsed.table, {
        target,
        task: inferTask(parsed.table, target),
        missing: 'drop',
      });
      if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.error)}`);
      expect(result.info.task, name).toBe(task);
      expect(result.dataset.features.every(Number.isFinite), name).toBe(true);
    }
  });

  it('keeps every fixture under 5 KB', () => {
    for (const name of readdirSync(FIXTURES)) {
      expect(readFileSync(new URL(name, FIXTURES)).length, name).toBeLessThan(5 * 1024);
    }
  });
});

describe('no exported function throws', () => {
  // No NUL: it would make almost every text binary and end parsing before the interesting parts.
  const alphabet = ['a', '1', '2.5', ',', ';', '\t', '\n', '\r\n', '"', ' ', '', 'NaN', 'é'];

  function randomText(seed: number): string {
    const rng = createRng(seed);
    return Array.from({ length: rng.int(200) }, () => alphabet[rng.int(alphabet.length)]).join('');
  }

  function randomTable(seed: number): CsvTable {
    const rng = createRng(seed);
    const width = rng.int(4);
    const columns = Array.from({ length: width }, (_, i) => (rng.int(5) === 0 ? '' : `c${i}`));
    const rows = Array.from({ length: rng.int(30) }, () =>
      Array.from({ length: rng.int(width + 2) }, () => alphabet[rng.int(alphabet.length)] ?? ''),
    );
    return { columns, rows };
  }

  it('parses random text into a table or a message', () => {
    for (let seed = 0; seed < 500; seed++) {
      const result = parseCsv(randomText(seed));
      expect(result.ok || result.error.code.startsWith('csv:')).toBe(true);
    }
  });

  it('describes, infers and builds random (even ragged) tables without throwing', () => {
    for (let seed = 0; seed < 500; seed++) {
      const table = randomTable(seed);
      const target = table.columns[0] ?? 'missing';
      expect(describeColumns(table)).toHaveLength(table.columns.length);
      const task = inferTask(table, target);
      for (const missing of ['drop', 'fill'] as const) {
        const result = csvToDataset(table, { target, task, missing });
        if (result.ok) expect(result.dataset.features.every(Number.isFinite)).toBe(true);
        else expect(result.error.code).toMatch(/^csv:/);
      }
    }
  });
});
