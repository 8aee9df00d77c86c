import { externalDataKey } from '../engine/client/external-data';
import type { ConnectSampler } from '../engine/client/search-sampler-client';
import type { Problem } from '../experiment/problem';
import { problem } from '../experiment/problem';
import { sameModelAs, trialExperiment } from '../experiment/trial-experiment';
import type { AppState } from './app-store';
import { externalDatasetOf } from './data-slice';
import { isLocked } from './lock';
import type { SearchScheduler } from './search-scheduler';
import { createSearchScheduler } from './search-scheduler';
import type { SearchState } from './search-state';
import { idleSearch } from './search-state';
import type { SliceContext } from './slice';

/** How a trial's experiment can reach the builder. */
export type TrialApplication =
  /** Its values go into the builder's model, which is still the one the search ran on. */
  | 'apply'
  /** The builder's model changed since the search ran: opening the trial's experiment replaces it. */
  | 'open'
  /** Nothing to apply: no such trial, no search, or the builder is locked while training. */
  | 'none';

/** The hyperparameter search: its live state, its controls, and the way a trial reaches the builder. */
export interface SearchSlice {
  search: SearchState;
  /** Runs the spec's search on the worker pool; the builder is locked until it ends. */
  startSearch(): void;
  pauseSearch(): void;
  resumeSearch(): void;
  stopSearch(): void;
  /**
   * Opens a trial's experiment (the search's base spec with the trial's values) in the builder,
   * as one undoable edit, whether or not the model changed since (see `trialApplication`).
   */
  applyTrial(number: number): void;
}

export function createSearchSlice(ctx: SliceContext, connectSampler: ConnectSampler): SearchSlice {
  const { set, get, engine } = ctx;
  let scheduler: SearchScheduler | null = null;
  return {
    search: idleSearch(),

    startSearch() {
      const { spec: current, specIssues, searchProblems, backendChoice } = get();
      if (ctx.isLocked()) return;
      const blocker: Problem | null = specIssues[0]
        ? problem('experiment-has-problems', '', {}, specIssues[0])
        : current.search.params.length === 0
          ? problem('search-space-empty', 'search.params', {})
          : (searchProblems[0] ?? null);
      const key = externalDataKey(current);
      const external = key ? externalDatasetOf(get(), key) : null;
      const failed = (message: string | null, why: Problem | null = null) =>
        set({ search: { ...idleSearch(), status: 'finished', message, problem: why } });
      if (blocker) return failed(null, blocker);
      if (key && !external) return failed('The data is not loaded yet.');
      if (key && external) engine.provideData(key, external);
      // The search's parallel trials are the pool's workers (GPU backends still use one).
      engine.setSize(current.search.concurrency);
      scheduler = createSearchScheduler({
        engine,
        spec: current,
        backend: backendChoice,
        nextRunId: ctx.nextRunId,
        connectSampler,
        onChange: (next) =>
          // Epochs stream in bursts; a change of status (started, paused, finished) shows at once.
          ctx.batcher.push(() => ({ search: next }), next.status !== get().search.status),
      });
      try {
        scheduler.start();
      } catch (error) {
        scheduler = null;
        failed(
          `The search could not start: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },

    pauseSearch: () => scheduler?.pause(),
    resumeSearch: () => scheduler?.resume(),
    stopSearch: () => scheduler?.stop(),

    applyTrial(number) {
      const { search } = get();
      const trial = search.trials.find((t) => t.number === number);
      if (!trial || !search.spec || ctx.isLocked()) return;
      ctx.writeSpec(trialExperiment(search.spec, trial.params));
    },
  };
}

/** Whether a trial can be applied to the builder as it is now, or only opened over it. */
export function trialApplication(
  state: Pick<AppState, 'spec' | 'search' | 'run'>,
  number: number | null,
): TrialApplication {
  const { search, spec } = state;
  if (isLocked(state) || !search.spec) return 'none';
  if (!search.trials.some((t) => t.number === number)) return 'none';
  return sameModelAs(search.spec, spec) ? 'apply' : 'open';
}
