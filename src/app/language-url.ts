import { languageQuery } from '../ui/i18n/languages';
import type { UrlHost } from './url-sync';

/** What the sync listens to: i18next's `languageChanged` event. */
export interface LanguageEvents {
  on(event: 'languageChanged', listener: (language: string) => void): void;
  off(event: 'languageChanged', listener: (language: string) => void): void;
}

/**
 * Keeps `?lang=` in the address bar on the language on screen, from the first page on, so a
 * reload or a copied address opens in the same language (and equals the share link). Returns the
 * function that stops it.
 */
export function syncLanguageToUrl(
  events: LanguageEvents,
  language: string,
  host: UrlHost = window,
): () => void {
  const follow = (language: string) => {
    const { pathname, search, hash } = host.location;
    const query = languageQuery(search, language);
    if (query !== search) host.history.replaceState(null, '', `${pathname}${query}${hash}`);
  };
  follow(language);
  events.on('languageChanged', follow);
  return () => events.off('languageChanged', follow);
}
