import { describe, expect, it } from 'vitest';
import { engineMessage, textMessage } from './engine-messages';
import { DEFAULT_RUN_OPTIONS, parseWorkerReply, parseWorkerRequest } from './protocol';

const value = (kind: string) => engineMessage('what-value', { kind });
const typed = (type: string) => engineMessage('what-type', { type });

describe('worker protocol', () => {
  it('parses start, stop, pause, resume, probe and exit requests', () => {
    const start = {
      type: 'start',
      runId: 1,
      spec: {},
      backend: 'auto',
      options: DEFAULT_RUN_OPTIONS,
    };
    expect(parseWorkerRequest(start)).toEqual({ ok: true, request: start });
    for (const type of ['stop', 'pause', 'resume'])
      expect(parseWorkerRequest({ type, runId: 1 })).toEqual({
        ok: true,
        request: { type, runId: 1 },
      });
    expect(parseWorkerRequest({ type: 'probe', probeId: 2, spec: {}, backend: 'wasm' }).ok).toBe(
      true,
    );
    expect(parseWorkerRequest({ type: 'exit' }).ok).toBe(true);
  });

  it.each([
    [undefined, value('undefined')],
    [42, value('number')],
    [{}, engineMessage('what-untyped')],
    [{ type: 'launch', runId: 1 }, typed('launch')],
    [{ type: 'stop', runId: -1 }, typed('stop')],
    [{ type: 'start', runId: 1, spec: {}, backend: 'cpu' }, typed('start')],
    [
      {
        type: 'start',
        runId: 1,
        spec: {},
        backend: 'cpu',
        options: { ...DEFAULT_RUN_OPTIONS, cvFolds: 11 },
      },
      typed('start'),
    ],
    [{ type: 'probe', probeId: 1, spec: {}, backend: 'auto' }, typed('probe')],
  ])('explains why %j is not a request', (data, described) => {
    const parsed = parseWorkerRequest(data);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.message.code).toBe('messages:engine.request-unreadable');
    expect(parsed.message.params?.['what']).toEqual(described);
    // zod's own words for what is wrong come along as they are.
    expect(typeof parsed.message.params?.['detail']).toBe('string');
  });

  it('explains a reply it cannot read by what it was', () => {
    expect(parseWorkerReply({ type: 'hello' })).toEqual({
      ok: false,
      message: engineMessage('reply-unreadable', { what: typed('hello') }),
    });
    expect(parseWorkerReply(null)).toEqual({
      ok: false,
      message: engineMessage('reply-unreadable', { what: value('null') }),
    });
  });

  it('carries a failure as a message, its reasons nested, and refuses a bare sentence', () => {
    const failed = {
      type: 'failed',
      runId: 1,
      message: engineMessage('training-failed', {
        reason: engineMessage('out-of-memory', { detail: 'OOM when allocating tensor' }),
      }),
    };
    expect(parseWorkerReply(failed)).toEqual({ ok: true, reply: failed });
    const diverged = {
      type: 'diverged',
      runId: 1,
      epoch: 3,
      message: engineMessage('diverged', { epoch: 3 }),
    };
    expect(parseWorkerReply(diverged)).toEqual({ ok: true, reply: diverged });
    expect(parseWorkerReply({ ...failed, message: 'Training failed: OOM' }).ok).toBe(false);
    expect(
      parseWorkerReply({
        ...failed,
        message: { code: 'messages:engine.busy', params: { runId: [] } },
      }).ok,
    ).toBe(false);
    const probed = {
      type: 'probed',
      probeId: 0,
      backend: 'wasm',
      samplesPerSecond: null,
      warmupMs: null,
      reason: textMessage('no SIMD'),
    };
    expect(parseWorkerReply(probed)).toEqual({ ok: true, reply: probed });
  });

  it('checks replies as strictly as requests', () => {
    const epoch = {
      type: 'epoch',
      runId: 1,
      elapsedMs: 10,
      metrics: {
        epoch: 1,
        loss: 0.5,
        valLoss: 0.6,
        accuracy: 0.8,
        valAccuracy: null,
        learningRate: 0.01,
        valLossStd: null,
        valAccuracyStd: null,
      },
    };
    expect(parseWorkerReply(epoch).ok).toBe(true);
    expect(parseWorkerReply({ ...epoch, metrics: { epoch: 0 } }).ok).toBe(false);
    expect(parseWorkerReply({ type: 'finished', runId: 1 }).ok).toBe(false);
  });

  it('accepts predictions only with typed arrays of the right kind', () => {
    const grid = { kind: 'grid', epoch: 1, size: 2, x: [-1, 1], y: [-1, 1], outputs: 1 };
    const reply = (predictions: object) => ({ type: 'predictions', runId: 1, predictions });
    expect(parseWorkerReply(reply({ ...grid, values: new Float32Array(4) })).ok).toBe(true);
    expect(parseWorkerReply(reply({ ...grid, values: [0, 0, 0, 0] })).ok).toBe(false);
    expect(
      parseWorkerReply(reply({ ...grid, kind: 'hologram', values: new Float32Array(4) })).ok,
    ).toBe(false);
  });

  it('carries the problems of a refused spec as data, and only known ones', () => {
    const failed = {
      type: 'failed',
      runId: 1,
      message: engineMessage('invalid-spec'),
      problems: [
        {
          code: 'too-small',
          path: 'training.epochs',
          params: { field: 'training.epochs', min: 1 },
        },
      ],
    };
    expect(parseWorkerReply(failed)).toEqual({ ok: true, reply: failed });
    const bogus = [{ code: 'made-up', path: '', params: {} }];
    expect(parseWorkerReply({ ...failed, problems: bogus }).ok).toBe(false);
    const nested = [{ code: 'too-small', path: '', params: { min: { deep: 1 } } }];
    expect(parseWorkerReply({ ...failed, problems: nested }).ok).toBe(false);
  });
});
