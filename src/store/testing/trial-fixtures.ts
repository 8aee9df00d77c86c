import type { EpochMetrics } from '../../engine/client/protocol';
import type { SearchTrialView } from '../search-state';

/** A trial and an epoch as the search's unit tests build them. */
export const epoch = (
  n: number,
  valLoss: number,
  valAccuracy: number | null = null,
): EpochMetrics => ({
  epoch: n,
  loss: valLoss,
  valLoss,
  accuracy: valAccuracy,
  valAccuracy,
  learningRate: 0.01,
  valLossStd: null,
  valAccuracyStd: null,
});

export const trial = (number: number, change: Partial<SearchTrialView> = {}): SearchTrialView => ({
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
  retryOf: null,
  ...change,
});
