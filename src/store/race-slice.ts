import { externalDataKey } from '../engine/client/external-data';
import type { ConnectSampler } from '../engine/client/search-sampler-client';
import type { ExperimentSpec } from '../experiment/experiment';
import type { SearchStrategy } from '../experiment/search-schema';
import { problem } from '../experiment/problem';
import type { StudyStorage } from '../storage/study-storage';
import { externalDatasetOf } from './data-slice';
import { errorName } from './error-name';
import type { RaceLane, RaceState } from './race-state';
import { RACE_STRATEGIES, idleRace } from './race-state';
import { createSearchRecorder } from './search-recorder';
import type { SearchScheduler } from './search-scheduler';
import { createSearchScheduler } from './search-scheduler';
import { newStudy, randomSuffix, searchBlocker } from './search-slice';
import type { SearchState } from './search-state';
import type { SliceContext } from './slice';

export interface RaceSlice {
  race: RaceState;
  /** Runs the builder's search once per strategy, interleaved on the pool; locks the builder. */
  startRace(): void;
  /** Stops every strategy's trials; what they finished is kept. */
  stopRace(): void;
}

/**
 * The spec one strategy runs: the builder's search with that strategy. Each strategy keeps to
 * its share of the pool's workers, at least one, so a fast sampler cannot crowd out a slow one;
 * the pool queues their trials in the order they ask, which interleaves them.
 */
export function laneSpec(spec: ExperimentSpec, strategy: SearchStrategy): ExperimentSpec {
  const share = Math.max(1, Math.floor(spec.search.concurrency / RACE_STRATEGIES.length));
  return { ...spec, search: { ...spec.search, strategy, concurrency: share } };
}

export function createRaceSlice(
  ctx: SliceContext,
  connectSampler: ConnectSampler,
  storage: StudyStorage | null,
): RaceSlice {
  const { set, get, engine } = ctx;
  let schedulers: SearchScheduler[] = [];

  const withLane = (race: RaceState, index: number, search: SearchState): RaceState => {
    const lanes = race.lanes.map((lane, i) => (i === index ? { ...lane, search } : lane));
    const done = lanes.every((lane) => lane.search.status === 'finished');
    return { ...race, lanes, status: done ? 'finished' : race.status };
  };

  return {
    race: idleRace(),

    startRace() {
      if (ctx.isLocked()) return;
      const spec = get().spec;
      const blocker = searchBlocker(get());
      const failed = (message: string | null, why: RaceState['problem'] = null) =>
        set({ race: { ...idleRace(), status: 'finished', message, problem: why } });
      if (blocker) return failed(null, blocker);
      const key = externalDataKey(spec);
      const external = key ? externalDatasetOf(get(), key) : null;
      if (key && !external) return failed('The data is not loaded yet.');
      if (key && external) engine.provideData(key, external);

      const raceId = `race-${Date.now()}-${randomSuffix()}`;
      const backend = get().backendChoice;
      // The pool is the user's parallel trials; the strategies share it.
      engine.setSize(spec.search.concurrency);
      const lanes: RaceLane[] = [];
      schedulers = [];
      RACE_STRATEGIES.forEach((strategy, index) => {
        const lane = laneSpec(spec, strategy);
        const identity = newStudy(lane, backend, raceId);
        let scheduler: SearchScheduler | null = null;
        const recorder =
          storage &&
          createSearchRecorder({
            storage,
            study: identity,
            elapsedMs: () => scheduler?.elapsedMs() ?? 0,
            onError: (error) =>
              set({
                notices: [
                  ...get().notices,
                  problem('storage-write-failed', '', { reason: errorName(error) }),
                ],
              }),
            onWritten: (durability) => {
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
          onChange: (next) => {
            const before = get().race.lanes[index]?.search.status;
            ctx.batcher.push(
              (state) => ({ race: withLane(state.race, index, next) }),
              next.status !== before,
            );
            recorder?.record(next, scheduler?.trials ?? []);
          },
        });
        schedulers.push(scheduler);
        lanes.push({ strategy, studyId: identity.id, search: scheduler.state });
      });
      set({
        race: { ...idleRace(), status: 'running', id: raceId, startedAt: performance.now(), lanes },
      });
      for (const scheduler of schedulers) scheduler.start();
    },

    stopRace() {
      if (get().race.status !== 'running') return;
      set({ race: { ...get().race, status: 'stopping' } });
      for (const scheduler of schedulers) scheduler.stop();
    },
  };
}
