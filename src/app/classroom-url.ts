import type { AppStore } from '../store/app-store';
import type { UrlHost } from './url-sync';

/** The query string with `lesson` and `present` as the store has them; other parameters kept. */
export function classroomQuery(search: string, lesson: string | null, presenting: boolean): string {
  const params = new URLSearchParams(search);
  if (lesson) params.set('lesson', lesson);
  else params.delete('lesson');
  if (presenting) params.set('present', '1');
  else params.delete('present');
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}

/**
 * Keeps `?lesson=` and `?present=1` in the address bar in step with the open lesson and presenter
 * mode, so a reload or a copied address opens the same lesson. Returns the function that stops it.
 */
export function syncClassroomToUrl(store: AppStore, host: UrlHost = window): () => void {
  return store.subscribe((state, previous) => {
    if (state.lesson === previous.lesson && state.presenting === previous.presenting) return;
    const { pathname, search, hash } = host.location;
    const query = classroomQuery(search, state.lesson, state.presenting);
    if (query !== search) host.history.replaceState(null, '', `${pathname}${query}${hash}`);
  });
}
