import type { EpochMetrics } from '../engine/client/protocol';
import type { ExperimentSpec } from '../experiment/experiment';
import type { Params, TrialState } from '../search/types';
import type { Problem } from '../experiment/problem';
import type { Direction, ObjectiveMetric } from '../experiment/search-schema';
import type { SearchTargetLabel } from '../experiment/search-targets';
import type { Message } from '../lib/message';

/** One trial of a search, as the UI shows it. */
export interface SearchTrialView {
  number: number;
  state: TrialState;
  params: Params;
  /** The objective's final value (complete, and pruned at its last epoch); null otherwise. */
  value: number | null;
  /** The best objective value any epoch reached so far. */
  bestValue: number | null;
  /** Per-epoch metrics (the mean over folds with cross-validation). */
  history: EpochMetrics[];
  /** When it started training (ms, the scheduler's clock), and how long it took once finished. */
  startedAt: number | null;
  durationMs: number | null;
  /** Why it failed or diverged, in words the UI looks up. */
  message: Message | null;
  /** What is wrong with its spec, when the worker refused it for that: the UI words them. */
  problems: Problem[];
  /** Runs it took: a trial whose worker crashed is retried once. */
  attempts: number;
  /** The trial this one runs again, because a reload interrupted it; null for one of its own. */
  retryOf: number | null;
}

export type SearchStatus = 'idle' | 'running' | 'paused' | 'stopping' | 'finished';

/** Why a study stopped asking for trials. */
export type SearchEndReason = 'exhausted' | 'max-trials' | 'max-minutes' | 'stopped';

export interface SearchState {
  status: SearchStatus;
  /** The experiment the search ran on: trials' values are written into it, never the builder's. */
  spec: ExperimentSpec | null;
  /** The most epochs a trial can run (the pruners' and the chart's range). */
  epochLimit: number;
  objective: ObjectiveMetric;
  direction: Direction;
  trials: SearchTrialView[];
  /** The best complete trial, by the study's direction. */
  bestNumber: number | null;
  /** How many trials the study may run: the budget, or the grid's size if smaller. */
  plannedTrials: number;
  /** Searched targets, in the order of the space, with their labels (words the UI looks up). */
  columns: { target: string; label: SearchTargetLabel }[];
  startedAt: number | null;
  endReason: SearchEndReason | null;
  /** Why the search could not start (or the sampler stopped it), in words the UI looks up. */
  message: Message | null;
  /** Why the search could not start, when the spec is the reason: the UI words it. */
  problem: Problem | null;
  /** Another tab drives this search: this one shows it as it goes, read-only. */
  followed: boolean;
}

export const isSearchActive = (status: SearchStatus) =>
  status === 'running' || status === 'paused' || status === 'stopping';

export const idleSearch = (): SearchState => ({
  status: 'idle',
  spec: null,
  epochLimit: 0,
  objective: 'valLoss',
  direction: 'minimize',
  trials: [],
  bestNumber: null,
  plannedTrials: 0,
  columns: [],
  startedAt: null,
  endReason: null,
  message: null,
  problem: null,
  followed: false,
});
