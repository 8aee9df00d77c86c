import { describe, expect, it } from 'vitest';
import { trial } from '../../../store/testing/trial-fixtures';
import { paramAxis, valueAxis } from './axes';
import { scoredTrials } from './study-points';
import { NO_FILTER, OBJECTIVE_KEY, brushOf, brushSpan, filteredTrials } from './trial-filter';

const trials = scoredTrials([
  trial(0, { state: 'complete', value: 0.9, params: { lr: 0.001, opt: 'sgd' } }),
  trial(1, { state: 'complete', value: 0.2, params: { lr: 0.01, opt: 'adam' } }),
  trial(2, { state: 'complete', value: 0.4, params: { lr: 0.1, opt: 'adam' } }),
  trial(3, { state: 'pruned', value: 0.8, params: { opt: 'sgd' } }),
]);
const axes = {
  lr: paramAxis('lr', { type: 'float', low: 1e-4, high: 1, log: true }),
  opt: paramAxis('opt', { type: 'categorical', choices: ['adam', 'sgd'] }),
  [OBJECTIVE_KEY]: valueAxis('loss', [0.2, 0.4, 0.8, 0.9]),
};
const numbers = (set: ReadonlySet<number> | null) => (set ? [...set].sort() : null);

describe('trial filter', () => {
  it('filters nothing until asked', () => {
    expect(filteredTrials(trials, axes, NO_FILTER, 'minimize')).toBeNull();
  });

  it('keeps trials inside every brush; a trial without the brushed parameter is out', () => {
    const lr = axes.lr;
    // 0.25..0.75 of a 1e-4..1 log axis is 1e-3..1e-1.
    const brushes = { lr: brushOf(lr, 0.75, 0.25) };
    expect(numbers(filteredTrials(trials, axes, { brushes, top: 'all' }, 'minimize'))).toEqual([
      0, 1, 2,
    ]);
    const both = { ...brushes, opt: brushOf(axes.opt, 0, 0.5) };
    expect(
      numbers(filteredTrials(trials, axes, { brushes: both, top: 'all' }, 'minimize')),
    ).toEqual([1, 2]);
  });

  it('keeps a value brush on its values when the axis widens', () => {
    const brush = brushOf(axes[OBJECTIVE_KEY], 0, 0.5);
    const wider = valueAxis('loss', [0.2, 1.6]);
    const [from, to] = brushSpan(wider, brush);
    expect(wider.valueAt(from)).toBeCloseTo(0.2);
    expect(wider.valueAt(to)).toBeCloseTo(0.55);
  });

  it('keeps the best k complete trials, or the best alone', () => {
    expect(numbers(filteredTrials(trials, axes, { brushes: {}, top: 2 }, 'minimize'))).toEqual([
      1, 2,
    ]);
    expect(numbers(filteredTrials(trials, axes, { brushes: {}, top: 'best' }, 'maximize'))).toEqual(
      [0],
    );
  });
});
