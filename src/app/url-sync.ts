import { decodeSpecFromHash, encodeSpecToHash } from '../experiment/share-link';
import type { AppStore } from '../store/app-store';

type UrlEvent = 'hashchange' | 'popstate';

/** What the sync needs of the page: `window` in the app, a fake in unit tests. */
export interface UrlHost {
  readonly location: { readonly pathname: string; readonly search: string; readonly hash: string };
  readonly history: { replaceState(data: unknown, unused: string, url: string): void };
  addEventListener(type: UrlEvent, listener: () => void): void;
  removeEventListener(type: UrlEvent, listener: () => void): void;
}

/**
 * Keeps the address bar's `#e=` link in step with the spec and opens a link pasted into the
 * address bar of an open tab. Returns the function that stops it.
 *
 * - Every spec change writes the new link at once, in the same task (`replaceState`: one history
 *   entry, not one per keystroke), so the bar never shows an older experiment than the builder.
 * - `written` is the hash the app has accounted for: the one it last wrote, or the one it started
 *   from. Any other hash in the bar is a link that arrived from outside, and it is opened, even if
 *   it was opened before. `replaceState` fires no event, so a write never opens anything.
 * - Opening a link writes the link of what was opened, which may differ from the pasted one (a
 *   repaired or percent-encoded link): that write is accounted for like any other, so it cannot
 *   loop, and pasting the original again opens it again.
 * - A fragment navigation fires `popstate` at once and `hashchange` as a later task; both are
 *   handled, so a link is opened before anything else can run. An edit that still finds a link
 *   not yet opened in the bar leaves it there and opens it right after: the link wins.
 */
export function syncSpecToUrl(store: AppStore, host: UrlHost = window): () => void {
  let written = host.location.hash;
  let stopped = false;

  const write = () => {
    const hash = encodeSpecToHash(store.getState().spec);
    if (host.location.hash !== hash) {
      const { pathname, search } = host.location;
      host.history.replaceState(null, '', `${pathname}${search}${hash}`);
    }
    // What the bar holds now, in case the browser spells the hash differently from the write.
    written = host.location.hash;
  };

  const openArrivedLink = () => {
    const hash = host.location.hash;
    if (stopped || hash === written) return;
    // Accounted for before opening: the spec change below comes back through the subscription.
    written = hash;
    const link = decodeSpecFromHash(hash);
    store.getState().openLink(link.spec, link.problems);
    // Also when the spec did not change (the same experiment, or a run that keeps the builder
    // locked): the bar shows the experiment the builder shows.
    write();
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.spec === previous.spec) return;
    if (host.location.hash !== written) {
      // A link reached the bar and its event has not been handled yet. Opening it here would
      // change the store inside this change; open it once the edit's task is done instead.
      queueMicrotask(openArrivedLink);
      return;
    }
    write();
  });
  host.addEventListener('hashchange', openArrivedLink);
  host.addEventListener('popstate', openArrivedLink);
  return () => {
    stopped = true;
    host.removeEventListener('hashchange', openArrivedLink);
    host.removeEventListener('popstate', openArrivedLink);
    unsubscribe();
  };
}
