import { BACKEND_CHOICES } from '../engine/client/protocol';
import type { BackendChoice } from '../engine/client/protocol';
import type { ProblemOf } from '../experiment/problem';
import { problem } from '../experiment/problem';

export interface UrlOptions {
  backend: BackendChoice;
  /** A query parameter that was ignored, if any. */
  problem: ProblemOf<'unknown-backend'> | null;
  /** `?hang=S`: a training worker silent for S seconds is replaced (tests use a short one). */
  hangSeconds: number | null;
  /** `?test-hooks`: exposes `window.traintabTest` for end-to-end tests. */
  testHooks: boolean;
}

/** Reads `?backend=`, `?hang=` and `?test-hooks` from a query string; never throws. */
export function parseUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search);
  const raw = params.get('backend');
  const hang = Number(params.get('hang'));
  const common = {
    hangSeconds: Number.isFinite(hang) && hang >= 1 && hang <= 3600 ? hang : null,
    testHooks: params.has('test-hooks'),
  };
  if (raw === null || raw === '') return { backend: 'auto', problem: null, ...common };
  const normalised = raw.trim().toLowerCase();
  if ((BACKEND_CHOICES as readonly string[]).includes(normalised)) {
    return { backend: normalised as BackendChoice, problem: null, ...common };
  }
  return {
    backend: 'auto',
    problem: problem('unknown-backend', 'backend', {
      value: raw.slice(0, 40),
      choices: BACKEND_CHOICES.join(', '),
    }),
    ...common,
  };
}
