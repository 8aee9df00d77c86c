import { describe, expect, it } from 'vitest';
import type { SearchState } from '../../store/search-state';
import { idleSearch } from '../../store/search-state';
import { storeMessage } from '../../store/store-messages';
import {
  describeDistribution,
  formatDuration,
  formatParamValue,
  searchStatusSentence,
  trialDuration,
  trialStateSentence,
} from './search-view';

import { epoch, trial } from '../../store/testing/trial-fixtures';

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
    // The clock last ticked before the trial started: shown as not known yet, not as 0.0 s.
    expect(trialDuration(trial(0, { state: 'running', startedAt: 700 }), 600)).toBeNull();
    expect(trialDuration(trial(0, { durationMs: 42, startedAt: 100 }), 600)).toBe(42);
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

  it('counts only trials a worker trains as parallel, and names the ones waiting for a worker', () => {
    const gpu = (states: ('running' | 'waiting')[]) =>
      searchStatusSentence(
        search({
          status: 'running',
          trials: states.map((state, number) => trial(number, { state })),
        }),
      );
    expect(gpu(['running', 'waiting'])).toBe('Trial 1 of 6 running (1 waiting for a free worker)');
    expect(gpu(['running', 'running', 'waiting'])).toBe(
      'Trial 2 of 6 running (2 in parallel, 1 waiting for a free worker)',
    );
    expect(gpu(['waiting'])).toBe('Trial 1 of 6 waiting for a free worker');
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
      searchStatusSentence(
        search({ status: 'finished', message: storeMessage('data-not-loaded') }),
      ),
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
