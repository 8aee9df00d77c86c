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
  const params = new URLSearchParams(page.search);
  params.set('lang', language);
  // `hide=a,b` stays readable: commas need no escaping in a query.
  return `${page.origin}${page.pathname}?${params.toString().replaceAll('%2C', ',')}${hash}`;
}
