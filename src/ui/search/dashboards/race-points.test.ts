import { describe, expect, it } from 'vitest';
import { trial } from '../../../store/testing/trial-fixtures';
import { laneProgress } from './race-points';

const lane = (trials: ReturnType<typeof trial>[]) => trials;

describe('race progress of one strategy', () => {
  it('orders trials by when they ended and steps the best so far down', () => {
    const progress = laneProgress(
      lane([
        trial(0, { state: 'complete', value: 0.5, startedAt: 1_000, durationMs: 3_000 }),
        trial(1, { state: 'complete', value: 0.3, startedAt: 1_500, durationMs: 1_000 }),
        trial(2, { state: 'pruned', value: 0.1, startedAt: 2_600, durationMs: 500 }),
        trial(3, { state: 'complete', value: 0.4, startedAt: 4_100, durationMs: 900 }),
        trial(4, { state: 'running', value: null, startedAt: 4_200 }),
      ]),
      1_000,
      'minimize',
    );
    expect(progress.points.map((p) => [p.number, p.seconds])).toEqual([
      [1, 1.5],
      [2, 2.1],
      [0, 3],
      [3, 4],
    ]);
    // The pruned trial counts as a trial run but not as a best.
    expect(progress.steps).toEqual([
      { count: 1, seconds: 1.5, value: 0.3 },
      { count: 3, seconds: 3, value: 0.3 },
      { count: 4, seconds: 4, value: 0.3 },
    ]);
    expect(progress.best).toEqual({ value: 0.3, number: 1, count: 1, seconds: 1.5 });
  });

  it('maximises when asked, and has no best before a complete trial', () => {
    expect(laneProgress(lane([]), 0, 'maximize').best).toBeNull();
    const up = laneProgress(
      lane([
        trial(0, { state: 'complete', value: 0.6, startedAt: 0, durationMs: 10 }),
        trial(1, { state: 'complete', value: 0.9, startedAt: 0, durationMs: 20 }),
      ]),
      0,
      'maximize',
    );
    expect(up.steps.map((s) => s.value)).toEqual([0.6, 0.9]);
  });
});
