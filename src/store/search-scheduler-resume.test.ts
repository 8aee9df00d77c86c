import { describe, expect, it } from 'vitest';
import type { ResumeFrom, RestoredTrial, SearchScheduler } from './search-scheduler';
import { INTERRUPTED_MESSAGE, wasInterrupted } from './search-scheduler';
import { textMessage } from '../engine/client/engine-messages';
import type { SearchTrialView } from './search-state';
import { setup } from './testing/scheduler-harness';

/** What a reload finds of a scheduler's study: each trial's record and curves, as saved. */
function saved(
  scheduler: SearchScheduler,
  status: ResumeFrom['status'] = 'running',
  elapsedMs = scheduler.elapsedMs(),
): ResumeFrom {
  const trials = scheduler.trials.map((record): RestoredTrial => {
    const view = scheduler.state.trials[record.number]!;
    return {
      record,
      history: view.history,
      durationMs: view.durationMs,
      message: view.message,
      problems: view.problems,
      attempts: view.attempts,
      retryOf: view.retryOf,
    };
  });
  return { trials, elapsedMs, status, endReason: scheduler.state.endReason };
}

/** A trial as shown, but for when it started on the page's clock, which a reload resets. */
const shown = (trials: readonly SearchTrialView[]) =>
  trials.map((trial) => ({ ...trial, startedAt: null }));

/** A search of 4 trials, 2 at a time, reloaded after trials 0 and 1 ended and 2 and 3 began. */
function reloadedMidSearch() {
  const before = setup();
  before.scheduler.start();
  before.engine.train(101, [0.5, 0.4, 0.3, 0.2]);
  before.engine.train(102, [0.6, 0.5, 0.45, 0.44]);
  before.engine.train(103, [0.3, 0.2], false);
  before.engine.train(104, [0.9], false);
  expect(before.scheduler.trials.map((t) => t.state)).toEqual([
    'complete',
    'complete',
    'running',
    'running',
  ]);
  return { before, after: setup({}, undefined, saved(before.scheduler)) };
}

describe('a search resumed after a reload', () => {
  it('keeps every ended trial exactly, and records the interrupted ones failed', () => {
    const { before, after } = reloadedMidSearch();
    after.scheduler.start();
    const trials = after.state().trials;
    expect(trials.slice(0, 2)).toEqual(shown(before.scheduler.state.trials.slice(0, 2)));
    expect(after.scheduler.trials.slice(0, 2)).toEqual(before.scheduler.trials.slice(0, 2));
    expect(trials.slice(2, 4).map((t) => [t.state, t.message])).toEqual([
      ['failed', INTERRUPTED_MESSAGE],
      ['failed', INTERRUPTED_MESSAGE],
    ]);
    // Their curves so far stay to be seen.
    expect(trials[2]?.history.map((m) => m.valLoss)).toEqual([0.3, 0.2]);
    expect(after.state().bestNumber).toBe(0);
  });

  it('runs each interrupted trial again once, with its values, and reaches the budget', () => {
    const { before, after } = reloadedMidSearch();
    after.scheduler.start();
    expect(after.engine.running()).toEqual([101, 102]);
    const rate = (n: number) => before.scheduler.trials[n]!.params['training.learningRate'];
    expect(after.engine.started.map((s) => s.spec.training.learningRate)).toEqual([
      rate(2),
      rate(3),
    ]);
    expect(
      after
        .state()
        .trials.slice(4)
        .map((t) => t.retryOf),
    ).toEqual([2, 3]);
    // Interrupted trials do not count against the 4 trials of the budget.
    expect(after.state().plannedTrials).toBe(6);
    after.engine.train(101, [0.3, 0.2, 0.1, 0.05]);
    after.engine.train(102, [0.9, 0.8, 0.8, 0.8]);
    expect(after.state()).toMatchObject({
      status: 'finished',
      endReason: 'max-trials',
      bestNumber: 4,
    });
    expect(after.state().trials).toHaveLength(6);
  });

  it('runs an interrupted trial again only once, across reloads', () => {
    const { after } = reloadedMidSearch();
    after.scheduler.start();
    after.engine.train(101, [0.3], false);
    // Reloaded again while the reruns of 2 and 3 train: their reruns are not rerun.
    const again = setup({}, undefined, saved(after.scheduler));
    again.scheduler.start();
    expect(
      again
        .state()
        .trials.slice(2)
        .map((t) => t.state),
    ).toEqual(['failed', 'failed', 'failed', 'failed', 'running', 'running']);
    expect(
      again
        .state()
        .trials.slice(6)
        .map((t) => t.retryOf),
    ).toEqual([null, null]);
    expect(again.state().plannedTrials).toBe(8);
  });

  it('knows an interruption saved in English words, before messages had codes', () => {
    const { after } = reloadedMidSearch();
    after.scheduler.start();
    after.engine.train(101, [0.3], false);
    // As storage reads the text an older version saved: shown as it is.
    const legacy = textMessage('Interrupted: the page was closed or reloaded while it trained');
    const old = saved(after.scheduler);
    const trials = old.trials.map((trial) =>
      wasInterrupted(trial.record.reason)
        ? { ...trial, record: { ...trial.record, reason: legacy }, message: legacy }
        : trial,
    );
    expect(trials.filter((t) => t.record.reason === legacy)).toHaveLength(2);
    const again = setup({}, undefined, { ...old, trials });
    again.scheduler.start();
    // Trials 2 and 3 were interrupted (and rerun as 4 and 5): not counted, not rerun again.
    expect(again.state().plannedTrials).toBe(8);
    expect(
      again
        .state()
        .trials.slice(6)
        .map((t) => t.retryOf),
    ).toEqual([null, null]);
    expect(again.state().trials[2]?.message).toEqual(legacy);
  });

  it('waits for Resume when it was paused, then goes on', () => {
    const { before } = reloadedMidSearch();
    const after = setup({}, undefined, saved(before.scheduler, 'paused'));
    after.scheduler.start();
    expect(after.state().status).toBe('paused');
    expect(after.engine.running()).toEqual([]);
    after.scheduler.resume();
    expect(after.engine.running()).toEqual([101, 102]);
  });

  it('reopens a finished study as it ended, training nothing', () => {
    const before = setup({ maxTrials: 2 });
    before.scheduler.start();
    before.engine.train(101, [0.5]);
    before.engine.train(102, [0.4]);
    expect(before.state().status).toBe('finished');
    const after = setup({ maxTrials: 2 }, undefined, saved(before.scheduler, 'finished'));
    after.scheduler.start();
    expect(after.state()).toMatchObject({
      status: 'finished',
      endReason: 'max-trials',
      bestNumber: 1,
    });
    expect(after.state().trials).toEqual(shown(before.state().trials));
    expect(after.engine.running()).toEqual([]);
  });

  it('counts the time searched before the reload against the time budget', () => {
    const before = setup({ maxMinutes: 1, maxTrials: 100 });
    before.scheduler.start();
    before.tick(20_000);
    before.scheduler.pause();
    before.tick(600_000);
    // Paused time is not searching time.
    expect(before.scheduler.elapsedMs()).toBe(20_000);
    before.scheduler.resume();
    before.tick(30_000);
    expect(before.scheduler.elapsedMs()).toBe(50_000);
    const after = setup({ maxMinutes: 1, maxTrials: 100 }, undefined, saved(before.scheduler));
    after.scheduler.start();
    expect(after.scheduler.elapsedMs()).toBe(50_000);
    after.tick(10_000);
    expect(after.scheduler.elapsedMs()).toBe(60_000);
    // The budget is spent: the trials running finish, and nothing new starts.
    const running = after.engine.running();
    for (const runId of running) after.engine.train(runId, [0.5]);
    expect(after.engine.running()).toEqual(running);
    expect(after.state()).toMatchObject({ status: 'finished', endReason: 'max-minutes' });
  });
});
