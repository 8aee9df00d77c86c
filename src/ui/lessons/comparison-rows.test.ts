import { afterEach, describe, expect, it } from 'vitest';
import { textMessage } from '../../engine/client/engine-messages';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { switchDataset } from '../../experiment/adapt';
import type { VariantState } from '../../store/compare-slice';
import { i18n } from '../i18n/i18n';
import { idleRun } from '../../store/run-events';
import { epoch } from '../../store/testing/trial-fixtures';
import {
  VARIANT_COLORS,
  bestOf,
  chartRows,
  chartSummary,
  comparisonRows,
  lossCeiling,
  spansWidely,
  variantStatus,
} from './comparison-rows';

const variant = (key: string, change: Partial<VariantState> = {}): VariantState => ({
  ...idleRun(DEFAULT_SPEC),
  id: 1,
  runId: 1,
  status: 'training',
  key,
  waitingForData: false,
  divergedEpoch: null,
  failure: null,
  ...change,
});

const info = (params: number) => ({
  backend: 'cpu' as const,
  params,
  trainSize: 320,
  validationSize: 80,
  batchesPerEpoch: 10,
  folds: 1,
});

describe('comparison rows', () => {
  it('derives each variant’s numbers, its label (or key) and a colour of its own', () => {
    const rows = comparisonRows(
      [
        variant('right', {
          status: 'completed',
          finishReason: 'completed',
          info: info(1234),
          history: [epoch(1, 0.6, 0.7), epoch(2, 0.3, 0.9), epoch(3, 0.4, 0.85)],
          elapsedMs: 2500,
        }),
        variant('too-large'),
      ],
      { right: 'Just right' },
    );
    expect(rows[0]).toEqual({
      key: 'right',
      label: 'Just right',
      color: VARIANT_COLORS[0],
      params: 1234,
      epochs: 3,
      plannedEpochs: DEFAULT_SPEC.training.epochs,
      trainLoss: 0.4,
      bestValLoss: 0.3,
      bestEpoch: 2,
      valAccuracy: 0.85,
      classification: true,
      seconds: 2.5,
      status: 'Finished',
      failed: false,
    });
    expect(rows[1]).toMatchObject({
      label: 'too-large',
      color: VARIANT_COLORS[1],
      params: null,
      epochs: 0,
      trainLoss: null,
      bestValLoss: null,
      bestEpoch: null,
      valAccuracy: null,
      seconds: null,
      status: 'Training',
    });
  });

  it('shows the kept epoch’s accuracy when early stopping restored it, none for regression', () => {
    const history = [epoch(1, 0.5, 0.8), epoch(2, 0.7, 0.6)];
    const [kept] = comparisonRows(
      [
        variant('early', {
          status: 'completed',
          finishReason: 'early-stopped',
          restoredBest: true,
          bestEpoch: 1,
          history,
        }),
      ],
      {},
    );
    expect(kept).toMatchObject({ valAccuracy: 0.8, status: 'Stopped early at epoch 2' });
    const regression = switchDataset(DEFAULT_SPEC, 'curve', null);
    const [fit] = comparisonRows([variant('mae', { spec: regression, history })], {});
    expect(fit).toMatchObject({ classification: false, valAccuracy: null });
  });

  it('words every status, a diverged variant with its epoch and failures from their codes', () => {
    expect(variantStatus(variant('a', { status: 'diverged', divergedEpoch: 7 }))).toBe(
      'Diverged at epoch 7',
    );
    expect(variantStatus(variant('a', { status: 'starting', waitingForData: true }))).toBe(
      'Waiting for the digits to load',
    );
    expect(variantStatus(variant('a', { status: 'starting', queuePosition: 2 }))).toBe(
      'Waiting for a free worker (2 in the queue)',
    );
    expect(variantStatus(variant('a', { status: 'stopped' }))).toBe('Stopped');
    expect(
      variantStatus(
        variant('a', {
          status: 'failed',
          failure: 'data-failed',
          message: textMessage('HTTP 404'),
        }),
      ),
    ).toBe('Failed: the digits could not be loaded (HTTP 404).');
    expect(
      variantStatus(variant('a', { status: 'failed', message: textMessage('Out of memory.') })),
    ).toBe('Failed: Out of memory.');
    const [row] = comparisonRows([variant('a', { status: 'diverged', divergedEpoch: 3 })], {});
    expect(row).toMatchObject({ failed: true, status: 'Diverged at epoch 3' });
  });

  it('finds the lowest validation loss, the first of equals, skipping values that are not finite', () => {
    expect(bestOf([epoch(1, 0.5), epoch(2, Number.NaN), epoch(3, 0.2), epoch(4, 0.2)])?.epoch).toBe(
      3,
    );
    expect(bestOf([])).toBeNull();
  });
});

describe('comparison chart', () => {
  it('puts each variant’s losses side by side per epoch; a line ends where its variant ended', () => {
    const a = { history: [epoch(1, 0.5), epoch(2, 0.4), epoch(3, 0.3)] };
    const b = { history: [epoch(1, 0.9), { ...epoch(2, Infinity) }] };
    expect(chartRows([a, b])).toEqual([
      { epoch: 1, val0: 0.5, train0: 0.5, val1: 0.9, train1: 0.9 },
      { epoch: 2, val0: 0.4, train0: 0.4 },
      { epoch: 3, val0: 0.3, train0: 0.3 },
    ]);
    // A log axis cannot show zero.
    expect(chartRows([{ history: [epoch(1, 0)] }], true)).toEqual([{ epoch: 1 }]);
  });

  it('offers a log axis when the losses span over 100 times', () => {
    expect(spansWidely([{ history: [epoch(1, 0.5), epoch(2, 0.01)] }])).toBe(false);
    expect(spansWidely([{ history: [epoch(1, 0.5)] }, { history: [epoch(1, 80)] }])).toBe(true);
    expect(spansWidely([])).toBe(false);
    // Above the ceiling (a diverging variant) does not count.
    expect(spansWidely([{ history: [epoch(1, 0.5)] }, { history: [epoch(1, 80)] }], 100, 5)).toBe(
      false,
    );
  });

  it('tops the loss axis at three times the largest first-epoch validation loss, so a divergence leaves it', () => {
    expect(lossCeiling([])).toBeNull();
    const first = epoch(1, 0.7);
    const l2 = { ...epoch(1, 0.4), loss: 3.8 };
    expect(lossCeiling([{ history: [first, epoch(2, 1e30)] }, { history: [l2] }])).toBeCloseTo(
      3 * Math.max(first.valLoss, l2.valLoss),
    );
  });

  it('summarises each variant’s best validation loss for assistive technology', () => {
    const rows = comparisonRows(
      [
        variant('relu', { history: [epoch(1, 0.5), epoch(2, 0.25)] }),
        variant('sigmoid', { status: 'diverged', divergedEpoch: 1 }),
      ],
      { relu: 'ReLU', sigmoid: 'Sigmoid' },
    );
    expect(chartSummary(rows)).toBe(
      'Validation loss per epoch of 2 variants: ReLU, best 0.250 at epoch 2; Sigmoid, no epoch yet (Diverged at epoch 1).',
    );
    expect(chartSummary([])).toBe('Validation loss per epoch: no variants yet.');
  });
});

describe('comparison words in Chinese', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('words statuses and the chart summary in the language on screen', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(variantStatus(variant('a', { status: 'diverged', divergedEpoch: 7 }))).toBe(
      '在第 7 轮发散',
    );
    expect(variantStatus(variant('a', { status: 'starting', queuePosition: 2 }))).toBe(
      '正在等待空闲的后台线程（排在第 2 位）',
    );
    expect(variantStatus(variant('a', { status: 'failed', failure: 'data-missing' }))).toBe(
      '失败：它的数据没有加载。',
    );
    const rows = comparisonRows(
      [
        variant('relu', { history: [epoch(1, 0.5), epoch(2, 0.25)] }),
        variant('sigmoid', { status: 'diverged', divergedEpoch: 1 }),
      ],
      { relu: 'relu', sigmoid: 'sigmoid' },
    );
    expect(chartSummary(rows)).toBe(
      '2 个变体每轮的验证损失：relu，最佳 0.250（第 2 轮）；sigmoid，还没有完成任何轮次（在第 1 轮发散）。',
    );
  });
});
