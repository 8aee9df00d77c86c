/** i18next's plural suffixes (CLDR categories): English uses `_one` and `_other`, Chinese `_other`. */
type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';

/** A key without its plural suffix: `trials_one` and `trials_other` are both the key `trials`. */
export type BaseKey<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;

/**
 * The shape another language's resources must have, from the English ones: the same keys and
 * nesting, strings for strings. Chinese has one plural form, so English `_one` keys are dropped
 * (its `_other` remains). An object literal of this type cannot miss a key or add one.
 */
export type Translation<T> = {
  -readonly [K in keyof T as K extends `${string}_one` ? never : K]: T[K] extends string
    ? string
    : Translation<T[K]>;
};

/** The flat keys of a namespace's messages, plural suffixes removed. */
export type MessageKeys<T> = BaseKey<keyof T & string>;

/**
 * `true` only when a domain layer's message codes and a namespace's keys are the same set, so a
 * new code without words (or words for a code that is gone) fails to compile:
 * `export const checked: SameKeys<CsvMessageCode, typeof csv> = true;`
 */
export type SameKeys<Codes extends string, T> = [Codes] extends [MessageKeys<T>]
  ? [MessageKeys<T>] extends [Codes]
    ? true
    : { unusedWords: Exclude<MessageKeys<T>, Codes> }
  : { missingWords: Exclude<Codes, MessageKeys<T>>; unusedWords: Exclude<MessageKeys<T>, Codes> };
