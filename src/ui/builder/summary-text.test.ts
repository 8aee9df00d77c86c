import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LayerSpec } from '../../experiment/layers';
import { inferModel } from '../../experiment/shape-inference';
import { paramCell, summaryCounts } from './summary-text';
import { i18n } from '../i18n/i18n';

const dense = (units: number): LayerSpec => ({
  type: 'dense',
  units,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const conv: LayerSpec = {
  type: 'conv2d',
  filters: 4,
  kernelSize: 3,
  strides: 1,
  padding: 'valid',
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
};
const FLATTEN: LayerSpec = { type: 'flatten' };
const BATCH_NORM: LayerSpec = { type: 'batchNormalization' };

const countsOf = (inputShape: number[], layers: LayerSpec[]) =>
  summaryCounts(layers, inferModel(inputShape, layers));

describe('summaryCounts', () => {
  it('a model that builds: its total, and what training updates', () => {
    expect(countsOf([2], [dense(8), BATCH_NORM, dense(1)])).toEqual({
      caption: 'Model summary, 65 parameters',
      totalLabel: 'Total params',
      total: '65',
      trainableLabel: 'Trainable params',
      // BatchNormalization's moving mean and variance (8 + 8) are not trained.
      trainable: '49',
    });
  });

  it('a refused stack counts only the layers before the one that stops it, and says so', () => {
    // Conv2D(4, 3×3) on 8×8×1: 40, Flatten: 0, Dense(8) on 144: 1,160, then a Conv2D on (8).
    const counts = countsOf([8, 8, 1], [conv, FLATTEN, dense(8), conv, dense(2)]);
    expect(counts).toEqual({
      caption:
        'Model summary, incomplete: the stack stops at layer 4, so only layers 1–3 are counted (1,200 parameters)',
      totalLabel: 'Params in layers 1–3',
      total: '1,200',
      trainableLabel: 'Trainable in layers 1–3',
      trainable: '1,200',
    });
    expect(counts.caption).not.toMatch(/^Model summary, [\d,]+ parameters/);
  });

  it('a stack that stops at its second layer counts the first alone', () => {
    expect(countsOf([8], [dense(4), conv])).toEqual({
      caption:
        'Model summary, incomplete: the stack stops at layer 2, so only layer 1 is counted (36 parameters)',
      totalLabel: 'Params in layer 1',
      total: '36',
      trainableLabel: 'Trainable in layer 1',
      trainable: '36',
    });
  });

  it('a stack that stops at its first layer has nothing to count', () => {
    expect(countsOf([8], [conv, dense(2)])).toEqual({
      caption: 'Model summary, incomplete: the stack stops at layer 1, so nothing is counted',
      totalLabel: 'Total params',
      total: '—',
      trainableLabel: 'Trainable params',
      trainable: '—',
    });
  });

  it('an input shape that is not valid has nothing to count', () => {
    expect(countsOf([0], [dense(2)])).toEqual({
      caption: 'Model summary, not counted: the input shape is not valid',
      totalLabel: 'Total params',
      total: '—',
      trainableLabel: 'Trainable params',
      trainable: '—',
    });
  });

  it('a model too large to train still has a complete count', () => {
    expect(countsOf([12500], [dense(4000)]).caption).toBe('Model summary, 50,004,000 parameters');
  });
});

describe('paramCell', () => {
  it('a counted layer shows its parameters, a layer with no shape a dash rather than 0', () => {
    const result = inferModel([8], [dense(4), conv, dense(2)]);
    expect(result.layers.map(paramCell)).toEqual(['36', '—', '—']);
  });
});

describe('summaryCounts in Chinese', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('says how many parameters, and which layers are counted', () => {
    expect(countsOf([2], [dense(8), BATCH_NORM, dense(1)]).caption).toBe('模型概要，共 65 个参数');
    const counts = countsOf([8, 8, 1], [conv, FLATTEN, dense(8), conv, dense(2)]);
    expect(counts.caption).toBe(
      '模型概要（不完整）：模型在第 4 层中断，所以只计入了第 1–3 层（1,200 个参数）',
    );
    expect(counts.totalLabel).toBe('第 1–3 层的参数');
    expect(countsOf([8], [dense(4), conv]).trainableLabel).toBe('第 1 层的可训练参数');
  });
});
