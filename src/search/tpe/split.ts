import type { Direction } from '../../experiment/search-schema';
import type { TrialRecord } from '../types';

/** The good and bad trials the two Parzen estimators are built from, each in trial order. */
export interface TpeSplit {
  below: TrialRecord[];
  above: TrialRecord[];
  /** Complete and pruned trials: what the start-up count and γ are measured in. */
  finished: number;
  /** The best of `below` (the first ranked), or null when below is empty. */
  best: TrialRecord | null;
}

/** Optuna's default γ(n) = min(⌈0.1 n⌉, 25): how many of n trials count as good. */
export function defaultGamma(n: number): number {
  return Math.min(Math.ceil(0.1 * n), 25);
}

/**
 * Optuna's default weights for n observations in trial order: all 1 below 25, else the 25 newest
 * 1 and the older ones ramping linearly from 1/n up to 1.
 */
export function defaultWeights(n: number): number[] {
  if (n < 25) return Array<number>(n).fill(1);
  const ramp = Array.from({ length: n - 25 }, (_, i) =>
    n - 25 === 1 ? 1 / n : 1 / n + ((1 - 1 / n) * i) / (n - 26),
  );
  return [...ramp, ...Array<number>(25).fill(1)];
}

/** Lexicographic rank key, lower is better: (−last step, value), as Optuna 3.1 ranks trials. */
function rankKey(trial: TrialRecord, sign: number): [number, number] | null {
  switch (trial.state) {
    case 'complete':
      return trial.value === null ? null : [-Infinity, sign * trial.value];
    case 'pruned': {
      // Pruned trials rank after complete ones, those that got further first.
      if (trial.intermediate.size === 0) return [Infinity, 0];
      const step = Math.max(...trial.intermediate.keys());
      const value = trial.intermediate.get(step) as number;
      return [-step, Number.isNaN(value) ? Infinity : sign * value];
    }
    case 'running':
    case 'waiting':
      // Not ranked: splitTrials puts them with the bad trials (see there).
      return null;
    case 'failed':
    case 'diverged':
      // No objective value to rank by (Optuna ignores failed trials too).
      return null;
  }
}

const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Splits the history into the γ(n) best finished trials and the rest, as the newest Optuna does:
 * complete trials ranked first, then pruned ones; trials still running always count as bad
 * (constant liar), so parallel workers are steered away from the values already being tried,
 * and never become the best a search centres on.
 */
export function splitTrials(trials: readonly TrialRecord[], direction: Direction): TpeSplit {
  const sign = direction === 'minimize' ? 1 : -1;
  const ranked = trials
    .map((trial) => ({ trial, key: rankKey(trial, sign) }))
    .filter((r): r is { trial: TrialRecord; key: [number, number] } => r.key !== null);
  const finished = ranked.filter(
    (r) => r.trial.state === 'complete' || r.trial.state === 'pruned',
  ).length;
  ranked.sort(
    (a, b) =>
      compare(a.key[0], b.key[0]) || compare(a.key[1], b.key[1]) || a.trial.number - b.trial.number,
  );
  const cut = defaultGamma(finished);
  const byNumber = (a: TrialRecord, b: TrialRecord) => a.number - b.number;
  return {
    best: cut > 0 ? (ranked[0]?.trial ?? null) : null,
    below: ranked
      .slice(0, cut)
      .map((r) => r.trial)
      .sort(byNumber),
    above: [
      ...ranked.slice(cut).map((r) => r.trial),
      ...trials.filter((t) => t.state === 'running' || t.state === 'waiting'),
    ].sort(byNumber),
    finished,
  };
}
