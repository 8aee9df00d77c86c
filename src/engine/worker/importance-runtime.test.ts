import { describe, expect, it } from 'vitest';
import type { ImportanceReply } from '../client/importance-client';
import { createImportanceRuntime } from './importance-runtime';

const study = {
  direction: 'minimize',
  distributions: {
    x: { type: 'float', low: -1, high: 1, log: false },
    noise: { type: 'float', low: -1, high: 1, log: false },
  },
  // The value depends on x alone.
  trials: Array.from({ length: 40 }, (_, i) => {
    const x = ((i * 37) % 40) / 20 - 1;
    const noise = ((i * 11) % 40) / 20 - 1;
    return { number: i, params: { x, noise }, value: x * x };
  }),
};

describe('importance worker runtime', () => {
  it('answers a request with the importances, most important first', () => {
    const replies: ImportanceReply[] = [];
    const runtime = createImportanceRuntime((reply) => replies.push(reply));
    runtime.handle({ id: 7, study, evaluator: 'fanova', seed: 0 });
    const reply = replies[0];
    expect(reply).toMatchObject({ id: 7, ok: true });
    if (!reply?.ok) throw new Error('expected importances');
    expect(reply.importances.map(([name]) => name)).toEqual(['x', 'noise']);
    expect(reply.importances[0]![1]).toBeGreaterThan(0.9);
  });

  it('says why a study cannot be read, and what a request it cannot parse was', () => {
    const replies: ImportanceReply[] = [];
    const runtime = createImportanceRuntime((reply) => replies.push(reply));
    runtime.handle({ id: 1, study: { direction: 'sideways' }, evaluator: 'fanova', seed: 0 });
    runtime.handle({ nonsense: true });
    expect(replies[0]).toMatchObject({ id: 1, ok: false });
    expect(replies[0]).toMatchObject({
      message: { code: 'dashboards:importanceStudy.invalid-study' },
    });
    expect(replies[1]).toMatchObject({ id: -1, ok: false });
  });
});
