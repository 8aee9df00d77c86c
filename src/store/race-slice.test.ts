import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import { laneConcurrency, laneSpec } from './race-slice';
import { RACE_STRATEGIES } from './race-state';
import { started } from './testing/scheduler-harness';
import { finished, metrics, setup, unitsSearch } from './testing/store-harness';

const searched = unitsSearch(2);

/** Trains every run the engine was asked to start so far: one epoch at valLoss = runId / 100. */
function trainStarted(engine: ReturnType<typeof setup>['engine'], done: Set<number>) {
  for (const [name, runId] of engine.calls) {
    if (name !== 'start' || done.has(runId as number)) continue;
    done.add(runId as number);
    const id = runId as number;
    engine.emit(started(id));
    engine.emit({
      type: 'epoch',
      runId: id,
      metrics: { ...metrics(1), valLoss: id / 100 },
      elapsedMs: 1,
    });
    engine.emit(finished(id));
  }
}

describe('strategy race', () => {
  it('shares the workers out between the strategies, the remainder first, at least one each', () => {
    expect([0, 1, 2, 3].map((i) => laneConcurrency(2, i))).toEqual([1, 1, 1, 1]);
    expect([0, 1, 2, 3].map((i) => laneConcurrency(6, i))).toEqual([2, 2, 1, 1]);
    expect([0, 1, 2, 3].map((i) => laneConcurrency(8, i))).toEqual([2, 2, 2, 2]);
    expect(laneSpec(searched, 'tpe').search).toEqual({ ...searched.search, strategy: 'tpe' });
  });

  it('runs one study per strategy on the same space and budget, interleaved, and locks the builder', async () => {
    const storage = new MemoryStudyStorage();
    const { engine, state, flush } = setup({ spec: searched, storage });
    state().startRace();
    expect(state().race.status).toBe('running');
    expect(state().race.lanes.map((l) => l.strategy)).toEqual(RACE_STRATEGIES);
    expect(engine.size).toBe(2);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().spec.training.epochs).toBe(DEFAULT_SPEC.training.epochs);
    state().startSearch();
    expect(state().search.status).toBe('idle');

    const done = new Set<number>();
    // Samplers in the page answer at once: the first trial of each strategy is asked for in turn.
    await Promise.resolve();
    const firstRound = engine.calls
      .filter(([name]) => name === 'start')
      .map(([, , spec]) => (spec as ExperimentSpec).search.strategy);
    expect(firstRound).toEqual(['grid', 'random', 'tpe', 'gp']);
    for (let round = 0; round < 4 && state().race.status === 'running'; round++) {
      trainStarted(engine, done);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    flush();
    expect(state().race.status).toBe('finished');
    for (const lane of state().race.lanes) {
      expect(lane.search.trials.map((t) => t.state)).toEqual(['complete', 'complete']);
    }
    expect(state().race.lanes.map((l) => l.studyId)).toHaveLength(
      new Set(state().race.lanes.map((l) => l.studyId)).size,
    );
    // Each strategy is a study of its own in the saved history, marked with the race.
    await new Promise((resolve) => setTimeout(resolve, 20));
    const { studies } = await storage.listStudies();
    expect(studies).toHaveLength(4);
    expect(new Set(studies.map((s) => s.raceId))).toEqual(new Set([state().race.id]));
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().spec.training.epochs).toBe(3);
    // After a reload the race shows again from its saved studies, as they stand.
    const raceId = state().race.id!;
    const live = state().race.lanes.map((l) => l.search.trials.map((t) => t.value));
    await state().refreshSaved('studies');
    await state().openSavedRace(raceId);
    expect(state().race).toMatchObject({ status: 'finished', id: raceId });
    expect(state().race.lanes.map((l) => l.strategy)).toEqual(RACE_STRATEGIES);
    expect(state().race.lanes.map((l) => l.search.trials.map((t) => t.value))).toEqual(live);
    // Its time axis runs on the trials' saved wall-clock times.
    const firstStart = state().race.lanes[0]!.search.trials[0]!.startedAt!;
    expect(state().race.startedAt).toBeLessThanOrEqual(firstStart);
    expect(firstStart).toBeGreaterThan(1e12);
    // A strategy's study opens as a search; applying its trial keeps the builder's own settings.
    const tpe = state().race.lanes.find((l) => l.strategy === 'tpe')!;
    await state().openSavedSearch(tpe.studyId);
    flush();
    expect(state().search.spec?.search.strategy).toBe('tpe');
    state().applyTrial(1);
    expect(state().spec.search).toMatchObject({
      strategy: searched.search.strategy,
      concurrency: 2,
    });
    expect(state().spec.model.layers[0]).toMatchObject({
      units: tpe.search.trials[1]!.params['model.layers.0.units'],
    });
  });

  it('stops every strategy at once and keeps what finished', async () => {
    const { engine, state, flush } = setup({ spec: searched });
    state().startRace();
    await Promise.resolve();
    state().stopRace();
    const started = engine.calls.filter(([name]) => name === 'start').map(([, id]) => id);
    const stopped = engine.calls.filter(([name]) => name === 'stop').map(([, id]) => id);
    expect(stopped.sort()).toEqual(started.sort());
    for (const id of started) engine.emit(finished(id as number, true));
    // A strategy shows finished once its end is written (no storage here: on the next task).
    await new Promise((resolve) => setTimeout(resolve, 0));
    flush();
    expect(state().race.status).toBe('finished');
  });

  it('pauses every strategy’s trials and resumes them, still locked meanwhile', async () => {
    const { engine, state } = setup({ spec: searched });
    state().startRace();
    await Promise.resolve();
    const started = engine.calls.filter(([name]) => name === 'start').map(([, id]) => id);
    expect(started).toHaveLength(4);
    state().pauseRace();
    expect(state().race.status).toBe('paused');
    const paused = engine.calls.filter(([name]) => name === 'pause').map(([, id]) => id);
    expect(paused.sort()).toEqual([...started].sort());
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 3 });
    expect(state().spec.training.epochs).not.toBe(3);
    state().resumeRace();
    expect(state().race.status).toBe('running');
    const resumed = engine.calls.filter(([name]) => name === 'resume').map(([, id]) => id);
    expect(resumed.sort()).toEqual([...started].sort());
    // Stop works from a pause too.
    state().pauseRace();
    state().stopRace();
    expect(state().race.status).toBe('stopping');
  });

  it('refuses to start without parameters, and says why', () => {
    const { state, engine } = setup();
    state().startRace();
    expect(state().race).toMatchObject({
      status: 'finished',
      problem: { code: 'search-space-empty' },
    });
    expect(engine.calls.some(([name]) => name === 'start')).toBe(false);
  });
});
