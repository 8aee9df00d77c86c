import { errorMessage } from '../engine/client/engine-messages';
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
import { storeMessage } from './store-messages';
import type { Message } from '../lib/message';
import { errorName } from './error-name';
import type { BackendChoice } from '../engine/client/protocol';
import type { ExperimentSpec } from '../experiment/experiment';
import { restoreSpec } from '../experiment/restore';
import type { StoredStudyStatus, StoredTrial } from '../storage/records';
import type { LoadedStudy, StudyStorage } from '../storage/study-storage';
import type { TabCoordination } from '../storage/tab-coordination';
import type { ResumeFrom } from './search-scheduler';
import type { StudyIdentity } from './search-recorder';
import { createSearchRecorder } from './search-recorder';
import { isSearchActive } from './search-state';
import { contiguousTrials, toRestoredTrial } from './study-records';

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
   * Reopens the search saved last in the browser's storage: a finished one as it ended, one that
   * was running goes on (its interrupted trials run again), a paused one waits for Resume.
   */
  reopenLastSearch(): Promise<void>;
  /** Opens a saved search in place of the one shown; one that had not finished waits for Resume. */
  openSavedSearch(id: string): Promise<void>;
  /**
   * Opens a trial's experiment (the search's base spec with the trial's values) in the builder,
   * as one undoable edit, whether or not the model changed since (see `trialApplication`).
   */
  applyTrial(number: number): void;
}

export function createSearchSlice(
  ctx: SliceContext,
  connectSampler: ConnectSampler,
  storage: StudyStorage | null,
  tabs: TabCoordination | null,
): SearchSlice {
  const { set, get, engine } = ctx;
  let scheduler: SearchScheduler | null = null;
  /** Stops following a study another tab drives (its listener and its wait for the lock). */
  let unfollow: (() => void) | null = null;
  /** The study this tab drives, whose lock it holds. */
  let driving: string | null = null;

  const notify = (notice: Problem) => set({ notices: [...get().notices, notice] });

  /** Runs a study on the pool, saving it as it goes when there is storage. */
  function run(spec: ExperimentSpec, identity: StudyIdentity, reopened?: Reopened): void {
    // The search's parallel trials are the pool's workers (GPU backends still use one).
    engine.setSize(spec.search.concurrency);
    let current: SearchScheduler | null = null;
    const recorder =
      storage &&
      createSearchRecorder({
        storage,
        study: identity,
        saved: reopened?.saved ?? [],
        ...(reopened ? { savedStatus: reopened.savedStatus } : {}),
        elapsedMs: () => current?.elapsedMs() ?? 0,
        onError: (error) =>
          notify(problem('storage-write-failed', '', { reason: errorName(error) })),
        onWritten: (durability) => {
          tabs?.announce(identity.id);
          // The saved list shows trial counts and the best: read again on each change of state.
          if (durability === 'strict' && get().saved.status === 'ready')
            void get().refreshSaved('studies');
        },
      });
    current = createSearchScheduler({
      engine,
      spec,
      backend: identity.backend,
      nextRunId: ctx.nextRunId,
      connectSampler,
      ...(reopened ? { resume: reopened.resume } : {}),
      onChange: (next) => {
        // Epochs stream in bursts; a change of status (started, paused, finished) shows at once.
        ctx.batcher.push(() => ({ search: next }), next.status !== get().search.status);
        recorder?.record(next, current?.trials ?? []);
        // Another tab waiting for this study takes it once its end is written.
        if (next.status === 'finished')
          void (recorder?.flush() ?? Promise.resolve()).then(() => tabs?.release(identity.id));
      },
    });
    scheduler = current;
    unfollow?.();
    unfollow = null;
    if (driving !== identity.id && driving !== null) tabs?.release(driving);
    driving = identity.id;
    set({ saved: { ...get().saved, shownId: identity.id } });
    current.start();
  }

  /** Shows a saved study: it goes on if it was running (or waits, `paused`), or shows as it ended. */
  function show(loaded: LoadedStudy, paused: boolean): void {
    const reopened = reopen(loaded);
    if (!reopened) return notify(problem('study-unreadable', '', {}));
    const { spec, resume, skipped } = reopened;
    const key = externalDataKey(spec);
    const external = key ? externalDatasetOf(get(), key) : null;
    if (key && external) engine.provideData(key, external);
    // Data the page has not loaded yet (a CSV file, the digits): it waits for Resume.
    if (resume.status === 'running' && (paused || (key && !external))) resume.status = 'paused';
    try {
      run(spec, reopened.identity, reopened);
    } catch {
      scheduler = null;
      return notify(problem('study-unreadable', '', {}));
    }
    if (skipped.count > 0) notify(problem('study-trials-skipped', '', skipped));
    if (resume.status !== 'finished' && !paused) {
      const interrupted = resume.trials.filter(
        (t) => t.record.state === 'running' || t.record.state === 'waiting',
      ).length;
      notify(problem('search-resumed', '', { trials: resume.trials.length, interrupted }));
    }
  }

  /**
   * Shows a study another tab drives, read-only, re-read whenever that tab writes it; this tab
   * takes it over (and goes on with it) once the other closes.
   */
  function follow(loaded: LoadedStudy): void {
    const id = loaded.study.id;
    const display = (study: LoadedStudy) => {
      const state = followedState(study, connectSampler);
      if (state) set({ search: state, saved: { ...get().saved, shownId: id } });
    };
    display(loaded);
    notify(problem('search-followed', '', {}));
    let reading = false;
    const stopListening = tabs?.listen(id, () => {
      if (reading || !storage) return;
      reading = true;
      void storage
        .loadStudy(id)
        .then((study) => {
          if (study && unfollow) display(study);
        })
        .finally(() => (reading = false));
    });
    const stopWaiting = tabs?.waitFor(id, () => {
      unfollow?.();
      unfollow = null;
      void storage?.loadStudy(id).then((study) => {
        if (!study) return tabs?.release(id);
        set({ search: idleSearch() });
        show(study, false);
      });
    });
    unfollow = () => {
      stopListening?.();
      stopWaiting?.();
    };
  }

  return {
    search: idleSearch(),

    startSearch() {
      const { spec: current, backendChoice } = get();
      if (ctx.isLocked()) return;
      const blocker = searchBlocker(get());
      const key = externalDataKey(current);
      const external = key ? externalDatasetOf(get(), key) : null;
      const failed = (message: Message | null, why: Problem | null = null) =>
        set({ search: { ...idleSearch(), status: 'finished', message, problem: why } });
      if (blocker) return failed(null, blocker);
      if (key && !external) return failed(storeMessage('data-not-loaded'));
      if (key && external) engine.provideData(key, external);
      try {
        const identity = newStudy(current, backendChoice);
        // A new study is this tab's: no other tab knows it yet.
        void tabs?.claim(identity.id);
        run(current, identity);
      } catch (error) {
        scheduler = null;
        failed(storeMessage('search-start-failed', { reason: errorMessage(error) }));
      }
    },

    async reopenLastSearch() {
      if (!storage || isSearchActive(get().search.status)) return;
      if (!(await storage.ready())) return notify(problem('storage-unavailable', '', {}));
      let loaded: LoadedStudy | null;
      try {
        loaded = await storage.latestStudy();
      } catch {
        return notify(problem('study-unreadable', '', {}));
      }
      if (!loaded || ctx.isLocked() || get().search.status !== 'idle') return;
      // A race's studies belong together: one of them alone does not go on as a search.
      if (loaded.study.raceId !== null && loaded.study.status !== 'finished') return;
      // A study still going on may be driven by another tab: then this one follows it.
      if (loaded.study.status !== 'finished' && tabs && !(await tabs.claim(loaded.study.id)))
        return follow(loaded);
      // Something started while the storage was read: it wins.
      if (!ctx.isLocked() && get().search.status === 'idle') show(loaded, false);
      else tabs?.release(loaded.study.id);
    },

    async openSavedSearch(id) {
      if (!storage || ctx.isLocked()) return;
      const loaded = await storage.loadStudy(id).catch(() => null);
      if (!loaded) return notify(problem('study-unreadable', '', {}));
      if (ctx.isLocked()) return;
      scheduler = null;
      if (loaded.study.status !== 'finished' && tabs && !(await tabs.claim(id)))
        return follow(loaded);
      show(loaded, true);
    },

    pauseSearch: () => scheduler?.pause(),
    resumeSearch() {
      const spec = get().search.spec;
      const key = spec ? externalDataKey(spec) : null;
      if (key) {
        const external = externalDatasetOf(get(), key);
        if (!external) return;
        engine.provideData(key, external);
      }
      scheduler?.resume();
    },
    stopSearch: () => scheduler?.stop(),

    applyTrial(number) {
      const { search } = get();
      const trial = search.trials.find((t) => t.number === number);
      if (!trial || !search.spec || ctx.isLocked()) return;
      const applied = trialExperiment(search.spec, trial.params);
      // The trial's values, not how it was searched: the builder keeps its strategy and workers
      // (a race's study ran with one strategy of four).
      const { strategy, concurrency } = get().spec.search;
      ctx.writeSpec({ ...applied, search: { ...applied.search, strategy, concurrency } });
    },
  };
}

interface Reopened {
  /** The status it was saved with (resume.status may be changed before it runs). */
  savedStatus: StoredStudyStatus;
  spec: ExperimentSpec;
  identity: StudyIdentity;
  resume: ResumeFrom;
  saved: StoredTrial[];
  /** Trials left out: how many, and the first (which could not be read). */
  skipped: { count: number; first: number };
}

/** A saved study as the scheduler goes on from it, or null when its spec cannot be read. */
function reopen({ study, trials, skipped }: LoadedStudy): Reopened | null {
  const restored = restoreSpec(study.spec);
  if (restored.problems.length > 0) return null;
  // A trial that could not be read breaks the numbering: the trials after it are left out too.
  const saved = contiguousTrials(trials);
  return {
    savedStatus: study.status,
    spec: restored.spec,
    identity: {
      id: study.id,
      name: study.name,
      createdAt: study.createdAt,
      spec: study.spec,
      backend: study.backend,
      raceId: study.raceId,
    },
    resume: {
      trials: saved.map(toRestoredTrial),
      elapsedMs: study.elapsedMs,
      status: study.status,
      endReason: study.endReason,
    },
    saved,
    // The first trial missing from the numbering is the one that could not be read.
    skipped: { count: skipped.length + trials.length - saved.length, first: saved.length },
  };
}

export function newStudy(
  spec: ExperimentSpec,
  backend: BackendChoice,
  raceId: string | null = null,
): StudyIdentity {
  const createdAt = Date.now();
  return { id: `study-${createdAt}-${randomSuffix()}`, name: '', createdAt, spec, backend, raceId };
}

export const randomSuffix = () => Math.random().toString(36).slice(2, 10);

/**
 * A saved study as it stands, for a tab that only shows it: its trials as saved (those training
 * when it was saved show as interrupted), its status as saved, and nothing that could drive it.
 */
export function savedSearchState(
  loaded: LoadedStudy,
  connectSampler: ConnectSampler,
): SearchState | null {
  const reopened = reopen(loaded);
  if (!reopened) return null;
  let state: SearchState | null = null;
  const display = createSearchScheduler({
    engine: { start() {}, stop() {}, pause() {}, resume() {}, subscribe: () => () => undefined },
    spec: reopened.spec,
    backend: reopened.identity.backend,
    nextRunId: () => -1,
    connectSampler,
    resume: { ...reopened.resume, status: 'finished' },
    onChange: (next) => (state = next),
  });
  display.start();
  return state;
}

/** A study another tab drives, as it stands: its trials in training show as running. */
function followedState(loaded: LoadedStudy, connectSampler: ConnectSampler): SearchState | null {
  const shown = savedSearchState(loaded, connectSampler);
  if (!shown) return null;
  const training = new Set(
    loaded.trials
      .filter((t) => t.state === 'running' || t.state === 'waiting')
      .map((t) => t.number),
  );
  return {
    ...shown,
    status: loaded.study.status,
    endReason: loaded.study.endReason,
    followed: true,
    // Trials the other tab is training show as running, not as a reload would leave them.
    trials: shown.trials.map((trial) =>
      training.has(trial.number) ? { ...trial, state: 'running', message: null } : trial,
    ),
  };
}

/** Why the builder's search cannot start, or null when it can. */
export function searchBlocker(
  state: Pick<AppState, 'spec' | 'specIssues' | 'searchProblems'>,
): Problem | null {
  const { spec, specIssues, searchProblems } = state;
  if (specIssues[0]) return problem('experiment-has-problems', '', {}, specIssues[0]);
  if (spec.search.params.length === 0) return problem('search-space-empty', 'search.params', {});
  return searchProblems[0] ?? null;
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
