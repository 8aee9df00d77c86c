import type { ComparisonState } from './compare-slice';
import { isComparisonActive } from './compare-slice';
import type { RunState } from './run-events';
import { isRunActive } from './run-events';
import type { RaceState } from './race-state';
import { isRaceActive } from './race-state';
import type { SearchState } from './search-state';
import { isSearchActive } from './search-state';

/**
 * True while a run, a search, a strategy race or a side-by-side comparison is training: the spec
 * cannot change under it.
 */
export const isLocked = (state: {
  run: Pick<RunState, 'status'>;
  search: Pick<SearchState, 'status'>;
  race?: Pick<RaceState, 'status'>;
  compare?: Pick<ComparisonState, 'status' | 'variants'>;
}): boolean =>
  isRunActive(state.run.status) ||
  isSearchActive(state.search.status) ||
  (state.race !== undefined && isRaceActive(state.race.status)) ||
  (state.compare !== undefined && isComparisonActive(state.compare));
