import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { frameSchedule } from './frame-schedule';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('frameSchedule', () => {
  it('applies a burst on the next animation frame, at most once per interval', () => {
    const frames: (() => void)[] = [];
    const schedule = frameSchedule({
      minIntervalMs: 100,
      now: () => Date.now(),
      frame: (callback) => frames.push(callback),
    });
    const flushes: number[] = [];
    schedule(() => flushes.push(Date.now()));
    vi.advanceTimersByTime(0);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(flushes).toHaveLength(1);
    // The next burst waits out the interval before asking for a frame.
    schedule(() => flushes.push(Date.now()));
    vi.advanceTimersByTime(99);
    expect(frames).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(frames).toHaveLength(1);
    frames.shift()!();
    expect(flushes).toHaveLength(2);
    expect(flushes[1]! - flushes[0]!).toBeGreaterThanOrEqual(100);
  });

  it('applies the burst once, by a timer, when no frame comes (a hidden tab)', () => {
    const frames: (() => void)[] = [];
    const schedule = frameSchedule({
      hiddenFallbackMs: 250,
      now: () => Date.now(),
      frame: (callback) => frames.push(callback),
    });
    const flush = vi.fn();
    schedule(flush);
    vi.advanceTimersByTime(250);
    expect(flush).toHaveBeenCalledTimes(1);
    // A late frame does not apply it twice.
    frames.shift()!();
    expect(flush).toHaveBeenCalledTimes(1);
  });
});
