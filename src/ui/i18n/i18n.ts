import i18next from 'i18next';
import type { BackendModule, ReadCallback } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, detectLanguage, isLanguage } from './languages';
import type { Language } from './languages';
import { NAMESPACES } from './namespaces';
import type en from './locales/en';

type Resources = typeof en;

/** Each language's words load on demand, so the first page carries one language, not both. */
const LOADERS: Readonly<Record<Language, () => Promise<{ default: unknown }>>> = {
  en: () => import('./locales/en'),
  'zh-CN': () => import('./locales/zh-CN'),
};

/** Where the chosen language is kept between visits. */
export const LANGUAGE_STORAGE_KEY = 'traintab.language';

const lazyResources: BackendModule = {
  type: 'backend',
  init() {},
  read(language: string, namespace: string, callback: ReadCallback) {
    if (!isLanguage(language)) return callback(new Error(`No words for ${language}.`), false);
    LOADERS[language]()
      .then(({ default: resources }) =>
        callback(null, (resources as Resources)[namespace as keyof Resources]),
      )
      .catch((error: unknown) => callback(error as Error, false));
  },
};

/** The app's one i18next instance: React components reach it through react-i18next. */
export const i18n = i18next.createInstance();

/** The kept choice, where storage is allowed (a private window may refuse it). */
function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

function keepLanguage(language: string): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Without storage the language still follows ?lang= and the browser.
  }
}

/**
 * Starts i18next: the language comes from `?lang=`, then the one chosen before, then the
 * browser's languages; it is kept for the next visit, and `<html lang>` follows it. Resolves once
 * that language's words are loaded.
 */
export async function initI18n(): Promise<void> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
    keepLanguage(language);
  });
  await i18n
    .use(lazyResources)
    .use(initReactI18next)
    .init({
      lng: detectLanguage({
        search: window.location.search,
        stored: storedLanguage(),
        browser: navigator.languages,
      }),
      supportedLngs: LANGUAGES,
      // Both languages have every key (a unit test keeps it so): nothing falls back.
      fallbackLng: false,
      load: 'currentOnly',
      ns: NAMESPACES,
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: false },
    });
}

/** The language on screen now. */
export const currentLanguage = (): Language => {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : 'en';
};
