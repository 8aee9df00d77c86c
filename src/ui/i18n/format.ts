import { currentLanguage } from './i18n';

/**
 * Numbers as the language on screen writes them, through Intl (grouping, decimal sign, percent).
 * Components that call these re-render on a language change because they use useTranslation.
 */
const formats = new Map<string, Intl.NumberFormat>();
/** One formatter per language and `kind` (a short name of its options), made on first use: charts and tables format on every frame. */
function numberFormat(kind: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const language = currentLanguage();
  const key = `${language}|${kind}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options());
    formats.set(key, format);
  }
  return format;
}

/** A whole count with the language's grouping: 1,234. */
export const formatCount = (n: number): string =>
  numberFormat('count', () => ({ maximumFractionDigits: 0 })).format(n);

/** A number with at most `digits` decimals (at least `least`): 0.25, 1,234.5. */
export const formatNumber = (n: number, digits = 2, least = 0): string =>
  numberFormat(`fixed${digits}.${least}`, () => ({
    maximumFractionDigits: digits,
    minimumFractionDigits: least,
  })).format(n);

/** A number to `digits` significant digits, grouping kept: 0.123, 1,235. */
export const formatSignificant = (n: number, digits = 3): string =>
  numberFormat(`significant${digits}`, () => ({ maximumSignificantDigits: digits })).format(n);

/** Exactly `digits` significant digits, trailing zeros kept, no grouping: 0.100, 12.3. */
export const formatPrecision = (n: number, digits = 3): string =>
  numberFormat(`precision${digits}`, () => ({
    minimumSignificantDigits: digits,
    maximumSignificantDigits: digits,
    useGrouping: false,
  })).format(n);

/** A fraction as a percentage with `digits` decimals: 0.953 → 95.3%. */
export const formatFraction = (fraction: number, digits = 1): string =>
  numberFormat(`percent${digits}`, () => ({
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(fraction);

/** Seconds with one decimal and the language's unit: 1.5 s, 1.5秒. */
const formatSecondsOf = (ms: number, digits = 1): string =>
  numberFormat(`seconds${digits}`, () => ({
    style: 'unit',
    unit: 'second',
    unitDisplay: 'short',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })).format(ms / 1000);

/** A duration in the largest fitting units: 45 s, 3 min 20 s, 1 h 5 min. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return formatSecondsOf(ms, seconds < 10 ? 1 : 0);
  const unit = (value: number, name: 'hour' | 'minute' | 'second') =>
    numberFormat(name, () => ({ style: 'unit', unit: name, unitDisplay: 'short' })).format(value);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  if (hours > 0) return `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
  return `${unit(minutes, 'minute')} ${unit(seconds % 60, 'second')}`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/**
 * A moment as the language writes date and time: 6 Dec 2026, 15:04 / 2026年12月6日 15:04, with
 * the seconds where moments a minute apart must differ (runs' names).
 */
export function formatDateTime(timestamp: number, { seconds = false } = {}): string {
  const language = currentLanguage();
  const key = `${language}|${seconds}`;
  let format = dateFormats.get(key);
  if (!format) {
    const timeStyle = seconds ? 'medium' : 'short';
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle });
    dateFormats.set(key, format);
  }
  return format.format(timestamp);
}

/** A list joined as the language joins it: "a, b and c" / "a、b和c". */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(currentLanguage(), { type: 'conjunction' }).format(items);
