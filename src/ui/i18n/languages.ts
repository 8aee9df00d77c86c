/** The languages TrainTab speaks, as BCP 47 tags (what `?lang=` and `<html lang>` carry). */
export const LANGUAGES = ['en', 'zh-CN'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language named in itself, so a reader finds theirs whatever is on screen. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  'zh-CN': '简体中文',
};

export const isLanguage = (value: string): value is Language =>
  (LANGUAGES as readonly string[]).includes(value);

/**
 * The language for a tag from the address, storage or the browser: any Chinese but the
 * traditional scripts (zh, zh-CN, zh-Hans-SG) is 简体中文, anything else English.
 */
export function resolveLanguage(tag: string | undefined | null): Language | undefined {
  if (!tag) return undefined;
  const lower = tag.toLowerCase();
  if (lower === 'en' || lower.startsWith('en-')) return 'en';
  if (lower === 'zh' || lower.startsWith('zh-')) {
    const traditional = /^zh-(hant|tw|hk|mo)\b/.test(lower);
    return traditional ? undefined : 'zh-CN';
  }
  return undefined;
}

/** The first of the browser's languages TrainTab speaks, else English. */
export function preferredLanguage(tags: readonly string[]): Language {
  for (const tag of tags) {
    const language = resolveLanguage(tag);
    if (language) return language;
  }
  return 'en';
}

/** Where a language can come from, first to last: the address, the choice kept, the browser. */
export interface LanguageSources {
  /** The page's query string (`?lang=zh-CN`). */
  search: string;
  /** The language chosen on an earlier visit, if any. */
  stored: string | null;
  /** The browser's languages, most preferred first. */
  browser: readonly string[];
}

/** The language to open in: `?lang=`, else the one chosen before, else the browser's. */
export function detectLanguage({ search, stored, browser }: LanguageSources): Language {
  return (
    resolveLanguage(new URLSearchParams(search).get('lang')) ??
    resolveLanguage(stored) ??
    preferredLanguage(browser)
  );
}

/**
 * The query string with `lang` set to the language, other parameters kept (commas in `hide=a,b`
 * stay readable): what the address bar and a share link carry.
 */
export function languageQuery(search: string, language: string): string {
  const params = new URLSearchParams(search);
  params.set('lang', language);
  return `?${params.toString().replaceAll('%2C', ',')}`;
}
