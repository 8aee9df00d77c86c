import { describe, expect, it } from 'vitest';
import type { EngineEvent, WorkerLike } from './client';
import { WorkerTrainingEngine } from './client';

/** A stand-in for a Worker that records what is posted and lets the test fire its events. */
class FakeWorker implements WorkerLike {
  posted: unknown[] = [];
  transfers: (Transferable[] | undefined)[] = [];
  terminated = false;
  private listeners = new Map<string, ((event: Event) => void)[]>();
  postMessage(message: unknown, transfer?: Transferable[]) {
    this.posted.push(message);
    this.transfers.push(transfer);
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
    // It cannot be trusted to stop any more, so it is ended and the next run gets a new one.
    expect(workers[0]?.terminated).toBe(true);
    engine.start(2, {}, 'cpu');
    expect(workers).toHaveLength(2);
  });

  it('transfers a copy of provided data once per worker, and again to a replacement worker', () => {
    const { engine, workers } = setup();
    const data = {
      features: Float32Array.from([1, 2, 3, 4]),
      targets: Float32Array.from([0, 1]),
      count: 2,
      featureCount: 2,
    };
    engine.provideData('csv:abc', data);
    engine.start(1, {}, 'cpu');
    engine.start(2, {}, 'cpu');
    const first = workers[0];
    expect(first?.posted.map((m) => (m as { type: string }).type)).toEqual([
      'data',
      'start',
      'start',
    ]);
    const sent = first?.posted[0] as { key: string; features: Float32Array };
    expect(sent.key).toBe('csv:abc');
    expect(Array.from(sent.features)).toEqual([1, 2, 3, 4]);
    // The transferred buffer is a copy: the main thread keeps its own data intact.
    expect(first?.transfers[0]).toEqual([sent.features.buffer, expect.any(ArrayBuffer)]);
    expect(sent.features.buffer).not.toBe(data.features.buffer);
    // The store provides the same data before every run: it is not sent again.
    engine.provideData('csv:abc', data);
    engine.start(3, {}, 'cpu');
    expect(first?.posted.map((m) => (m as { type: string }).type)).toEqual([
      'data',
      'start',
      'start',
      'start',
    ]);
    first?.fire('error', { message: 'boom' });
    engine.start(4, {}, 'cpu');
    expect(workers[1]?.posted.map((m) => (m as { type: string }).type)).toEqual(['data', 'start']);
  });

  it('keeps one dataset per source, so a new CSV choice replaces the last one', () => {
    const { engine, workers } = setup();
    const data = (n: number) => ({
      features: new Float32Array(n),
      targets: new Float32Array(n),
      count: n,
      featureCount: 1,
    });
    engine.provideData('mnist', data(4));
    engine.provideData('csv:abc:classification:drop:kind', data(2));
    engine.provideData('csv:abc:regression:drop:size', data(3));
    engine.start(1, {}, 'cpu');
    const keys = workers[0]?.posted
      .filter((m) => (m as { type: string }).type === 'data')
      .map((m) => (m as { key: string }).key);
    expect(keys).toEqual(['mnist', 'csv:abc:regression:drop:size']);
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
