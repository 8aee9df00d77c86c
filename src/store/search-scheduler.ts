import type { EngineEvent, TrainingEngine } from '../engine/client/training-engine';
import type { BackendChoice, EpochMetrics } from '../engine/client/protocol';
import { errorMessage } from '../engine/client/engine-messages';
import type { ConnectSampler, SamplerConnection } from '../engine/client/search-sampler-client';
import { createPruner } from '../search/create-pruner';
import { gridSize } from '../search/grid-sampler';
import { buildSearchSpace } from '../search/space';
import { Study } from '../search/study';
import type { Params, TrialRecord } from '../search/types';
import type { ExperimentSpec } from '../experiment/experiment';
import type { Direction, ObjectiveMetric } from '../experiment/search-schema';
import { METRIC_DIRECTION } from '../experiment/search-schema';
import { applyParams, targetLabel } from '../experiment/search-targets';
import { maxSearchEpochs } from '../experiment/trial-experiment';
import type { Message } from '../lib/message';
import { isStoreMessage, storeMessage } from './store-messages';
import type { SearchEndReason, SearchState, SearchTrialView } from './search-state';
import { idleSearch } from './search-state';

export type SchedulerEngine = Pick<
  TrainingEngine,
  'start' | 'stop' | 'pause' | 'resume' | 'subscribe'
>;

export interface SchedulerOptions {
  engine: SchedulerEngine;
  /** The experiment whose `search` section is run. */
  spec: ExperimentSpec;
  backend: BackendChoice;
  /** Hands out run ids unique across the app (single runs and trials share the engine). */
  nextRunId(): number;
  onChange(state: SearchState): void;
  now?: () => number;
  /**
   * Where the study's sampler runs: the app's is a worker of its own (connectWorker), so that
   * proposing never blocks the page; tests pass the in-process one (connectInProcess).
   */
  connectSampler: ConnectSampler;
  /** A study saved before (the page reloaded or closed): its trials, and how far it had got. */
  resume?: ResumeFrom;
  /** Trials at once, when not the spec's own (a strategy race shares the pool out). */
  concurrency?: number;
}

/** A trial as saved: the study's record and what the scheduler showed of it. */
export interface RestoredTrial {
  record: TrialRecord;
  history: EpochMetrics[];
  durationMs: number | null;
  message: Message | null;
  problems: SearchTrialView['problems'];
  attempts: number;
  retryOf: number | null;
}

export interface ResumeFrom {
  /** Its trials 0, 1, 2… in order; those still running or waiting were interrupted. */
  trials: readonly RestoredTrial[];
  /** Time it had searched, pauses excepted: counted against a time budget. */
  elapsedMs: number;
  status: 'running' | 'paused' | 'finished';
  endReason: SearchEndReason | null;
}

/** Why a trial that was training when the page closed has no outcome. */
export const INTERRUPTED_MESSAGE = storeMessage('interrupted');
/** The same reason as versions before messages had codes saved it: still an interruption. */
// eslint-disable-next-line traintab/no-english-phrase -- not shown: recognises old saved trials
const INTERRUPTED_TEXT = 'Interrupted: the page was closed or reloaded while it trained';

/** Whether a trial failed because the page closed while it trained (saved before or now). */
export const wasInterrupted = (reason: Message | undefined): boolean =>
  isStoreMessage(reason, 'interrupted') ||
  (reason?.code === 'messages:engine.detail' && reason.params?.['detail'] === INTERRUPTED_TEXT);

const stoppedEarly = () => storeMessage('stopped-early');

/** What the scheduler follows of a trial beside the study's record; `queued` while the pool holds it. */
type TrialProgress = Omit<SearchTrialView, 'state' | 'params' | 'value'> & { queued: boolean };

/** A crashed worker's trial is run again once; a second crash fails it. */
const MAX_ATTEMPTS = 2;

interface Attempt {
  trial: number;
  spec: ExperimentSpec;
}

/**
 * Drives a study on the engine's worker pool: asks the sampler for trials up to the search's
 * concurrency, trains each as a run, reports every epoch's objective, stops a trial when the
 * pruner says so, and tells the study how each ended. It never knows which sampler or pruner runs.
 * A failed or diverged trial never stops the search; a crashed worker's trial is retried once.
 *
 * Asks go one at a time, each with the study as it is when asked, and may be answered later (the
 * sampler in a worker): the trial is started when its values come, with the number it was asked
 * for, so numbers follow ask order. An ask answered after Pause gives a trial that waits for
 * Resume; one answered after Stop starts nothing; a sampler that fails (an exception or a
 * crashed worker) ends the search with its reason.
 */
export function createSearchScheduler({
  engine,
  spec,
  backend,
  nextRunId,
  onChange,
  now = () => performance.now(),
  connectSampler,
  resume,
  concurrency,
}: SchedulerOptions) {
  const search = spec.search;
  const parallel = concurrency ?? search.concurrency;
  const direction = METRIC_DIRECTION[search.objective];
  const space = buildSearchSpace(search.params);
  const maxSteps = maxSearchEpochs(spec);
  const restored = restoreTrials(resume?.trials ?? [], direction, search.objective);
  // The sampler lives outside the study (in the search worker): see askNext.
  const study = Study.load(
    {
      name: `traintab-${search.seed}`,
      direction,
      space,
      pruner: createPruner(search.pruner, maxSteps),
    },
    restored.records,
  );
  // Trials the reload interrupted run again once, as new trials with the same values (Optuna's
  // RetryFailedTrialCallback); they do not count against the trial budget.
  const retries = restored.retries;
  const interrupted = restored.interrupted;

  const runs = new Map<number, Attempt>();
  const pruning = new Set<number>();
  const views = new Map<number, TrialProgress>(restored.views);
  let state: SearchState = {
    ...idleSearch(),
    status: 'running',
    spec,
    epochLimit: maxSteps,
    objective: search.objective,
    direction,
    plannedTrials:
      interrupted +
      (search.strategy === 'grid' ? Math.min(search.maxTrials, gridSize(space)) : search.maxTrials),
    columns: search.params.map((p) => ({ target: p.target, label: targetLabel(spec, p.target) })),
  };
  let deadline = Infinity;
  let pausedAt: number | null = null;
  /** Time spent paused so far, and searched before a reload: what elapsedMs leaves out and adds. */
  let pausedMs = 0;
  let finishedAt: number | null = null;
  const elapsedBefore = resume?.elapsedMs ?? 0;
  let deadlineTimer: ReturnType<typeof setTimeout> | null = null;
  let unsubscribe: (() => void) | null = null;
  let sampler: SamplerConnection | null = null;
  /** The trial whose values are being asked for, while an ask is unanswered. */
  let asking: number | null = null;
  /** Trials whose values came while the search was paused: recorded, started on resume. */
  const held: number[] = [];

  // The view last published for each trial, with what it was made from: a trial that did not
  // change keeps its object, so the table and chart re-render only the trials that did.
  const published = new Map<
    number,
    { record: TrialRecord; view: TrialProgress | undefined; shown: SearchTrialView }
  >();

  function publish(): void {
    const trials = study.trials.map((record): SearchTrialView => {
      const view = views.get(record.number);
      const last = published.get(record.number);
      if (last && last.record === record && last.view === view) return last.shown;
      const { queued, ...progress } = view ?? blankView(record.number);
      // Queued in the pool with no free worker yet (one GPU worker, say): waiting, not running.
      const trialState = record.state === 'running' && queued ? 'waiting' : record.state;
      const shown = { ...progress, state: trialState, params: record.params, value: record.value };
      published.set(record.number, { record, view, shown });
      return shown;
    });
    state = { ...state, trials, bestNumber: study.bestTrial?.number ?? null };
    onChange(state);
  }

  function blankView(number: number): TrialProgress {
    return {
      number,
      bestValue: null,
      history: [],
      startedAt: null,
      durationMs: null,
      message: null,
      problems: [],
      attempts: 0,
      retryOf: null,
      queued: false,
    };
  }

  function updateView(number: number, change: Partial<TrialProgress>): void {
    views.set(number, { ...(views.get(number) ?? blankView(number)), ...change });
  }

  function launch(trial: number, trialSpec: ExperimentSpec): void {
    const runId = nextRunId();
    runs.set(runId, { trial, spec: trialSpec });
    const view = views.get(trial) ?? blankView(trial);
    updateView(trial, {
      attempts: view.attempts + 1,
      queued: false,
      history: [],
      bestValue: null,
      startedAt: null,
    });
    engine.start(runId, trialSpec, backend, {
      cvFolds: search.cv,
      predictions: false,
      exportModel: false,
    });
  }

  /** Why no further trial may start, or null while the budget lasts. */
  function budgetSpent(): SearchEndReason | null {
    if (study.exhausted) return 'exhausted';
    if (study.trials.length - interrupted >= search.maxTrials) return 'max-trials';
    if (now() >= deadline) return 'max-minutes';
    return null;
  }

  /** Starts trials until the concurrency is reached or the budget is spent; ends the search when idle. */
  function fill(): void {
    try {
      while (
        asking === null &&
        state.status === 'running' &&
        runs.size < parallel &&
        !budgetSpent()
      ) {
        if (!askNext()) break;
      }
    } catch (error) {
      samplerFailed(error);
    }
    // Stopping ends once no trial trains; an unanswered ask is then dropped (see answered).
    if (
      runs.size === 0 &&
      (state.status === 'stopping' || (asking === null && held.length === 0 && budgetSpent()))
    )
      finish();
    publish();
  }

  /**
   * Asks the sampler for the next trial's values. An answer at once starts the trial here and
   * returns whether one started; a promised one marks the ask in flight and returns false. A
   * sampler's exception propagates to fill, which ends the search.
   */
  function askNext(): boolean {
    const context = study.nextContext();
    const retry = retries.shift();
    if (retry) {
      updateView(context.number, { retryOf: retry.number });
      return begin(context.number, retry.params);
    }
    const answer = (sampler as SamplerConnection).ask(context);
    if (!(answer instanceof Promise)) return begin(context.number, answer);
    asking = context.number;
    answer.then(
      (params) => answered(context.number, params),
      (error: unknown) => answered(context.number, null, error),
    );
    return false;
  }

  /** Starts trial `number` with its values (or marks the sampler run out); false when none started. */
  function begin(number: number, params: Params | null): boolean {
    const trial = study.askWith(number, params);
    if (!trial) return false;
    // Values that come while paused wait for Resume, as the waiting trial they show as.
    if (state.status === 'paused') {
      held.push(trial.number);
      updateView(trial.number, { queued: true });
      return false;
    }
    launch(trial.number, applyParams(spec, trial.params));
    return true;
  }

  /** The answer to an ask in flight: its trial starts (or waits, if paused) and the search goes on. */
  function answered(number: number, params: Params | null, error?: unknown): void {
    // A finished search dropped its ask; one stopping since the ask starts no new trial.
    if (asking !== number) return;
    asking = null;
    if (state.status === 'stopping') return;
    if (error !== undefined) samplerFailed(error);
    else {
      try {
        begin(number, params);
      } catch (failure) {
        samplerFailed(failure);
      }
    }
    fill();
  }

  /** A sampler that fails (a numerical breakdown, a crashed worker) ends the search; the trials so far stay. */
  function samplerFailed(error: unknown): void {
    state = {
      ...state,
      status: 'stopping',
      endReason: 'stopped',
      message: storeMessage('sampler-failed', { reason: errorMessage(error) }),
    };
    for (const runId of runs.keys()) engine.stop(runId);
    stopHeld();
  }

  /** Trials recorded while paused but never started end as stopped ones do. */
  function stopHeld(): void {
    for (const number of held.splice(0)) {
      study.tell(number, { state: 'failed', reason: stoppedEarly() });
      updateView(number, { queued: false, message: stoppedEarly() });
    }
  }

  function finish(): void {
    if (state.status === 'finished') return;
    finishedAt = now();
    state = { ...state, status: 'finished', endReason: state.endReason ?? budgetSpent() };
    if (deadlineTimer) clearTimeout(deadlineTimer);
    unsubscribe?.();
    asking = null;
    sampler?.close();
  }

  function end(runId: number, trial: number, outcome: Parameters<Study['tell']>[1]): void {
    runs.delete(runId);
    pruning.delete(trial);
    const view = views.get(trial);
    study.tell(trial, outcome);
    updateView(trial, {
      durationMs: view && view.startedAt !== null ? now() - view.startedAt : null,
      message:
        outcome.state === 'failed'
          ? outcome.reason
          : outcome.state === 'diverged'
            ? storeMessage('diverged-at', { epoch: outcome.epoch })
            : null,
    });
    fill();
  }

  function objectiveOf(metrics: EpochMetrics): number {
    return (search.objective === 'valAccuracy' ? metrics.valAccuracy : metrics.valLoss) ?? NaN;
  }

  function handle(event: EngineEvent): void {
    const attempt = runs.get(event.runId ?? -1);
    if (event.runId === null || !attempt) return;
    const { runId } = event;
    const { trial } = attempt;
    switch (event.type) {
      case 'queued':
        // The pool has no free worker for it yet: it shows as waiting until 'started'.
        updateView(trial, { queued: true });
        publish();
        return;
      case 'started':
        updateView(trial, { startedAt: now(), queued: false });
        // A trial that waited in the pool's queue starts paused if the search is paused.
        if (state.status === 'paused') engine.pause(runId);
        publish();
        return;
      case 'epoch': {
        const value = objectiveOf(event.metrics);
        const view = views.get(trial) ?? blankView(trial);
        const better =
          view.bestValue === null ||
          (direction === 'minimize' ? value < view.bestValue : value > view.bestValue);
        updateView(trial, {
          history: [...view.history, event.metrics],
          bestValue: Number.isFinite(value) && better ? value : view.bestValue,
        });
        if (Number.isFinite(value) && !pruning.has(trial)) {
          // Steps are 0-based, as in Optuna and docs/search-api.md: epoch e is step e − 1.
          study.report(trial, event.metrics.epoch - 1, value);
          if (state.status !== 'stopping' && study.shouldPrune(trial)) {
            pruning.add(trial);
            engine.stop(runId);
          }
        }
        publish();
        return;
      }
      case 'finished': {
        if (pruning.has(trial)) return end(runId, trial, { state: 'pruned' });
        const view = views.get(trial);
        if (event.reason === 'stopped' || !view || view.history.length === 0)
          return end(runId, trial, { state: 'failed', reason: stoppedEarly() });
        // A trial scores its best epoch, as Keras Tuner does: the epoch early stopping would keep.
        return end(runId, trial, { state: 'complete', value: view.bestValue ?? NaN });
      }
      case 'diverged':
        return end(runId, trial, { state: 'diverged', epoch: event.epoch });
      case 'failed':
        updateView(trial, { problems: event.problems ?? [] });
        return end(runId, trial, { state: 'failed', reason: event.message });
      case 'crashed': {
        if (pruning.has(trial)) return end(runId, trial, { state: 'pruned' });
        const attempts = views.get(trial)?.attempts ?? 1;
        // A retry while paused starts paused (see 'started').
        if (attempts < MAX_ATTEMPTS && state.status !== 'stopping') {
          runs.delete(runId);
          launch(trial, attempt.spec);
          publish();
          return;
        }
        return end(runId, trial, {
          state: 'failed',
          reason: storeMessage(attempts === 1 ? 'crashed-once' : 'crashed-twice', {
            reason: event.message,
          }),
        });
      }
      default:
        return;
    }
  }

  return {
    /** Starts asking and training; trials already complete stay in the study. */
    start(): void {
      if (resume?.status === 'finished') {
        // A finished study reopened: its trials, nothing to train.
        state = { ...state, status: 'finished', endReason: resume.endReason, startedAt: now() };
        finishedAt = now();
        publish();
        return;
      }
      sampler = connectSampler({
        settings: {
          strategy: search.strategy,
          seed: search.seed,
          startupTrials: search.startupTrials,
          params: search.params,
        },
        direction,
      });
      unsubscribe = engine.subscribe(handle);
      state = { ...state, startedAt: now() };
      if (search.maxMinutes > 0) {
        // Time searched before a reload counts against the budget.
        const left = Math.max(0, search.maxMinutes * 60_000 - elapsedBefore);
        deadline = now() + left;
        deadlineTimer = setTimeout(fill, left);
      }
      if (resume?.status === 'paused') {
        // It waits for Resume, as it did before the reload.
        pausedAt = now();
        state = { ...state, status: 'paused' };
        publish();
        return;
      }
      fill();
    },

    /** Time spent searching, pauses excepted, this page's and before a reload. */
    elapsedMs(): number {
      if (state.startedAt === null) return elapsedBefore;
      const until = pausedAt ?? finishedAt ?? now();
      return elapsedBefore + Math.max(0, until - state.startedAt - pausedMs);
    },

    /** Pauses every running trial (they keep their models) and starts no new one. */
    pause(): void {
      if (state.status !== 'running') return;
      pausedAt = now();
      state = { ...state, status: 'paused' };
      for (const runId of runs.keys()) engine.pause(runId);
      publish();
    },

    resume(): void {
      if (state.status !== 'paused') return;
      // Paused time does not count against the time budget.
      if (pausedAt !== null && Number.isFinite(deadline)) {
        deadline += now() - pausedAt;
        if (deadlineTimer) clearTimeout(deadlineTimer);
        deadlineTimer = setTimeout(fill, Math.max(0, deadline - now()));
      }
      if (pausedAt !== null) pausedMs += now() - pausedAt;
      pausedAt = null;
      state = { ...state, status: 'running' };
      for (const runId of runs.keys()) engine.resume(runId);
      for (const number of held.splice(0))
        launch(number, applyParams(spec, study.trial(number).params));
      fill();
    },

    /** Stops every running trial; complete trials are kept and the best stays available. */
    stop(): void {
      if (state.status === 'finished' || state.status === 'stopping') return;
      state = { ...state, status: 'stopping', endReason: 'stopped' };
      for (const runId of runs.keys()) engine.stop(runId);
      stopHeld();
      fill();
    },

    get state(): SearchState {
      return state;
    },

    /** The study's record of each trial, for tests and the docs' examples. */
    get trials(): readonly TrialRecord[] {
      return study.trials;
    },
  };
}

export type SearchScheduler = ReturnType<typeof createSearchScheduler>;

/**
 * A saved study's trials as the scheduler goes on from them: every one keeps its record and its
 * curves; one that was running or waiting is recorded failed by the interruption, and run again
 * once as a new trial with the same values unless it was itself such a run or already has one.
 */
function restoreTrials(
  trials: readonly RestoredTrial[],
  direction: Direction,
  objective: ObjectiveMetric,
) {
  const records: TrialRecord[] = [];
  const views = new Map<number, TrialProgress>();
  const retries: { number: number; params: Params }[] = [];
  const rerun = new Set(trials.map((t) => t.retryOf).filter((n) => n !== null));
  let interrupted = 0;
  for (const trial of trials) {
    const { record } = trial;
    const cut = record.state === 'running' || record.state === 'waiting';
    if (cut || (record.state === 'failed' && wasInterrupted(record.reason))) {
      interrupted++;
      if (trial.retryOf === null && !rerun.has(record.number))
        retries.push({ number: record.number, params: record.params });
    }
    records.push(cut ? { ...record, state: 'failed', reason: INTERRUPTED_MESSAGE } : record);
    views.set(record.number, {
      number: record.number,
      bestValue: bestObjective(trial.history, direction, objective),
      history: trial.history,
      startedAt: null,
      durationMs: trial.durationMs,
      message: cut ? INTERRUPTED_MESSAGE : trial.message,
      problems: trial.problems,
      attempts: trial.attempts,
      retryOf: trial.retryOf,
      queued: false,
    });
  }
  return { records, views, retries, interrupted };
}

function bestObjective(
  history: readonly EpochMetrics[],
  direction: Direction,
  objective: ObjectiveMetric,
): number | null {
  let best: number | null = null;
  for (const metrics of history) {
    const value = metrics[objective];
    if (value === null || !Number.isFinite(value)) continue;
    if (best === null || (direction === 'minimize' ? value < best : value > best)) best = value;
  }
  return best;
}
