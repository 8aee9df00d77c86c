import { describe, expect, it } from 'vitest';
import { getParamImportances } from '../../search/importance/param-importances';
import { engineMessage, errorMessage } from './engine-messages';
import type { ImportanceRequest } from './importance-client';
import { importanceWorker } from './importance-client';
import type { WorkerLike } from './worker-like';

/** A worker that evaluates as the real one does, answering on a later task as a real one would. */
function fakeWorker(log: { created: number; terminated: number }, crash = false): WorkerLike {
  log.created++;
  const listeners = new Map<string, ((event: Event) => void)[]>();
  const emit = (type: string, event: Event) => listeners.get(type)?.forEach((l) => l(event));
  const answer = ({ id, study, evaluator, seed }: ImportanceRequest) => {
    const importances = Object.entries(getParamImportances(study, { evaluator, seed }));
    setTimeout(() =>
      emit('message', new MessageEvent('message', { data: { id, ok: true, importances } })),
    );
  };
  return {
    postMessage(message) {
      if (crash)
        setTimeout(() => emit('error', Object.assign(new Event('error'), { message: 'boom' })));
      else answer(message as ImportanceRequest);
    },
    terminate: () => void log.terminated++,
    addEventListener(type, listener) {
      listeners.set(type, [...(listeners.get(type) ?? []), listener]);
    },
  };
}

const study = {
  direction: 'minimize' as const,
  distributions: { a: { type: 'float' as const, low: 0, high: 1, log: false } },
  trials: [0.1, 0.5, 0.9].map((a, number) => ({ number, params: { a }, value: a })),
};

describe('importance worker client', () => {
  it('resolves with the importances; a newer request supersedes an open one', async () => {
    const log = { created: 0, terminated: 0 };
    const client = importanceWorker(() => fakeWorker(log));
    const first = client.compute(study, 'fanova', 0);
    const second = client.compute(study, 'mean-decrease-impurity', 0);
    await expect(first).resolves.toBeNull();
    await expect(second).resolves.toEqual([['a', 1]]);
    expect(log.created).toBe(1);
    client.close();
    expect(log.terminated).toBe(1);
  });

  it('fails a request when its worker crashes, and starts a new worker for the next', async () => {
    const log = { created: 0, terminated: 0 };
    let crash = true;
    const client = importanceWorker(() => fakeWorker(log, crash));
    const failure = await client.compute(study, 'fanova', 0).catch((error: unknown) => error);
    expect(errorMessage(failure)).toEqual(
      engineMessage('importance-worker-stopped', { detail: 'boom' }),
    );
    crash = false;
    await expect(client.compute(study, 'fanova', 0)).resolves.toEqual([['a', 1]]);
    expect(log.created).toBe(2);
  });
});
