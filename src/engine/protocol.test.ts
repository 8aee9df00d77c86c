import { describe, expect, it } from 'vitest';
import { parseWorkerReply, parseWorkerRequest } from './protocol';

describe('worker protocol', () => {
  it('parses start and stop requests', () => {
    expect(parseWorkerRequest({ type: 'start', runId: 1, spec: {}, backend: 'auto' })).toEqual({
      ok: true,
      request: { type: 'start', runId: 1, spec: {}, backend: 'auto' },
    });
    expect(parseWorkerRequest({ type: 'stop', runId: 1 })).toEqual({
      ok: true,
      request: { type: 'stop', runId: 1 },
    });
  });

  it.each([
    [undefined, 'a undefined'],
    [42, 'a number'],
    [{}, 'an object without a type'],
    [{ type: 'launch', runId: 1 }, 'type "launch"'],
    [{ type: 'stop', runId: -1 }, 'type "stop"'],
  ])('explains why %j is not a request', (data, described) => {
    const parsed = parseWorkerRequest(data);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(described);
  });

  it('checks replies as strictly as requests', () => {
    const epoch = {
      type: 'epoch',
      runId: 1,
      elapsedMs: 10,
      metrics: { epoch: 1, loss: 0.5, valLoss: 0.6, accuracy: 0.8, valAccuracy: null },
    };
    expect(parseWorkerReply(epoch).ok).toBe(true);
    expect(parseWorkerReply({ ...epoch, metrics: { epoch: 0 } }).ok).toBe(false);
    expect(parseWorkerReply({ type: 'finished', runId: 1 }).ok).toBe(false);
  });
});
