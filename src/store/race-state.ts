import type { SearchStrategy } from '../experiment/search-schema';
import type { Problem } from '../experiment/problem';
import type { Message } from '../lib/message';
import type { SearchState } from './search-state';

/** The strategies a race runs, in the order its chart and table list them. */
export const RACE_STRATEGIES: readonly SearchStrategy[] = ['grid', 'random', 'tpe', 'gp'];

/** One strategy's part of a race: a study of its own, saved as any search is. */
export interface RaceLane {
  strategy: SearchStrategy;
  studyId: string;
  search: SearchState;
}

export type RaceStatus = 'idle' | 'running' | 'paused' | 'stopping' | 'finished';

/**
 * A strategy race: the builder's search run once per strategy, with the same space, budget and
 * seed, the trials interleaved on the worker pool so each strategy gets a fair share of it.
 */
export interface RaceState {
  status: RaceStatus;
  id: string | null;
  /** When it started, on the schedulers' clock (performance.now): the zero of its time axis. */
  startedAt: number | null;
  lanes: RaceLane[];
  /** Why it could not start. */
  problem: Problem | null;
  message: Message | null;
}

export const idleRace = (): RaceState => ({
  status: 'idle',
  id: null,
  startedAt: null,
  lanes: [],
  problem: null,
  message: null,
});

export const isRaceActive = (status: RaceStatus) =>
  status === 'running' || status === 'paused' || status === 'stopping';
