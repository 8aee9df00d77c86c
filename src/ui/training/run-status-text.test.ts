import { afterEach, describe, expect, it } from 'vitest';
import type { EpochMetrics } from '../../engine/client/protocol';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { RunState } from '../../store/run-events';
import { idleRun } from '../../store/run-events';
import { i18n } from '../i18n/i18n';
import { describeRun } from './run-status-text';

const epochs = (count: number): EpochMetrics[] =>
  Array.from({ length: count }, (_, i) => ({
    epoch: i + 1,
    loss: 0.5,
    valLoss: 0.5,
    accuracy: null,
    valAccuracy: null,
    learningRate: 0.01,
    valLossStd: null,
    valAccuracyStd: null,
  }));

const INFO = {
  backend: 'wasm',
  params: 17,
  trainSize: 320,
  validationSize: 80,
  batchesPerEpoch: 10,
  folds: 1,
} as const;

function run(change: Partial<RunState>, total = 20): RunState {
  const spec = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: total } };
  return { ...idleRun(spec), ...change };
}

afterEach(() => i18n.changeLanguage('en'));

describe('the run status line in English', () => {
  it('says what the run is doing, epoch by epoch', () => {
    expect(describeRun(run({}), 'auto')).toBe('Ready. Press Train to start.');
    expect(describeRun(run({ status: 'starting', queuePosition: 2 }), 'auto')).toBe(
      'Waiting for a free worker (2 in the queue)…',
    );
    expect(describeRun(run({ status: 'starting' }), 'auto')).toBe(
      'Measuring which backend trains this model fastest…',
    );
    expect(describeRun(run({ status: 'starting' }), 'cpu')).toBe('Starting the cpu backend…');
    const training = run({ status: 'training', info: INFO, history: epochs(3) });
    expect(describeRun(training, 'auto')).toBe('Training on wasm: epoch 3 of 20.');
    expect(describeRun({ ...training, progress: { epoch: 4, batch: 7, loss: 0.4 } }, 'auto')).toBe(
      'Training on wasm: epoch 3 of 20, batch 7 of 10.',
    );
    expect(describeRun(run({ status: 'paused', history: epochs(3) }), 'auto')).toBe(
      'Paused at epoch 4 of 20. The model stays in memory; press Resume to go on.',
    );
  });

  it('writes epochs as typed (no grouping) and as one or many', () => {
    const done = { status: 'completed', info: INFO, elapsedMs: 1500 } as const;
    expect(describeRun(run({ ...done, history: epochs(1) }, 1), 'auto')).toBe(
      'Finished 1 epoch in 1.5 s on wasm.',
    );
    expect(describeRun(run({ ...done, history: epochs(5) }, 5), 'auto')).toBe(
      'Finished 5 epochs in 1.5 s on wasm.',
    );
    expect(describeRun(run({ status: 'stopped', history: epochs(3) }, 5000), 'auto')).toBe(
      'Stopped after 3 of 5000 epochs.',
    );
    expect(describeRun(run({ status: 'diverged', history: epochs(0) }, 1), 'auto')).toBe(
      'Diverged after 0 of 1 epoch.',
    );
  });

  it('says why a run stopped early and which epoch was best', () => {
    const early = { status: 'completed', finishReason: 'early-stopped' } as const;
    expect(describeRun(run({ ...early, history: epochs(12) }), 'auto')).toBe(
      'Stopped early after 12 epochs: validation loss stopped improving.',
    );
    expect(describeRun(run({ ...early, history: epochs(12), bestEpoch: 7 }), 'auto')).toBe(
      'Stopped early after 12 epochs: validation loss stopped improving. The best epoch was 7.',
    );
    expect(
      describeRun(run({ ...early, history: epochs(12), bestEpoch: 7, restoredBest: true }), 'auto'),
    ).toBe(
      'Stopped early after 12 epochs: validation loss stopped improving. The best epoch was 7; the model keeps its weights.',
    );
  });
});

describe('the run status line in Chinese', () => {
  it('says the epoch and batch, and the time in the language’s units', async () => {
    await i18n.changeLanguage('zh-CN');
    const training = run({
      status: 'training',
      info: INFO,
      history: epochs(3),
      progress: { epoch: 4, batch: 7, loss: 0.4 },
    });
    expect(describeRun(training, 'auto')).toBe(
      '正在 wasm 上训练：第 3 轮，共 20 轮；第 7 批，共 10 批。',
    );
    expect(
      describeRun(
        run({ status: 'completed', info: INFO, elapsedMs: 1500, history: epochs(1) }, 1),
        'auto',
      ),
    ).toBe('已完成 1 轮，用时 1.5 秒，后端为 wasm。');
    expect(describeRun(run({ status: 'stopped', history: epochs(3) }, 5000), 'auto')).toBe(
      '已停止，完成了 3 轮（共 5000 轮）。',
    );
  });
});
