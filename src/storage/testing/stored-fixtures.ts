import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { StoredStudy, StoredTrial } from '../records';

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
