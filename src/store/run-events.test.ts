import { describe, expect, it } from 'vitest';
import { engineMessage, textMessage } from '../engine/client/engine-messages';
import { DEFAULT_SPEC } from '../experiment/defaults';
import { problem } from '../experiment/problem';
import { applyEngineEvent, idleRun } from './run-events';

describe('applyEngineEvent', () => {
  it('keeps the problems of a spec the worker refused, for the UI to word', () => {
    const run = { ...idleRun(DEFAULT_SPEC), id: 3, status: 'starting' as const };
    const tooFew = problem('too-small', 'training.epochs', { field: 'training.epochs', min: 1 });
    const { run: failed } = applyEngineEvent(run, {
      type: 'failed',
      runId: 3,
      message: engineMessage('invalid-spec'),
      problems: [tooFew],
    });
    expect(failed).toMatchObject({
      status: 'failed',
      message: engineMessage('invalid-spec'),
      problems: [tooFew],
    });
    const boom = textMessage('boom');
    const { run: plain } = applyEngineEvent(run, { type: 'failed', runId: 3, message: boom });
    expect(plain).toMatchObject({ status: 'failed', message: boom, problems: [] });
  });
});
