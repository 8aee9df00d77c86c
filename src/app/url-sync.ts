import { encodeSpecToHash } from '../spec/share-link';
import type { AppStore } from '../store/app-store';

const SYNC_DELAY_MS = 300;

/**
 * Keeps the address bar's `#e=` link in step with the spec, replacing the history entry rather
 * than adding one per keystroke. Returns the function that stops it.
 */
export function syncSpecToUrl(store: AppStore): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
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
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
