import { describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../engine/client/protocol';
import type { SearchState, SearchTrialView } from '../../store/search-state';
import { idleSearch } from '../../store/search-state';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { Distribution } from '../../experiment/search-schema';
import {
  BEST_COLOR,
  roleStyle,
  describeDistribution,
  firstDirection,
  formatDuration,
  formatParamValue,
  maxSearchEpochs,
  objectiveCurveRows,
  paramColumn,
  searchStatusSentence,
  sortTrials,
  styledLines,
  tooltipEntries,
  trialDuration,
  trialLineStyle,
  trialStateSentence,
  windowMax,
} from './search-view';
import type { TrialSort } from './search-view';

const epoch = (n: number, valLoss: number, valAccuracy: number | null = null): EpochMetrics => ({
  epoch: n,
  loss: valLoss,
  valLoss,
  accuracy: valAccuracy,
  valAccuracy,
  learningRate: 0.01,
  valLossStd: null,
  valAccuracyStd: null,
});

const trial = (number: number, change: Partial<SearchTrialView> = {}): SearchTrialView => ({
  number,
  state: 'complete',
  params: {},
  value: null,
  bestValue: null,
  history: [],
  startedAt: null,
  durationMs: null,
  message: null,
  problems: [],
  attempts: 1,
  ...change,
});

const numbers = (trials: SearchTrialView[]) => trials.map((t) => t.number);
const sorted = (trials: SearchTrialView[], sort: TrialSort, now = 0) =>
  numbers(sortTrials(trials, sort, now));

describe('sortTrials', () => {
  const trials = [
    trial(0, {
      state: 'failed',
      params: { lr: 0.1, opt: 'sgd', bias: true },
      bestValue: null,
      history: [epoch(1, 1)],
      durationMs: 3000,
    }),
    trial(1, {
      state: 'running',
      params: { lr: 0.001 },
      bestValue: 0.3,
      history: [epoch(1, 0.5), epoch(2, 0.3)],
      startedAt: 1000,
    }),
    trial(2, {
      state: 'complete',
      params: { lr: 0.01, opt: 'adam', bias: false },
      bestValue: 0.2,
      history: [epoch(1, 0.4), epoch(2, 0.3), epoch(3, 0.2)],
      durationMs: 9000,
    }),
    trial(3, { state: 'pruned', params: { lr: 0.01, opt: 'adam' }, bestValue: 0.6 }),
  ];

  it('sorts by trial number both ways', () => {
    expect(sorted(trials, { column: 'number', direction: 'descending' })).toEqual([3, 2, 1, 0]);
    expect(sorted(trials, { column: 'number', direction: 'ascending' })).toEqual([0, 1, 2, 3]);
  });

  it('sorts states in lifecycle order, failures last', () => {
    expect(sorted(trials, { column: 'state', direction: 'ascending' })).toEqual([1, 2, 3, 0]);
  });

  it('sorts by best value with missing values last in both directions', () => {
    expect(sorted(trials, { column: 'bestValue', direction: 'ascending' })).toEqual([2, 1, 3, 0]);
    expect(sorted(trials, { column: 'bestValue', direction: 'descending' })).toEqual([3, 1, 2, 0]);
  });

  it('sorts by epochs run, keeping ties in their order (stable)', () => {
    expect(sorted(trials, { column: 'epochs', direction: 'ascending' })).toEqual([3, 0, 1, 2]);
    expect(sorted(trials, { column: 'epochs', direction: 'descending' })).toEqual([2, 1, 0, 3]);
  });

  it('sorts by duration, counting a running trial up to now', () => {
    expect(sorted(trials, { column: 'duration', direction: 'ascending' }, 6000)).toEqual([
      0, 1, 2, 3,
    ]);
    expect(sorted(trials, { column: 'duration', direction: 'ascending' }, 20000)).toEqual([
      0, 2, 1, 3,
    ]);
  });

  it('sorts by numeric, text and yes/no parameters; inactive ones last', () => {
    expect(sorted(trials, { column: paramColumn('lr'), direction: 'ascending' })).toEqual([
      1, 2, 3, 0,
    ]);
    expect(sorted(trials, { column: paramColumn('opt'), direction: 'descending' })).toEqual([
      0, 2, 3, 1,
    ]);
    expect(sorted(trials, { column: paramColumn('bias'), direction: 'ascending' })).toEqual([
      2, 0, 1, 3,
    ]);
  });

  it('does not change the list it was given', () => {
    const copy = [...trials];
    sortTrials(trials, { column: 'bestValue', direction: 'descending' }, 0);
    expect(trials).toEqual(copy);
  });
});

describe('firstDirection', () => {
  it('puts the better objective first and other columns ascending', () => {
    expect(firstDirection('bestValue', 'minimize')).toBe('ascending');
    expect(firstDirection('bestValue', 'maximize')).toBe('descending');
    expect(firstDirection('number', 'maximize')).toBe('ascending');
  });
});

describe('formatting', () => {
  it('formats searched values compactly', () => {
    expect(formatParamValue(64)).toBe('64');
    expect(formatParamValue(0.0123456)).toBe('0.0123');
    expect(formatParamValue(0.000123456)).toBe('1.23e-4');
    expect(formatParamValue(3.5e-5)).toBe('3.5e-5');
    expect(formatParamValue(12.345)).toBe('12.3');
    expect(formatParamValue(0)).toBe('0');
    expect(formatParamValue('relu')).toBe('relu');
    expect(formatParamValue(true)).toBe('yes');
    expect(formatParamValue(undefined)).toBe('—');
  });

  it('describes a distribution in a few words', () => {
    expect(describeDistribution({ type: 'float', low: 0.001, high: 0.1, log: true })).toBe(
      '0.001 to 0.1, log scale',
    );
    expect(describeDistribution({ type: 'int', low: 8, high: 64, step: 8, log: false })).toBe(
      '8 to 64, step 8',
    );
    expect(describeDistribution({ type: 'categorical', choices: [16, 'relu', false] })).toBe(
      '16, relu, no',
    );
  });

  it('formats durations in seconds, then minutes', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(4321)).toBe('4.3 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
  });

  it('counts a running trial up to now and ignores one not started', () => {
    expect(trialDuration(trial(0, { state: 'running', startedAt: 100 }), 600)).toBe(500);
    expect(trialDuration(trial(0, { state: 'running' }), 600)).toBeNull();
    expect(trialDuration(trial(0, { durationMs: 42, startedAt: 100 }), 600)).toBe(42);
  });
});

describe('objectiveCurveRows', () => {
  it('makes one row per epoch with each trial that reached it', () => {
    const rows = objectiveCurveRows(
      [
        trial(0, { history: [epoch(1, 0.9), epoch(2, 0.7), epoch(3, 0.5)] }),
        trial(1, { state: 'pruned', history: [epoch(1, 0.8)] }),
        trial(2, { state: 'waiting' }),
      ],
      'valLoss',
    );
    expect(rows).toEqual([
      { epoch: 1, t0: 0.9, t1: 0.8 },
      { epoch: 2, t0: 0.7 },
      { epoch: 3, t0: 0.5 },
    ]);
  });

  it('reads the accuracy objective and skips missing and non-finite values', () => {
    const rows = objectiveCurveRows(
      [
        trial(0, { history: [epoch(1, 0.9, 0.6), epoch(2, 0.7, 0.8)] }),
        trial(1, { state: 'diverged', history: [epoch(1, Number.NaN, Number.NaN)] }),
        trial(2, { history: [epoch(1, 0.5)] }),
      ],
      'valAccuracy',
    );
    expect(rows).toEqual([
      { epoch: 1, t0: 0.6 },
      { epoch: 2, t0: 0.8 },
    ]);
  });

  it('is empty before any epoch', () => {
    expect(objectiveCurveRows([trial(0, { state: 'running' })], 'valLoss')).toEqual([]);
  });
});

describe('windowMax', () => {
  it('finds the highest value of the rows in a window, or null when none has one', () => {
    const rows = [
      { epoch: 1, t0: 0.9, t1: 2 },
      { epoch: 2, t0: 0.7, t1: 0.4 },
      { epoch: 3, t0: 0.5 },
      { epoch: 4 },
    ];
    expect(windowMax(rows, 0, 3)).toBe(2);
    expect(windowMax(rows, 1, 2)).toBe(0.7);
    expect(windowMax(rows, 3, 3)).toBeNull();
  });
});

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
  const row = objectiveCurveRows(trials, 'valLoss')[0];

  it('lists the best, selected and running trials, better first', () => {
    expect(
      tooltipEntries(row, trials, { bestNumber: 0, selectedNumber: 3, direction: 'minimize' }),
    ).toEqual([
      { number: 1, value: 0.2, role: 'running' },
      { number: 3, value: 0.3, role: 'selected' },
      { number: 0, value: 0.4, role: 'best' },
    ]);
    expect(
      tooltipEntries(row, trials, { bestNumber: 0, selectedNumber: null, direction: 'maximize' }),
    ).toEqual([
      { number: 0, value: 0.4, role: 'best' },
      { number: 1, value: 0.2, role: 'running' },
    ]);
  });

  it('is empty away from the data', () => {
    expect(
      tooltipEntries(undefined, trials, {
        bestNumber: 0,
        selectedNumber: 1,
        direction: 'minimize',
      }),
    ).toEqual([]);
  });
});

describe('searchStatusSentence', () => {
  const search = (change: Partial<SearchState>): SearchState => ({
    ...idleSearch(),
    plannedTrials: 6,
    ...change,
  });
  const best = trial(1, { value: 0.2143, bestValue: 0.2 });

  it('says when nothing has run', () => {
    expect(searchStatusSentence(idleSearch())).toBe('No search has run yet.');
  });

  it('names the latest running trial, the parallel count and the best so far', () => {
    expect(
      searchStatusSentence(
        search({
          status: 'running',
          trials: [trial(0), best, trial(2, { state: 'running' }), trial(3, { state: 'running' })],
          bestNumber: 1,
        }),
      ),
    ).toBe('Trial 4 of 6 running (2 in parallel) · best so far: trial 2, validation loss 0.214');
    expect(
      searchStatusSentence(search({ status: 'running', trials: [trial(0, { state: 'running' })] })),
    ).toBe('Trial 1 of 6 running');
  });

  it('says which trial is starting when none runs yet', () => {
    expect(searchStatusSentence(search({ status: 'running' }))).toBe('Starting trial 1 of 6');
  });

  it('reports accuracy objectives as percentages', () => {
    expect(
      searchStatusSentence(
        search({
          status: 'paused',
          objective: 'valAccuracy',
          direction: 'maximize',
          trials: [trial(0, { value: 0.9123 }), trial(1, { state: 'running' })],
          bestNumber: 0,
        }),
      ),
    ).toBe('Paused: 1 of 6 trials ended · best so far: trial 1, validation accuracy 91.2%');
  });

  it('counts the trials still running while stopping', () => {
    expect(
      searchStatusSentence(
        search({ status: 'stopping', trials: [trial(0, { state: 'running' })] }),
      ),
    ).toBe('Stopping: waiting for 1 running trial to end');
  });

  it.each([
    ['exhausted', 'the grid is exhausted'],
    ['max-trials', 'the trial budget is spent'],
    ['max-minutes', 'the time budget is spent'],
    ['stopped', 'stopped'],
  ] as const)('explains a finish by %s', (endReason, words) => {
    expect(
      searchStatusSentence(
        search({ status: 'finished', endReason, trials: [trial(0), best], bestNumber: 1 }),
      ),
    ).toBe(`Finished: 2 trials, ${words}. Best: trial 2, validation loss 0.214.`);
  });

  it('says when a search could not start', () => {
    expect(
      searchStatusSentence(search({ status: 'finished', message: 'Add at least one parameter.' })),
    ).toBe('The search could not start.');
  });

  it('says when no trial completed', () => {
    expect(
      searchStatusSentence(
        search({
          status: 'finished',
          endReason: 'stopped',
          trials: [trial(0, { state: 'failed' })],
        }),
      ),
    ).toBe('Finished: 1 trial, stopped. No trial completed.');
  });
});

describe('trialStateSentence', () => {
  it('says how far each trial got', () => {
    const h = [epoch(1, 1), epoch(2, 1)];
    expect(trialStateSentence(trial(0, { state: 'waiting' }))).toBe('Waiting for a free worker');
    expect(trialStateSentence(trial(0, { state: 'running', history: [epoch(1, 1)] }))).toBe(
      'Running: 1 epoch so far',
    );
    expect(trialStateSentence(trial(0, { history: h }))).toBe('Complete after 2 epochs');
    expect(trialStateSentence(trial(0, { state: 'pruned', history: h }))).toBe(
      'Pruned after 2 epochs',
    );
    expect(trialStateSentence(trial(0, { state: 'failed', attempts: 2 }))).toBe(
      'Failed after 0 epochs, retried after its worker crashed',
    );
    expect(trialStateSentence(trial(0, { state: 'diverged', history: h }))).toBe(
      'Diverged after 2 epochs',
    );
  });
});

describe('maxSearchEpochs', () => {
  const withEpochs = (distribution: Distribution) => ({
    ...DEFAULT_SPEC,
    search: {
      ...DEFAULT_SPEC.search,
      params: [{ target: 'training.epochs', distribution, gridPoints: 3, condition: null }],
    },
  });

  it("takes the spec's epochs, or the top of the searched ones", () => {
    expect(maxSearchEpochs(DEFAULT_SPEC)).toBe(DEFAULT_SPEC.training.epochs);
    expect(
      maxSearchEpochs(withEpochs({ type: 'int', low: 10, high: 250, step: 1, log: false })),
    ).toBe(250);
    expect(maxSearchEpochs(withEpochs({ type: 'categorical', choices: [20, 300, 50] }))).toBe(300);
  });
});
