import { describe, expect, it } from 'vitest';
import { message } from '../lib/message';
import { textMessage } from '../engine/client/engine-messages';
import { parseStudyFile, studyToJson, trialsToCsv } from './study-file';
import { storedStudy, storedTrial } from './testing/stored-fixtures';

const study = {
  study: storedStudy({ status: 'finished', endReason: 'max-trials', trialCount: 3 }),
  trials: [
    storedTrial(0, {
      value: 0.25,
      startedAt: Date.UTC(2026, 11, 6, 8, 30),
      completedAt: Date.UTC(2026, 11, 6, 8, 30, 1, 234),
    }),
    storedTrial(1, {
      state: 'pruned',
      value: Number.NaN,
      params: { 'training.learningRate': 0.1, 'training.momentum': 0.9 },
    }),
    storedTrial(2, {
      state: 'diverged',
      value: null,
      startedAt: null,
      completedAt: null,
      intermediate: [[0, Number.POSITIVE_INFINITY]],
    }),
  ],
};

describe('study files', () => {
  it('round-trip: what is exported imports as the same study under a new id', () => {
    const result = parseStudyFile(studyToJson(study), 'imported');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.study.study).toEqual({ ...study.study, id: 'imported' });
    expect(result.study.trials).toEqual(study.trials.map((t) => ({ ...t, studyId: 'imported' })));
    // NaN and Infinity survive JSON.
    expect(result.study.trials[1]?.value).toBeNaN();
    expect(result.study.trials[2]?.intermediate).toEqual([[0, Number.POSITIVE_INFINITY]]);
  });

  it('keeps a failed trial’s reason as a message, and reads one an older version wrote in words', () => {
    const stopped = message('messages:store.stopped-early');
    const failed = {
      ...study,
      trials: [storedTrial(0, { state: 'failed', value: null, message: stopped, reason: stopped })],
    };
    const result = parseStudyFile(studyToJson(failed), 'x');
    expect(result.ok && result.study.trials[0]).toMatchObject({
      message: stopped,
      reason: stopped,
    });
    const json = JSON.parse(studyToJson(failed)) as { trials: Record<string, unknown>[] };
    json.trials[0] = { ...json.trials[0], message: 'Out of memory', reason: 'Out of memory' };
    const old = parseStudyFile(JSON.stringify(json), 'x');
    expect(old.ok && old.study.trials[0]).toMatchObject({
      message: textMessage('Out of memory'),
      reason: textMessage('Out of memory'),
    });
  });

  it('refuses a damaged file with the reason', () => {
    expect(parseStudyFile('{"format": "traintab-study",', 'x')).toEqual({
      ok: false,
      problem: expect.objectContaining({ code: 'study-file-not-json' }),
    });
    const json = JSON.parse(studyToJson(study)) as { trials: { state: string }[] };
    json.trials[1]!.state = 'exploded';
    expect(parseStudyFile(JSON.stringify(json), 'x')).toEqual({
      ok: false,
      problem: expect.objectContaining({
        code: 'study-file-invalid',
        params: { field: 'trials.1.state' },
      }),
    });
    expect(parseStudyFile('{"hello": 1}', 'x')).toEqual({
      ok: false,
      problem: expect.objectContaining({ params: { field: 'format' } }),
    });
    const gap = JSON.parse(studyToJson(study)) as { trials: unknown[] };
    gap.trials.splice(1, 1);
    expect(parseStudyFile(JSON.stringify(gap), 'x')).toEqual({
      ok: false,
      problem: expect.objectContaining({ params: { field: 'trials.number' } }),
    });
  });

  it('writes trials with the columns of Optuna’s trials_dataframe()', () => {
    expect(trialsToCsv(study).split('\r\n')).toEqual([
      'number,value,datetime_start,datetime_complete,duration,params_training.learningRate,params_training.momentum,state',
      '0,0.25,2026-12-06 08:30:00.000000,2026-12-06 08:30:01.234000,0 days 00:00:01.234000,0.01,,COMPLETE',
      '1,,1970-01-01 00:00:01.000000,1970-01-01 00:00:01.500000,0 days 00:00:00.500000,0.1,0.9,PRUNED',
      '2,,,,,0.01,,FAIL\n',
    ]);
  });
});
