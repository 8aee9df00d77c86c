import type { RunState } from './run-events';
import { isRunActive } from './run-events';
import type { RaceState } from './race-state';
import { isRaceActive } from './race-state';
import type { SearchState } from './search-state';
import { isSearchActive } from './search-state';

/** True while a run, a search or a strategy race is training: the spec cannot change under it. */
export const isLocked = (state: {
  run: Pick<RunState, 'status'>;
  search: Pick<SearchState, 'status'>;
  race?: Pick<RaceState, 'status'>;
}): boolean =>
  isRunActive(state.run.status) ||
  isSearchActive(state.search.status) ||
  (state.race !== undefined && isRaceActive(state.race.status));
