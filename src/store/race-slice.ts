import { errorMessage } from '../engine/client/engine-messages';
import { externalDataKey } from '../engine/client/external-data';
import type { ConnectSampler } from '../engine/client/search-sampler-client';
import type { ExperimentSpec } from '../experiment/experiment';
import type { SearchStrategy } from '../experiment/search-schema';
import { problem } from '../experiment/problem';
import type { StudyStorage } from '../storage/study-storage';
import type { TabCoordination } from '../storage/tab-coordination';
import { externalDatasetOf } from './data-slice';
import { errorName } from './error-name';
import type { RaceLane, RaceState } from './race-state';
import { RACE_STRATEGIES, idleRace } from './race-state';
import { createSearchRecorder } from './search-recorder';
import type { SearchScheduler } from './search-scheduler';
import { createSearchScheduler } from './search-scheduler';
import { newStudy, randomSuffix, savedSearchState, searchBlocker } from './search-slice';
import type { SearchState } from './search-state';
import type { SliceContext } from './slice';
import { storeMessage } from './store-messages';
import type { Message } from '../lib/message';

export interface RaceSlice {
  race: RaceState;
  /** Runs the builder's search once per strategy, interleaved on the pool; locks the builder. */
  startRace(): void;
  /** Pauses every strategy's trials (they keep their models) and starts no new one. */
  pauseRace(): void;
  resumeRace(): void;
  /** Stops every strategy's trials; what they finished is kept. */
  stopRace(): void;
  /** Shows a race saved before, as its studies stand (a race a reload cut short included). */
  openSavedRace(raceId: string): Promise<void>;
}

/** The spec one strategy's study runs and is saved with: the builder's, with that strategy. */
export function laneSpec(spec: ExperimentSpec, strategy: SearchStrategy): ExperimentSpec {
  return { ...spec, search: { ...spec.search, strategy } };
}

/**
 * How many trials strategy `index` trains at once: the pool's workers shared out, the remainder
 * to the first strategies, at least one each. No strategy can crowd out a slower one, and the
 * pool queues their trials in the order they ask, which interleaves them.
 */
export function laneConcurrency(workers: number, index: number): number {
  const lanes = RACE_STRATEGIES.length;
  return Math.max(1, Math.floor(workers / lanes) + (index < workers % lanes ? 1 : 0));
}

export function createRaceSlice(
  ctx: SliceContext,
  connectSampler: ConnectSampler,
  storage: StudyStorage | null,
  tabs: TabCoordination | null,
): RaceSlice {
  const { set, get, engine } = ctx;
  let schedulers: SearchScheduler[] = [];

  const withLane = (race: RaceState, index: number, search: SearchState): RaceState => {
    const lanes = race.lanes.map((lane, i) => (i === index ? { ...lane, search } : lane));
    const done = lanes.every((lane) => lane.search.status === 'finished');
    return { ...race, lanes, status: done ? 'finished' : race.status };
  };
  const notify = (error: unknown) =>
    set({
      notices: [
        ...get().notices,
        problem('storage-write-failed', '', { reason: errorName(error) }),
      ],
    });

  /** Starts one strategy's study; its lane shows finished only once its end is written. */
  function startLane(
    spec: ExperimentSpec,
    strategy: SearchStrategy,
    index: number,
    raceId: string,
  ) {
    const lane = laneSpec(spec, strategy);
    const backend = get().backendChoice;
    const identity = newStudy(lane, backend, raceId);
    // Another tab that opens this study follows it instead of driving it too.
    void tabs?.claim(identity.id);
    let scheduler: SearchScheduler | null = null;
    const recorder =
      storage &&
      createSearchRecorder({
        storage,
        study: identity,
        elapsedMs: () => scheduler?.elapsedMs() ?? 0,
        onError: notify,
        onWritten: (durability) => {
          tabs?.announce(identity.id);
          if (durability === 'strict' && get().saved.status === 'ready')
            void get().refreshSaved('studies');
        },
      });
    scheduler = createSearchScheduler({
      engine,
      spec: lane,
      backend,
      nextRunId: ctx.nextRunId,
      connectSampler,
      concurrency: laneConcurrency(spec.search.concurrency, index),
      onChange: (next) => {
        recorder?.record(next, scheduler?.trials ?? []);
        const show = () => {
          const before = get().race.lanes[index]?.search.status;
          ctx.batcher.push(
            (state) => ({ race: withLane(state.race, index, next) }),
            next.status !== before,
          );
        };
        if (next.status !== 'finished') return show();
        // Until its end is written, opening the study would find it still running.
        void (recorder?.flush() ?? Promise.resolve()).finally(() => {
          tabs?.release(identity.id);
          show();
        });
      },
    });
    return { scheduler, studyId: identity.id };
  }

  return {
    race: idleRace(),

    startRace() {
      if (ctx.isLocked()) return;
      const spec = get().spec;
      const blocker = searchBlocker(get());
      const failed = (message: Message | null, why: RaceState['problem'] = null) =>
        set({ race: { ...idleRace(), status: 'finished', message, problem: why } });
      if (blocker) return failed(null, blocker);
      const key = externalDataKey(spec);
      const external = key ? externalDatasetOf(get(), key) : null;
      if (key && !external) return failed(storeMessage('data-not-loaded'));
      if (key && external) engine.provideData(key, external);

      const raceId = `race-${Date.now()}-${randomSuffix()}`;
      // The pool is the user's parallel trials; the strategies share it.
      engine.setSize(spec.search.concurrency);
      const lanes: RaceLane[] = [];
      schedulers = [];
      try {
        RACE_STRATEGIES.forEach((strategy, index) => {
          const { scheduler, studyId } = startLane(spec, strategy, index, raceId);
          schedulers.push(scheduler);
          lanes.push({ strategy, studyId, search: scheduler.state });
        });
      } catch (error) {
        schedulers = [];
        return failed(storeMessage('race-start-failed', { reason: errorMessage(error) }));
      }
      set({
        race: { ...idleRace(), status: 'running', id: raceId, startedAt: performance.now(), lanes },
      });
      try {
        for (const scheduler of schedulers) scheduler.start();
      } catch (error) {
        // A sampler that cannot start (its worker, say) ends the race; what started stops.
        for (const scheduler of schedulers) scheduler.stop();
        set({
          race: {
            ...get().race,
            message: storeMessage('race-start-failed', { reason: errorMessage(error) }),
          },
        });
      }
    },

    async openSavedRace(raceId) {
      if (!storage || ctx.isLocked()) return;
      const notReadable = () =>
        set({ notices: [...get().notices, problem('study-unreadable', '', {})] });
      const ids = get()
        .saved.studies.filter((study) => study.raceId === raceId)
        .map((study) => study.id);
      const loaded = await Promise.all(ids.map((id) => storage.loadStudy(id).catch(() => null)));
      if (ctx.isLocked()) return;
      const lanes = loaded.flatMap((study): (RaceLane & { started: number })[] => {
        const search = study && savedSearchState(study, connectSampler);
        if (!study || !search?.spec) return [];
        // Saved trials keep wall-clock times: the race's time axis runs on those.
        const times = new Map(study.trials.map((t) => [t.number, t.startedAt]));
        const trials = search.trials.map((trial) => ({
          ...trial,
          startedAt: times.get(trial.number) ?? null,
        }));
        const started = Math.min(...trials.map((t) => t.startedAt ?? Infinity));
        const strategy = search.spec.search.strategy;
        return [{ strategy, studyId: study.study.id, search: { ...search, trials }, started }];
      });
      if (lanes.length === 0) return notReadable();
      lanes.sort(
        (a, b) => RACE_STRATEGIES.indexOf(a.strategy) - RACE_STRATEGIES.indexOf(b.strategy),
      );
      const startedAt = Math.min(...lanes.map((lane) => lane.started));
      set({
        race: {
          ...idleRace(),
          status: 'finished',
          id: raceId,
          startedAt: Number.isFinite(startedAt) ? startedAt : null,
          lanes: lanes.map(({ started: _, ...lane }) => lane),
        },
      });
    },

    pauseRace() {
      if (get().race.status !== 'running') return;
      set({ race: { ...get().race, status: 'paused' } });
      for (const scheduler of schedulers) scheduler.pause();
    },

    resumeRace() {
      if (get().race.status !== 'paused') return;
      const spec = schedulers[0]?.state.spec;
      const key = spec ? externalDataKey(spec) : null;
      const external = key ? externalDatasetOf(get(), key) : null;
      if (key && external) engine.provideData(key, external);
      set({ race: { ...get().race, status: 'running' } });
      for (const scheduler of schedulers) scheduler.resume();
    },

    stopRace() {
      const status = get().race.status;
      if (status !== 'running' && status !== 'paused') return;
      set({ race: { ...get().race, status: 'stopping' } });
      for (const scheduler of schedulers) scheduler.stop();
    },
  };
}
