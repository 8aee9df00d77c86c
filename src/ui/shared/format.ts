import { i18n } from '../i18n/i18n';
import { formatCount, formatFraction, formatNumber, formatPrecision } from '../i18n/format';

/** A loss to three significant digits (0.123, 12.3), whole from 100 on, as the language writes numbers. */
export const formatLoss = (value: number) =>
  Math.abs(value) >= 100 ? formatCount(value) : formatPrecision(value, 3);
export const formatPercent = (value: number | null) =>
  value === null ? '—' : formatFraction(value, 1);
/** Milliseconds as seconds with one decimal: "1.5 s" / "1.5 秒". */
export const formatSeconds = (ms: number) =>
  i18n.t('common:units.seconds', { value: formatNumber(ms / 1000, 1, 1) });
