import { formatNumber } from '../i18n/format';

/** A size in bytes as people read it: 950 B, 12.3 kB, 4.1 MB, 2.0 GB (powers of 1000). */
export function formatBytes(bytes: number): string {
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  // The units are SI symbols, the same in every language; the number is the language's.
  return unit === 0
    ? `${formatNumber(Math.round(value), 0)} B`
    : `${formatNumber(value, 1, 1)} ${units[unit]}`;
}
