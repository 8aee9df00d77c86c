import { describe, expect, it } from 'vitest';
import { epoch } from '../../store/testing/trial-fixtures';
import type { SavedRun } from '../../store/saved-slice';
import { overlayRows } from './RunsOverlay';

const run = (id: string, losses: number[]): SavedRun => ({
  id,
  name: id,
  createdAt: 0,
  status: 'completed',
  message: null,
  history: losses.map((loss, i) => epoch(i + 1, loss)),
  durationMs: null,
  params: null,
  ranOn: 'cpu',
  dataset: 'circle',
  layers: 3,
  epochs: losses.length,
  optimizer: 'adam',
  learningRate: 0.03,
  modelKept: false,
});

describe('overlayRows', () => {
  it('puts each run’s losses side by side per epoch, the shorter run ending where it ended', () => {
    expect(overlayRows([run('a', [0.5, 0.4, 0.3]), run('b', [0.9])])).toEqual([
      { epoch: 1, train0: 0.5, val0: 0.5, train1: 0.9, val1: 0.9 },
      { epoch: 2, train0: 0.4, val0: 0.4 },
      { epoch: 3, train0: 0.3, val0: 0.3 },
    ]);
  });
});
