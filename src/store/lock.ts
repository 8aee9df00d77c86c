import type { RunState } from './run-events';
import { isRunActive } from './run-events';
import type { SearchState } from './search-state';
import { isSearchActive } from './search-state';

/** True while a run or a search is training: the spec cannot change under it. */
export const isLocked = (state: {
  run: Pick<RunState, 'status'>;
  search: Pick<SearchState, 'status'>;
}): boolean => isRunActive(state.run.status) || isSearchActive(state.search.status);
