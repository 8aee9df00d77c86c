import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { StoredRun, StoredStudy, StoredTrial } from '../records';

/** A study record and trial records as the storage tests build them. */
export const storedStudy = (change: Partial<StoredStudy> = {}): StoredStudy => ({
  id: 'study-1',
  name: 'Search 1',
  createdAt: 1_000,
  updatedAt: 2_000,
  spec: DEFAULT_SPEC,
  backend: 'cpu',
  status: 'running',
  endReason: null,
  elapsedMs: 0,
  trialCount: 0,
  best: null,
  raceId: null,
  ...change,
});

export const storedTrial = (number: number, change: Partial<StoredTrial> = {}): StoredTrial => ({
  studyId: 'study-1',
  number,
  state: 'complete',
  params: { 'training.learningRate': 0.01 },
  value: 0.5,
  intermediate: [[0, 0.5]],
  systemAttrs: [],
  history: [],
  startedAt: 1_000,
  completedAt: 1_500,
  durationMs: 500,
  message: null,
  problems: [],
  attempts: 1,
  retryOf: null,
  ...change,
});

export const storedRun = (change: Partial<StoredRun> = {}): StoredRun => ({
  id: 'run-1',
  name: '',
  createdAt: 1_000,
  updatedAt: 2_000,
  spec: DEFAULT_SPEC,
  backend: 'auto',
  ranOn: 'cpu',
  status: 'completed',
  message: null,
  history: [],
  durationMs: 900,
  params: 105,
  test: null,
  info: null,
  predictions: [],
  finishReason: null,
  bestEpoch: null,
  restoredBest: false,
  ...change,
});
