import type { Message, MessageParam } from '../lib/message';
import { message } from '../lib/message';

/**
 * Everything reading an uploaded CSV tells people, as message codes: the UI's words for each are
 * in the `csv` namespace (src/ui/i18n/locales/<language>/csv.ts, which must hold exactly these
 * keys). Numbers (rows, columns, counts, limits) and names travel as parameters; a parameter may
 * be another message, e.g. a plural count ("3 fields") inside a sentence.
 */
export type CsvMessageCode =
  // Reading the file.
  | 'unreadable'
  | 'this-file'
  | 'named-file'
  | 'empty'
  | 'not-csv'
  | 'not-csv-zip'
  | 'not-csv-utf16'
  | 'not-csv-binary'
  | 'not-csv-json'
  | 'not-csv-html'
  | 'unclosed-quote'
  | 'unclosed-quote-row'
  | 'too-big'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'reader-failed'
  // The header row.
  | 'header-is-data'
  | 'blank-name'
  | 'duplicate-name'
  | 'unique-names'
  | 'column-label'
  // The data rows and cells.
  | 'no-data-rows'
  | 'ragged'
  | 'other-rows-ragged'
  | 'not-a-number'
  | 'not-finite'
  | 'other-non-numbers'
  | 'fix-cells'
  // Building the dataset from the chosen target.
  | 'build-failed'
  | 'no-such-column'
  | 'no-rows'
  | 'only-column'
  | 'empty-column'
  | 'text-target'
  | 'few-rows'
  | 'few-rows-left'
  | 'try-filling'
  | 'too-many-features'
  | 'one-class'
  | 'too-many-classes'
  | 'choose-regression'
  // What the built dataset holds.
  | 'summary'
  | 'summary-regression'
  // Counts ("3 fields") and lists ("a, b and 2 more") inside sentences.
  | 'fields'
  | 'columns'
  | 'rows'
  | 'features'
  | 'categories'
  | 'and-list'
  | 'list'
  | 'list-more'
  | 'sentences';

/** A sentence about an uploaded CSV, for the UI to say in the language on screen. */
export type CsvMessage = Message<`csv:${CsvMessageCode}`>;

export const csvMessage = (
  code: CsvMessageCode,
  params?: Readonly<Record<string, MessageParam>>,
): CsvMessage => message(`csv:${code}`, params);

/** A count with its noun, singular or plural as the language says it: "1 field", "3 fields". */
export const csvCount = (
  noun: 'fields' | 'columns' | 'rows' | 'features' | 'categories',
  count: number,
): CsvMessage => csvMessage(noun, { count });

/** Sentences one after the other; each language joins them its own way. */
export function sentences(first: CsvMessage, ...rest: CsvMessage[]): CsvMessage {
  const [next, ...after] = rest;
  return next ? csvMessage('sentences', { first, then: sentences(next, ...after) }) : first;
}

/** "2 (B) and 4 (D)": items joined by the language's "and". */
export function andList(items: readonly MessageParam[]): MessageParam {
  const [item = '', ...rest] = items;
  return rest.length === 0 ? item : csvMessage('and-list', { item, rest: andList(rest) });
}

/** "a, b, c" or, past `shown` items, "a, b, c and 2 more": values listed as the language lists them. */
export function valueList(values: readonly string[], shown: number): MessageParam {
  const listed = values.slice(0, shown);
  const more = values.length - listed.length;
  const join = (items: readonly string[]): MessageParam => {
    const [item = '', ...rest] = items;
    if (rest.length > 0) return csvMessage('list', { item, rest: join(rest) });
    return more > 0 ? csvMessage('list-more', { item, more }) : item;
  };
  return join(listed);
}
