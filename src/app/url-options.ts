import { BACKEND_CHOICES } from '../engine/protocol';
import type { BackendChoice } from '../engine/protocol';

export interface UrlOptions {
  backend: BackendChoice;
  /** A sentence about a query parameter that was ignored, if any. */
  problem: string | null;
  /** A benchmark to run instead of the app (`?bench=NAME`), used by `npm run bench`. */
  bench: string | null;
}

/** Reads `?backend=` (and `?bench=`) from a query string; never throws on what a link contains. */
export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const raw = params.get('backend');
  const bench = params.get('bench');
  if (raw === null || raw === '') return { backend: 'auto', problem: null, bench };
  const normalised = raw.trim().toLowerCase();
  if ((BACKEND_CHOICES as readonly string[]).includes(normalised)) {
    return { backend: normalised as BackendChoice, problem: null, bench };
  }
  return {
    backend: 'auto',
    problem: `The link asks for a backend named "${raw.slice(0, 40)}", which does not exist; using Auto instead. Choose from ${BACKEND_CHOICES.join(', ')}.`,
    bench,
  };
}
