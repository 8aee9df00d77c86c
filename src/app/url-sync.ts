import { decodeSpecFromHash, encodeSpecToHash } from '../experiment/share-link';
import type { AppStore } from '../store/app-store';

const SYNC_DELAY_MS = 300;

/**
 * Keeps the address bar's `#e=` link in step with the spec, replacing the history entry rather
 * than adding one per keystroke, and opens a link pasted into the address bar of an open tab.
 * Returns the function that stops it.
 */
export function syncSpecToUrl(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let written = window.location.hash;
  const onHashChange = () => {
    if (window.location.hash === written) return;
    written = window.location.hash;
    const link = decodeSpecFromHash(written);
    store.getState().openLink(link.spec, link.problems);
  };
  window.addEventListener('hashchange', onHashChange);
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.spec === previous.spec) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      const { pathname, search } = window.location;
      window.history.replaceState(
        null,
        '',
        `${pathname}${search}${encodeSpecToHash(store.getState().spec)}`,
      );
    }, SYNC_DELAY_MS);
  });
  return () => {
    window.removeEventListener('hashchange', onHashChange);
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
