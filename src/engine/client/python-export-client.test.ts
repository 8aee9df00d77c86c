import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { engineMessage, errorMessage } from './engine-messages';
import { exportPythonProject } from './python-export-client';
import type { WorkerLike } from './worker-like';

type Behaviour = { reply: unknown } | { crash: string } | { undeliverable: true };

/** A worker that answers the way it is told, on a later task as a real one would. */
function fakeWorker(behaviour: Behaviour, log: { terminated: number }): WorkerLike {
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const emit = (type: string, event: Event) => listeners.get(type)?.forEach((l) => l(event));
  return {
    postMessage() {
      setTimeout(() => {
        if ('crash' in behaviour)
          emit('error', Object.assign(new Event('error'), { message: behaviour.crash }));
        else if ('undeliverable' in behaviour)
          emit('messageerror', new MessageEvent('messageerror'));
        else emit('message', new MessageEvent('message', { data: behaviour.reply }));
      });
    },
    terminate: () => void log.terminated++,
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  };
}

const request = { spec: DEFAULT_SPEC, external: null, readme: '' };

async function outcome(behaviour: Behaviour) {
  const log = { terminated: 0 };
  const result = await exportPythonProject(request, () => fakeWorker(behaviour, log)).then(
    (zip) => ({ zip }),
    (error: unknown) => ({ message: errorMessage(error) }),
  );
  return { result, terminated: log.terminated };
}

describe('exportPythonProject', () => {
  it('resolves with the zip and closes its worker', async () => {
    const zip = new Uint8Array([80, 75, 5, 6]);
    expect(await outcome({ reply: { ok: true, zip } })).toEqual({ result: { zip }, terminated: 1 });
  });

  it('rejects with the worker’s reason', async () => {
    const message = engineMessage('invalid-spec');
    expect(await outcome({ reply: { ok: false, message } })).toEqual({
      result: { message },
      terminated: 1,
    });
  });

  it('rejects an answer it cannot read', async () => {
    expect(await outcome({ reply: { ok: true, zip: 'not bytes' } })).toEqual({
      result: { message: engineMessage('export-reply-unreadable') },
      terminated: 1,
    });
  });

  it('rejects an answer that could not be delivered, instead of waiting for ever', async () => {
    expect(await outcome({ undeliverable: true })).toEqual({
      result: { message: engineMessage('export-reply-unreadable') },
      terminated: 1,
    });
  });

  it('rejects when the worker crashes, naming what it said, or that it could not load', async () => {
    expect((await outcome({ crash: 'boom' })).result).toEqual({
      message: engineMessage('export-worker-stopped', { detail: 'boom' }),
    });
    expect((await outcome({ crash: '' })).result).toEqual({
      message: engineMessage('export-worker-stopped', {
        detail: engineMessage('export-load-failed'),
      }),
    });
  });
});
