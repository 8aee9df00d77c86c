import type { CsvMessage } from './csv-messages';
import { csvMessage } from './csv-messages';

/**
 * CSV limits and the reading of single cells: what the page needs before a file is chosen and to
 * convert a parsed table. The parser itself (csv-parse.ts, with papaparse) loads only when a file is.
 */

/** What an uploaded CSV may hold; larger files are refused with a message naming the limit. */
export const CSV_LIMITS = {
  maxRows: 50_000,
  maxColumns: 200,
  maxBytes: 20 * 1024 * 1024,
  /** Fewest usable rows (after dropping missing values) to build a dataset from. */
  minRows: 10,
  /** Most features after one-hot encoding, which bounds memory at maxRows × maxFeatures floats. */
  maxFeatures: 500,
  /** Most classes a classification target may have. */
  maxClasses: 100,
} as const;

// Markers that spreadsheet, R and pandas exports write for a missing value.
const MISSING_MARKERS = new Set(['', 'na', 'n/a', 'nan', 'null']);
const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/** True for an empty cell and for the NA, N/A, NaN and null markers (any case). */
export function isMissingCell(cell: string): boolean {
  const text = cell.trim();
  // The length test skips lower-casing ordinary values; no marker is longer than 4 characters.
  return text === '' || (text.length <= 4 && MISSING_MARKERS.has(text.toLowerCase()));
}

/** The cell as a finite number, or null; "inf" and "Infinity" are not numbers here. */
export function parseCsvNumber(cell: string): number | null {
  const text = cell.trim();
  if (!NUMBER_PATTERN.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** A message if a file of this many bytes is over the limit, so a caller can refuse before reading it. */
export function csvSizeError(byteCount: number): CsvMessage | null {
  if (byteCount <= CSV_LIMITS.maxBytes) return null;
  // Megabytes to one decimal, rounded up, so a file just over the limit never reads as the limit.
  const size = Math.ceil((byteCount / 1024 / 1024) * 10) / 10;
  return csvMessage('too-big', { size, limit: CSV_LIMITS.maxBytes / 1024 / 1024 });
}
