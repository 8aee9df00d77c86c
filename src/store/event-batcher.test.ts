import { describe, expect, it } from 'vitest';
import { createEventBatcher } from './event-batcher';

interface S {
  count: number;
  log: string[];
}

function setup() {
  let state: S = { count: 0, log: [] };
  const sets: Partial<S>[] = [];
  const ticks: (() => void)[] = [];
  const batcher = createEventBatcher<S>(
    () => state,
    (patch) => {
      sets.push(patch);
      state = { ...state, ...patch };
    },
    (flush) => ticks.push(flush),
  );
  return { batcher, sets, ticks, state: () => state };
}

describe('event batcher', () => {
  it('applies a burst in one update on the next tick, each update seeing the ones before', () => {
    const { batcher, sets, ticks, state } = setup();
    for (let i = 0; i < 100; i++) batcher.push((s) => ({ count: s.count + 1 }));
    expect(state().count).toBe(0);
    expect(ticks).toHaveLength(1);
    ticks[0]!();
    expect(state().count).toBe(100);
    expect(sets).toHaveLength(1);
  });

  it('applies an urgent update at once, after the queued ones, keeping their order', () => {
    const { batcher, sets, ticks, state } = setup();
    batcher.push((s) => ({ log: [...s.log, 'epoch 1'] }));
    batcher.push((s) => ({ log: [...s.log, 'epoch 2'] }));
    batcher.push((s) => ({ log: [...s.log, 'finished'] }), true);
    expect(state().log).toEqual(['epoch 1', 'epoch 2', 'finished']);
    expect(sets).toHaveLength(1);
    // The tick scheduled for the burst finds nothing left to apply.
    ticks[0]!();
    expect(sets).toHaveLength(1);
  });

  it('schedules one tick per burst, and a new one after it ran', () => {
    const { batcher, ticks } = setup();
    batcher.push((s) => ({ count: s.count + 1 }));
    batcher.push((s) => ({ count: s.count + 1 }));
    expect(ticks).toHaveLength(1);
    ticks[0]!();
    batcher.push((s) => ({ count: s.count + 1 }));
    expect(ticks).toHaveLength(2);
  });
});
