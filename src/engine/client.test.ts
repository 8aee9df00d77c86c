import { describe, expect, it } from 'vitest';
import type { EngineEvent, WorkerLike } from './client';
import { WorkerTrainingEngine } from './client';

/** A stand-in for a Worker that records what is posted and lets the test fire its events. */
class FakeWorker implements WorkerLike {
  posted: unknown[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: unknown) {
    this.posted.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  addEventListener(type: string, listener: (event: Event) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  fire(type: string, event: Partial<ErrorEvent & MessageEvent>) {
    const full = { preventDefault: () => undefined, ...event } as unknown as Event;
    for (const listener of this.listeners.get(type) ?? []) listener(full);
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const engine = new WorkerTrainingEngine(() => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  });
  const events: EngineEvent[] = [];
  engine.subscribe((e) => events.push(e));
  return { engine, workers, events };
}

describe('WorkerTrainingEngine', () => {
  it('creates the worker lazily and posts start and stop requests', () => {
    const { engine, workers } = setup();
    expect(workers).toHaveLength(0);
    engine.start(1, { any: 'spec' }, 'cpu');
    engine.stop(1);
    expect(workers).toHaveLength(1);
    expect(workers[0]?.posted).toEqual([
      { type: 'start', runId: 1, spec: { any: 'spec' }, backend: 'cpu' },
      { type: 'stop', runId: 1 },
    ]);
  });

  it('passes valid replies on and turns unreadable ones into a crash event', () => {
    const { engine, workers, events } = setup();
    engine.start(1, {}, 'cpu');
    workers[0]?.fire('message', { data: { type: 'progress', runId: 1, epoch: 1, batch: 3 } });
    workers[0]?.fire('message', { data: { type: 'progress', runId: 'one' } });
    expect(events).toEqual([
      { type: 'progress', runId: 1, epoch: 1, batch: 3 },
      { type: 'crashed', message: expect.stringContaining('does not understand') },
    ]);
  });

  it('replaces a worker that crashed and reports the crash', () => {
    const { engine, workers, events } = setup();
    engine.start(1, {}, 'cpu');
    workers[0]?.fire('error', { message: 'Uncaught RangeError: Array buffer allocation failed' });
    expect(workers[0]?.terminated).toBe(true);
    expect(events).toEqual([
      {
        type: 'crashed',
        message:
          'The training worker stopped unexpectedly: Uncaught RangeError: Array buffer allocation failed.',
      },
    ]);
    engine.start(2, {}, 'cpu');
    expect(workers).toHaveLength(2);
    expect(workers[1]?.posted).toHaveLength(1);
  });

  it('terminates its worker on dispose', () => {
    const { engine, workers } = setup();
    engine.start(1, {}, 'cpu');
    engine.dispose();
    expect(workers[0]?.terminated).toBe(true);
  });
});
