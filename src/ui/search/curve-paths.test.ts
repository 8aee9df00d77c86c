import { describe, expect, it } from 'vitest';
import { epoch, trial } from '../../store/testing/trial-fixtures';
import { cachedCurvePath, curvePath, nearestTrial } from './curve-paths';

const identity = (v: number) => v;

describe('curvePath', () => {
  it('draws one point per epoch when every epoch has a column of its own', () => {
    const history = [epoch(1, 3), epoch(2, 2), epoch(3, 4)];
    expect(curvePath(history, 'valLoss', (e) => e * 10, identity)).toBe('M10,3L20,2L30,4');
  });

  it('keeps only the lowest and the highest value of a column, in the order they came', () => {
    const history = [epoch(1, 5), epoch(2, 1), epoch(3, 9), epoch(4, 4), epoch(5, 7)];
    // Epochs 1..4 share column 0 and epoch 5 is column 10: y 1 (highest on screen) came before 9.
    const x = (e: number) => (e < 5 ? 0 : 10);
    expect(curvePath(history, 'valLoss', x, identity)).toBe('M0,1L0,9L10,7');
  });

  it('skips values that are not finite, and draws nothing for none', () => {
    const history = [epoch(1, Number.NaN), epoch(2, 2)];
    expect(curvePath(history, 'valLoss', identity, identity)).toBe('M2,2');
    expect(curvePath([], 'valLoss', identity, identity)).toBe('');
  });

  it('costs its width, not its epochs: 10,000 epochs over 500 columns stay within 1,000 points', () => {
    const history = Array.from({ length: 10_000 }, (_, i) => epoch(i + 1, Math.sin(i)));
    const path = curvePath(
      history,
      'valLoss',
      (e) => (e / 10_000) * 500,
      (v) => v * 100,
    );
    expect(path.split(/[ML]/).length - 1).toBeLessThanOrEqual(1002);
  });
});

describe('nearestTrial', () => {
  const trials = [
    trial(0, { history: [epoch(1, 0.9), epoch(2, 0.8)] }),
    trial(1, { history: [epoch(1, 0.3), epoch(2, 0.2)] }),
    trial(2, { history: [epoch(1, 0.5)] }),
  ];

  it('picks the curve closest to the point at that epoch, among trials that reached it', () => {
    expect(nearestTrial(trials, 'valLoss', 1, 0.45)).toBe(2);
    expect(nearestTrial(trials, 'valLoss', 2, 0.45)).toBe(1);
    expect(nearestTrial(trials, 'valLoss', 3, 0.45)).toBeNull();
  });
});

describe('cachedCurvePath', () => {
  it('works a history out once per scale, and again when the scale or the history changes', () => {
    let calls = 0;
    const x = (e: number) => {
      calls++;
      return e;
    };
    const history = [epoch(1, 3), epoch(2, 2)];
    expect(cachedCurvePath(history, 'valLoss', 'a', x, identity)).toBe('M1,3L2,2');
    expect(cachedCurvePath(history, 'valLoss', 'a', x, identity)).toBe('M1,3L2,2');
    expect(calls).toBe(2);
    expect(cachedCurvePath(history, 'valLoss', 'b', (e) => e * 2, identity)).toBe('M2,3L4,2');
    const grown = [...history, epoch(3, 1)];
    expect(cachedCurvePath(grown, 'valLoss', 'a', x, identity)).toBe('M1,3L2,2L3,1');
    expect(calls).toBe(5);
  });
});
