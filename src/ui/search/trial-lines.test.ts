import { describe, expect, it } from 'vitest';
import { BEST_COLOR, roleStyle, styledLines, tooltipEntries, trialLineStyle } from './trial-lines';

import { epoch, trial } from '../../store/testing/trial-fixtures';

describe('trial lines', () => {
  const h = [epoch(1, 1)];
  it('emphasises the best, then the selected, then running trials', () => {
    const best = trialLineStyle(trial(4, { history: h }), 4, 4);
    const selected = trialLineStyle(trial(2, { history: h }), 4, 2);
    const running = trialLineStyle(trial(1, { state: 'running', history: h }), 4, 2);
    const done = trialLineStyle(trial(3, { history: h }), 4, 2);
    expect(best.stroke).toBe(BEST_COLOR);
    expect(best.strokeWidth).toBeGreaterThan(selected.strokeWidth);
    expect(selected.strokeWidth).toBeGreaterThan(running.strokeWidth);
    expect(running.strokeWidth).toBeGreaterThan(done.strokeWidth);
    expect(running.strokeOpacity).toBe(1);
    expect(done.strokeOpacity).toBeLessThan(1);
  });

  it('dashes pruned curves and fades failed and diverged ones', () => {
    expect(trialLineStyle(trial(0, { state: 'pruned' }), null, null).dash).not.toBeNull();
    expect(trialLineStyle(trial(0), null, null).dash).toBeNull();
    for (const state of ['failed', 'diverged'] as const)
      expect(trialLineStyle(trial(0, { state }), null, null).strokeOpacity).toBeLessThan(0.45);
  });

  it('gives the legend the same styles as the curves', () => {
    expect(roleStyle('ended', true).dash).toBe(
      trialLineStyle(trial(0, { state: 'pruned' }), null, null).dash,
    );
    expect(roleStyle('best')).toEqual(trialLineStyle(trial(4), 4, null));
  });

  it('draws emphasised lines last and leaves out trials without epochs', () => {
    const lines = styledLines(
      [
        trial(0, { history: h }),
        trial(1, { state: 'running', history: h }),
        trial(2, { state: 'failed', history: h }),
        trial(3, { state: 'waiting' }),
      ],
      0,
      null,
    );
    expect(lines.map((l) => l.trial.number)).toEqual([2, 1, 0]);
  });
});

describe('tooltipEntries', () => {
  const trials = [
    trial(0, { history: [epoch(1, 0.4)] }),
    trial(1, { state: 'running', history: [epoch(1, 0.2)] }),
    trial(2, { history: [epoch(1, 0.1)] }),
    trial(3, { history: [epoch(1, 0.3)] }),
  ];

  it('lists the best, selected and running trials, better first', () => {
    expect(
      tooltipEntries(1, trials, 'valLoss', {
        bestNumber: 0,
        selectedNumber: 3,
        direction: 'minimize',
      }),
    ).toEqual([
      { number: 1, value: 0.2, role: 'running' },
      { number: 3, value: 0.3, role: 'selected' },
      { number: 0, value: 0.4, role: 'best' },
    ]);
    expect(
      tooltipEntries(1, trials, 'valLoss', {
        bestNumber: 0,
        selectedNumber: null,
        direction: 'maximize',
      }),
    ).toEqual([
      { number: 0, value: 0.4, role: 'best' },
      { number: 1, value: 0.2, role: 'running' },
    ]);
  });

  it('is empty away from the data', () => {
    expect(
      tooltipEntries(2, trials, 'valLoss', {
        bestNumber: 0,
        selectedNumber: 1,
        direction: 'minimize',
      }),
    ).toEqual([]);
  });
});
