import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import type { SearchScheduler } from './search-scheduler';
import { createSearchRecorder } from './search-recorder';
import { contiguousTrials, toRestoredTrial } from './study-records';
import { setup } from './testing/scheduler-harness';

const IDENTITY = {
  id: 's1',
  name: '',
  createdAt: 1,
  spec: DEFAULT_SPEC,
  backend: 'cpu' as const,
  raceId: null,
};

/** A search of 4 trials, 2 at a time, written to memory storage as the app writes it. */
function recordedSearch(storage = new MemoryStudyStorage()) {
  const errors: unknown[] = [];
  let scheduler: SearchScheduler | null = null;
  const recorder = createSearchRecorder({
    storage,
    study: IDENTITY,
    elapsedMs: () => scheduler?.elapsedMs() ?? 0,
    onError: (error) => errors.push(error),
    wallClock: () => 5_000,
  });
  const search = setup({}, undefined, undefined, (state) =>
    recorder.record(state, scheduler?.trials ?? []),
  );
  scheduler = search.scheduler;
  return { ...search, storage, recorder, errors };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('search recorder', () => {
  it('writes each change of a trial’s state at once, strictly, and epochs in batches', async () => {
    vi.useFakeTimers();
    const { engine, scheduler, storage, recorder } = recordedSearch();
    scheduler.start();
    await vi.runOnlyPendingTimersAsync();
    expect(storage.writes.at(-1)).toMatchObject({ trials: [0, 1], durability: 'strict' });
    const writes = storage.writes.length;
    engine.train(101, [0.5, 0.4, 0.3], false);
    await vi.advanceTimersByTimeAsync(0);
    // Started and three epochs: the start at once, the epochs wait for the batch.
    const strict = storage.writes.slice(writes);
    expect(strict.every((w) => w.durability === 'strict')).toBe(true);
    await vi.advanceTimersByTimeAsync(500);
    expect(storage.writes.at(-1)).toMatchObject({ trials: [0], durability: 'relaxed' });
    const stored = await storage.loadStudy('s1');
    expect(stored?.trials[0]?.history.map((m) => m.valLoss)).toEqual([0.5, 0.4, 0.3]);
    engine.emit({
      type: 'finished',
      runId: 101,
      reason: 'completed',
      epochs: 3,
      bestEpoch: 3,
      restoredBest: false,
      elapsedMs: 1,
      tensorsBefore: 0,
      tensorsAfter: 0,
      test: null,
    });
    await recorder.flush();
    const ended = await storage.loadStudy('s1');
    expect(ended?.trials[0]).toMatchObject({ state: 'complete', value: 0.3, completedAt: 5_000 });
    expect(storage.writes.at(-1)?.durability).toBe('strict');
  });

  it('keeps the study’s status and time', async () => {
    const { engine, scheduler, storage, recorder } = recordedSearch();
    scheduler.start();
    scheduler.pause();
    await recorder.flush();
    expect((await storage.loadStudy('s1'))?.study).toMatchObject({
      status: 'paused',
      endReason: null,
    });
    scheduler.resume();
    for (const runId of [101, 102, 103, 104]) engine.train(runId, [0.5]);
    await recorder.flush();
    expect((await storage.loadStudy('s1'))?.study).toMatchObject({
      status: 'finished',
      endReason: 'max-trials',
    });
  });

  it('saves what a reload resumes from exactly', async () => {
    const { engine, scheduler, storage, recorder } = recordedSearch();
    scheduler.start();
    engine.train(101, [0.5, 0.4, 0.3, 0.2]);
    engine.train(102, [0.6, 0.5], false);
    await recorder.flush();
    const loaded = await storage.loadStudy('s1');
    const trials = contiguousTrials(loaded!.trials).map(toRestoredTrial);
    expect(trials.map((t) => t.record)).toEqual(scheduler.trials);
    const after = setup({}, undefined, {
      trials,
      elapsedMs: loaded!.study.elapsedMs,
      status: 'running',
      endReason: null,
    });
    after.scheduler.start();
    expect(after.state().trials.map((t) => t.state)).toEqual([
      'complete',
      'failed',
      'failed',
      'running',
      'running',
    ]);
  });

  it('tells a failed write once, and goes on', async () => {
    const storage = new MemoryStudyStorage();
    storage.failNext = new Error('QuotaExceededError');
    const { engine, scheduler, recorder, errors } = recordedSearch(storage);
    scheduler.start();
    engine.train(101, [0.5]);
    await recorder.flush();
    expect(errors).toEqual([new Error('QuotaExceededError')]);
    expect((await storage.loadStudy('s1'))?.trials[0]?.state).toBe('complete');
  });
});

describe('a study reopened as it was', () => {
  it('is not written again, so it keeps its place in the list', async () => {
    const { engine, scheduler, storage, recorder } = recordedSearch();
    scheduler.start();
    for (const runId of [101, 102, 103, 104]) engine.train(runId, [0.5]);
    await recorder.flush();
    const loaded = await storage.loadStudy('s1');
    const writes = storage.writes.length;
    const again = createSearchRecorder({
      storage,
      study: IDENTITY,
      saved: loaded!.trials,
      savedStatus: 'finished',
      elapsedMs: () => 0,
      onError: () => undefined,
      batchMs: 0,
    });
    const reopened = setup({}, undefined, {
      trials: contiguousTrials(loaded!.trials).map(toRestoredTrial),
      elapsedMs: 0,
      status: 'finished',
      endReason: 'max-trials',
    });
    reopened.scheduler.start();
    again.record(reopened.state(), reopened.scheduler.trials);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(storage.writes.length).toBe(writes);
  });
});
