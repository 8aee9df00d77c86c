import { languageQuery } from '../i18n/languages';

/** Where the page is: the parts of `window.location` a share link keeps. */
export interface PageAddress {
  readonly origin: string;
  readonly pathname: string;
  readonly search: string;
}

/**
 * The address that opens an experiment for someone else: this page's address and query, with
 * `lang` set to the language on screen (so the link opens in it), and the experiment's hash.
 */
export function shareUrl(page: PageAddress, hash: string, language: string): string {
  return `${page.origin}${page.pathname}${languageQuery(page.search, language)}${hash}`;
}
