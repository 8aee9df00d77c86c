import { describe, expect, it } from 'vitest';
import type { ConnectSampler } from '../engine/client/search-sampler-client';
import { connectInProcess } from '../engine/client/in-process-sampler';
import { engineMessage, MessageError, textMessage } from '../engine/client/engine-messages';
import { storeMessage } from './store-messages';
import type { Params } from '../search/types';

import { finished, metrics, setup, started } from './testing/scheduler-harness';

describe('search scheduler', () => {
  it('keeps `concurrency` trials training, each with its own values, and finishes at the budget', () => {
    const { engine, scheduler, state } = setup();
    scheduler.start();
    expect(engine.running()).toEqual([101, 102]);
    const rates = engine.started.map((s) => s.spec.training.learningRate);
    expect(new Set(rates).size).toBe(2);
    expect(engine.started[0]?.options).toEqual({
      cvFolds: 1,
      predictions: false,
      exportModel: false,
    });
    engine.train(101, [0.5, 0.4, 0.3, 0.2]);
    expect(engine.running()).toEqual([101, 102, 103]);
    engine.train(102, [0.6, 0.5, 0.45, 0.44]);
    engine.train(103, [0.3, 0.2, 0.1, 0.05]);
    engine.train(104, [0.7, 0.7, 0.7, 0.7]);
    expect(engine.running()).toHaveLength(4);
    expect(state()).toMatchObject({ status: 'finished', endReason: 'max-trials', bestNumber: 2 });
    expect(state().trials.map((t) => [t.state, t.value])).toEqual([
      ['complete', 0.2],
      ['complete', 0.44],
      ['complete', 0.05],
      ['complete', 0.7],
    ]);
    expect(state().trials[2]).toMatchObject({ bestValue: 0.05, attempts: 1 });
    expect(state().trials[2]?.history.map((m) => m.epoch)).toEqual([1, 2, 3, 4]);
    expect(state().columns).toEqual([
      { target: 'training.learningRate', label: { code: 'search:targets.learningRate' } },
    ]);
  });

  it('shows a trial the pool queued (no free worker) as waiting until a worker starts it', () => {
    const { engine, scheduler, state } = setup();
    scheduler.start();
    engine.emit(started(101));
    // One GPU worker: the second trial waits in the pool's queue.
    engine.emit({ type: 'queued', runId: 102, position: 1 });
    expect(state().trials.map((t) => t.state)).toEqual(['running', 'waiting']);
    engine.emit({ type: 'epoch', runId: 101, metrics: metrics(1, 0.5), elapsedMs: 1 });
    expect(state().trials[1]?.state).toBe('waiting');
    engine.emit(finished(101));
    engine.emit(started(102));
    expect(state().trials.map((t) => t.state)).toEqual(['complete', 'running', 'running']);
  });

  it("keeps the spec it ran on and its epoch range, the pruners' and the chart's alike", () => {
    const { scheduler, state, spec } = setup({
      params: [
        {
          target: 'training.epochs',
          distribution: { type: 'categorical', choices: [3, 12, 6] },
          gridPoints: 3,
          condition: null,
        },
      ],
    });
    scheduler.start();
    expect(state().spec).toBe(spec);
    expect(state().epochLimit).toBe(12);
  });

  it('maximises validation accuracy when that is the objective', () => {
    const { engine, scheduler, state } = setup({ objective: 'valAccuracy', maxTrials: 2 });
    scheduler.start();
    engine.train(101, [0.5]);
    engine.train(102, [0.2]);
    expect(state()).toMatchObject({ direction: 'maximize', bestNumber: 1 });
    expect(state().trials[1]?.value).toBeCloseTo(0.8);
  });

  it('never lets a failed or diverged trial stop the search', () => {
    const { engine, scheduler, state } = setup({ maxTrials: 3 });
    scheduler.start();
    engine.emit({ type: 'failed', runId: 101, message: engineMessage('invalid-spec') });
    engine.emit(started(102));
    engine.emit({
      type: 'diverged',
      runId: 102,
      epoch: 2,
      message: engineMessage('diverged', { epoch: 2 }),
    });
    engine.train(103, [0.3]);
    expect(state().trials.map((t) => [t.state, t.message])).toEqual([
      ['failed', engineMessage('invalid-spec')],
      ['diverged', storeMessage('diverged-at', { epoch: 2 })],
      ['complete', null],
    ]);
    expect(state()).toMatchObject({ status: 'finished', bestNumber: 2 });
  });

  it('retries a crashed worker’s trial once with the same values, then marks it failed', () => {
    const { engine, scheduler, state } = setup({ maxTrials: 1, concurrency: 1 });
    scheduler.start();
    engine.emit({ type: 'crashed', runId: 101, message: textMessage('gone') });
    expect(engine.running()).toEqual([101, 102]);
    expect(engine.started[1]?.spec).toEqual(engine.started[0]?.spec);
    expect(state().trials[0]).toMatchObject({ state: 'running', attempts: 2 });
    const hung = engineMessage('training-worker-hung', { seconds: 120 });
    engine.emit({ type: 'crashed', runId: 102, message: hung });
    expect(state().trials[0]).toMatchObject({
      state: 'failed',
      message: storeMessage('crashed-twice', { reason: hung }),
    });
    expect(scheduler.trials[0]?.reason).toEqual(storeMessage('crashed-twice', { reason: hung }));
    expect(state().status).toBe('finished');
  });

  it('pauses running trials, starts none while paused, and resumes them', () => {
    const { engine, scheduler, state } = setup();
    scheduler.start();
    scheduler.pause();
    expect(engine.calls).toEqual(['pause 101', 'pause 102']);
    engine.train(101, [0.4]);
    // Paused: the finished trial is recorded but no new one starts.
    expect(engine.running()).toEqual([101, 102]);
    expect(state().status).toBe('paused');
    scheduler.resume();
    expect(engine.calls.at(-1)).toBe('resume 102');
    expect(engine.running()).toEqual([101, 102, 103]);
  });

  it('stops the whole study, keeping the trials already complete', () => {
    const { engine, scheduler, state } = setup({ maxTrials: 10 });
    scheduler.start();
    engine.train(101, [0.4]);
    scheduler.stop();
    expect(engine.calls).toEqual(['stop 102', 'stop 103']);
    engine.emit(finished(102, 'stopped'));
    engine.emit(finished(103, 'stopped'));
    expect(state()).toMatchObject({ status: 'finished', endReason: 'stopped', bestNumber: 0 });
    expect(state().trials.map((t) => t.state)).toEqual(['complete', 'failed', 'failed']);
  });

  it('stops asking for trials once the time budget is spent; running ones finish', () => {
    const { engine, scheduler, state, tick } = setup({ maxMinutes: 1, maxTrials: 100 });
    scheduler.start();
    tick(61_000);
    engine.train(101, [0.4]);
    expect(engine.running()).toEqual([101, 102]);
    engine.train(102, [0.3]);
    expect(state()).toMatchObject({ status: 'finished', endReason: 'max-minutes' });
  });

  it('does not count paused time against the time budget', () => {
    const { engine, scheduler, state, tick } = setup({ maxMinutes: 1, maxTrials: 100 });
    scheduler.start();
    tick(30_000);
    scheduler.pause();
    tick(120_000);
    scheduler.resume();
    engine.train(101, [0.4]);
    expect(engine.running()).toEqual([101, 102, 103]);
    tick(31_000);
    engine.train(102, [0.3]);
    expect(engine.running()).toHaveLength(3);
    expect(state().status).toBe('running');
  });

  it('stops a trial the pruner rejects and records it pruned at its last epoch', () => {
    const { engine, scheduler, state } = setup({
      concurrency: 1,
      maxTrials: 3,
      pruner: {
        kind: 'median',
        startupTrials: 1,
        warmupSteps: 0,
        minResource: 1,
        reductionFactor: 3,
      },
    });
    scheduler.start();
    engine.train(101, [0.2, 0.1, 0.05, 0.02]);
    engine.train(102, [0.9], false);
    expect(engine.calls).toEqual(['stop 102']);
    engine.emit(finished(102, 'stopped'));
    expect(state().trials[1]).toMatchObject({ state: 'pruned', value: 0.9 });
  });

  it('ends when a grid is exhausted, before the trial budget', () => {
    const { engine, scheduler, state } = setup({
      strategy: 'grid',
      maxTrials: 50,
      concurrency: 1,
      params: [
        {
          target: 'training.optimizer',
          distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
          gridPoints: 3,
          condition: null,
        },
      ],
    });
    scheduler.start();
    expect(state().plannedTrials).toBe(2);
    engine.train(101, [0.3]);
    engine.train(102, [0.2]);
    expect(state()).toMatchObject({ status: 'finished', endReason: 'exhausted' });
    expect(engine.started.map((s) => s.spec.training.optimizer).sort()).toEqual(['adam', 'sgd']);
  });

  it('passes cross-validation folds to every trial', () => {
    const { engine, scheduler } = setup({ cv: 5 });
    scheduler.start();
    expect(engine.started.every((s) => s.options?.cvFolds === 5)).toBe(true);
  });

  it('ends a trial that crashes while being pruned as pruned, without a retry', () => {
    const { engine, scheduler, state } = setup({
      concurrency: 1,
      maxTrials: 2,
      pruner: {
        kind: 'median',
        startupTrials: 1,
        warmupSteps: 0,
        minResource: 1,
        reductionFactor: 3,
      },
    });
    scheduler.start();
    engine.train(101, [0.2, 0.1]);
    engine.train(102, [0.9], false);
    engine.emit({ type: 'crashed', runId: 102, message: textMessage('gone') });
    expect(state().trials[1]).toMatchObject({ state: 'pruned', attempts: 1 });
  });

  it('retries a crashed trial while paused, and the retry starts paused', () => {
    const { engine, scheduler, state } = setup({ concurrency: 1, maxTrials: 1 });
    scheduler.start();
    scheduler.pause();
    engine.emit({ type: 'crashed', runId: 101, message: textMessage('gone') });
    expect(engine.running()).toEqual([101, 102]);
    engine.emit(started(102));
    expect(engine.calls.at(-1)).toBe('pause 102');
    expect(state().trials[0]).toMatchObject({ state: 'running', attempts: 2 });
  });

  it('ends the search with a message when the sampler fails, keeping the trials so far', () => {
    const { engine, scheduler, state, spec } = setup({ maxTrials: 3, concurrency: 1 });
    expect(spec.search.strategy).toBe('random');
    scheduler.start();
    engine.train(101, [0.3]);
    // Sabotage: a later ask throws inside the sampler.
    const original = Math.log;
    Math.log = () => {
      throw new Error('numerical breakdown');
    };
    try {
      engine.train(102, [0.2]);
    } finally {
      Math.log = original;
    }
    expect(state()).toMatchObject({
      status: 'finished',
      endReason: 'stopped',
      message: storeMessage('sampler-failed', { reason: textMessage('numerical breakdown') }),
    });
    expect(state().trials.filter((t) => t.state === 'complete')).toHaveLength(2);
  });
});

/**
 * The in-page sampler, answering later, as the search worker does: each ask waits until the
 * test answers it (or fails it); `auto` answers every ask on the next task.
 */
function laterSampler({ auto = false } = {}) {
  const open: { number: number; answer(): void; fail(error: Error): void }[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  let closed = false;
  const connect: ConnectSampler = (samplerSetup) => {
    const inner = connectInProcess(samplerSetup);
    return {
      ask: (context) =>
        new Promise<Params | null>((resolve, reject) => {
          mostInFlight = Math.max(mostInFlight, ++inFlight);
          const ask = {
            number: context.number,
            answer: () => {
              inFlight--;
              resolve(inner.ask(context) as Params | null);
            },
            fail: (error: Error) => {
              inFlight--;
              reject(error);
            },
          };
          if (auto) setTimeout(ask.answer);
          else open.push(ask);
        }),
      close: () => (closed = true),
    };
  };
  return {
    connect,
    open,
    get mostInFlight() {
      return mostInFlight;
    },
    get closed() {
      return closed;
    },
  };
}

/** Lets answers given (and those `auto` gives) reach the scheduler. */
const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
};

describe('search scheduler with a sampler that answers later (the search worker)', () => {
  it('runs the same trials, in the same order, as with the sampler in the page', async () => {
    const sync = setup({ maxTrials: 5 });
    const later = laterSampler({ auto: true });
    const async = setup({ maxTrials: 5 }, later.connect);
    const script = async (run: typeof sync, wait: () => Promise<void>) => {
      run.scheduler.start();
      await wait();
      for (const [runId, losses] of [
        [102, [0.5, 0.4]],
        [101, [0.3]],
        [103, [0.9]],
        [104, [0.2, 0.1]],
        [105, [0.6]],
      ] as const) {
        run.engine.train(runId, [...losses]);
        await wait();
      }
      return run.state();
    };
    const expected = await script(sync, async () => {});
    const actual = await script(async, settle);
    expect(actual.trials).toEqual(expected.trials);
    expect(actual).toMatchObject({ status: 'finished', endReason: 'max-trials' });
    expect(async.engine.started.map((s) => s.spec)).toEqual(sync.engine.started.map((s) => s.spec));
    // One ask at a time, and the worker is let go once the search ends.
    expect(later.mostInFlight).toBe(1);
    expect(later.closed).toBe(true);
  });

  it('starts nothing until the values come, then fills up to the concurrency', async () => {
    const later = laterSampler();
    const { engine, scheduler, state } = setup({ maxTrials: 3 }, later.connect);
    scheduler.start();
    expect(engine.running()).toEqual([]);
    expect(later.open.map((a) => a.number)).toEqual([0]);
    later.open.shift()!.answer();
    await settle();
    expect(engine.running()).toEqual([101]);
    later.open.shift()!.answer();
    await settle();
    expect(engine.running()).toEqual([101, 102]);
    // At the concurrency: no ask until a trial ends.
    expect(later.open).toHaveLength(0);
    engine.train(101, [0.4]);
    expect(later.open.map((a) => a.number)).toEqual([2]);
    later.open.shift()!.answer();
    await settle();
    engine.train(102, [0.3]);
    engine.train(103, [0.2]);
    expect(state()).toMatchObject({ status: 'finished', endReason: 'max-trials' });
    expect(state().trials.map((t) => t.number)).toEqual([0, 1, 2]);
  });

  it('holds a trial whose values come while paused, and starts it on resume', async () => {
    const later = laterSampler();
    const { engine, scheduler, state } = setup({ concurrency: 1, maxTrials: 2 }, later.connect);
    scheduler.start();
    scheduler.pause();
    later.open.shift()!.answer();
    await settle();
    // Recorded, shown waiting, not trained; no further ask while paused.
    expect(state().trials.map((t) => t.state)).toEqual(['waiting']);
    expect(engine.running()).toEqual([]);
    expect(later.open).toHaveLength(0);
    scheduler.resume();
    expect(engine.running()).toEqual([101]);
    expect(state().trials.map((t) => t.state)).toEqual(['running']);
    expect(engine.started[0]?.spec.training.learningRate).toBe(
      state().trials[0]?.params['training.learningRate'],
    );
  });

  it('starts no trial from values that come after Stop, and finishes without waiting for them', async () => {
    const later = laterSampler();
    const { engine, scheduler, state } = setup({ maxTrials: 10 }, later.connect);
    scheduler.start();
    later.open.shift()!.answer();
    await settle();
    scheduler.stop();
    expect(engine.calls).toEqual(['stop 101']);
    engine.emit(finished(101, 'stopped'));
    // The ask for trial 1 is still out: the search ends regardless, and lets the worker go.
    expect(state()).toMatchObject({ status: 'finished', endReason: 'stopped' });
    expect(later.closed).toBe(true);
    later.open.shift()!.answer();
    await settle();
    expect(engine.running()).toEqual([101]);
    expect(state().trials.map((t) => t.state)).toEqual(['failed']);
  });

  it('ends a trial held while paused as stopped when the search stops', async () => {
    const later = laterSampler();
    const { engine, scheduler, state } = setup({ concurrency: 1 }, later.connect);
    scheduler.start();
    scheduler.pause();
    later.open.shift()!.answer();
    await settle();
    scheduler.stop();
    expect(engine.running()).toEqual([]);
    expect(state()).toMatchObject({ status: 'finished', endReason: 'stopped' });
    expect(state().trials.map((t) => [t.state, t.message])).toEqual([
      ['failed', storeMessage('stopped-early')],
    ]);
  });

  it('ends the search with the reason when an ask fails (a crashed search worker)', async () => {
    const later = laterSampler();
    const { engine, scheduler, state } = setup({ maxTrials: 5 }, later.connect);
    scheduler.start();
    later.open.shift()!.answer();
    await settle();
    const crashed = engineMessage('search-worker-crashed', { detail: 'out of memory' });
    later.open.shift()!.fail(new MessageError(crashed));
    await settle();
    expect(engine.calls).toEqual(['stop 101']);
    expect(state()).toMatchObject({
      status: 'stopping',
      message: storeMessage('sampler-failed', { reason: crashed }),
    });
    engine.emit(finished(101, 'stopped'));
    expect(state()).toMatchObject({ status: 'finished', endReason: 'stopped' });
    expect(later.closed).toBe(true);
  });

  it('ends when a grid runs out, as the worker answers null', async () => {
    const later = laterSampler({ auto: true });
    const { engine, scheduler, state } = setup(
      {
        strategy: 'grid',
        maxTrials: 50,
        concurrency: 2,
        params: [
          {
            target: 'training.optimizer',
            distribution: { type: 'categorical', choices: ['adam', 'sgd'] },
            gridPoints: 3,
            condition: null,
          },
        ],
      },
      later.connect,
    );
    scheduler.start();
    await settle();
    engine.train(101, [0.3]);
    await settle();
    engine.train(102, [0.2]);
    await settle();
    expect(state()).toMatchObject({ status: 'finished', endReason: 'exhausted' });
  });
});

describe('search scheduler: published views', () => {
  it('keeps the object of a trial that did not change, so only changed trials re-render', async () => {
    const { engine, scheduler, state } = setup();
    scheduler.start();
    await settle();
    engine.train(101, [0.5], false);
    engine.emit(started(102));
    const before = state().trials;
    engine.emit({ type: 'epoch', runId: 102, metrics: metrics(1, 0.4), elapsedMs: 1 });
    const after = state().trials;
    expect(after).not.toBe(before);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]?.history).toHaveLength(1);
  });
});
