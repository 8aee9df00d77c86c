import { describe, expect, it } from 'vitest';
import { LAYER_CATALOG, layerOutputShape, layerParamCount } from './layer-catalog';
import { formatShape } from './layer-shapes';
import type { LayerOf, LayerSpec } from './layers';
import { LAYER_TYPES, layerSchemas } from './layers';
import { inferModel, PARAM_ERROR_LIMIT, PARAM_WARNING_LIMIT } from './shape-inference';
import { message } from '../lib/message';

const dense = (units: number, activation: LayerOf<'dense'>['activation'] = 'relu'): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  kernelL1: 0,
  kernelL2: 0,
});
const conv = (
  filters: number,
  kernelSize: number,
  strides = 1,
  padding: 'valid' | 'same' = 'valid',
): LayerSpec => ({
  type: 'conv2d',
  filters,
  kernelSize,
  strides,
  padding,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const maxPool = (poolSize: number, strides = poolSize, padding: 'valid' | 'same' = 'valid') =>
  ({ type: 'maxPooling2d', poolSize, strides, padding }) as const;
const avgPool = (poolSize: number, strides = poolSize, padding: 'valid' | 'same' = 'valid') =>
  ({ type: 'averagePooling2d', poolSize, strides, padding }) as const;
const rnn = (
  type: 'simpleRNN' | 'lstm' | 'gru',
  units: number,
  returnSequences = false,
): LayerSpec => ({ type, units, activation: 'tanh', returnSequences });
const FLATTEN: LayerSpec = { type: 'flatten' };
const dropout = (rate: number): LayerSpec => ({ type: 'dropout', rate });

/** Output shape and params of one layer on an input, or its error. */
function apply(input: number[], layer: LayerSpec) {
  const output = layerOutputShape(input, layer);
  return 'error' in output
    ? output
    : { shape: output.shape, params: layerParamCount(input, layer) };
}
/** The problem a layer reports on an input (the UI words it: src/ui/shared/shape-problem-text.test.ts). */
function errorOf(input: number[], layer: LayerSpec) {
  const output = layerOutputShape(input, layer);
  if (!('error' in output)) throw new Error(`expected an error, got ${formatShape(output.shape)}`);
  return output.error;
}
const fix = (code: string, params: Record<string, unknown>) =>
  message(`problems:imageFixes.${code}`, params as never);

describe('the catalog table', () => {
  it.each(LAYER_TYPES)('%s: defaults are a valid layer of that type', (type) => {
    const entry = LAYER_CATALOG[type];
    expect(entry.defaults.type).toBe(type);
    expect(layerSchemas[type].safeParse(entry.defaults).success).toBe(true);
    expect(entry.label.length).toBeGreaterThan(0);
  });

  it('has the defaults a student should start from', () => {
    expect(LAYER_CATALOG.dense.defaults).toMatchObject({ units: 16, activation: 'relu' });
    expect(LAYER_CATALOG.dropout.defaults.rate).toBe(0.25);
    expect(LAYER_CATALOG.conv2d.defaults).toMatchObject({
      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: 'valid',
      activation: 'relu',
    });
    for (const type of ['maxPooling2d', 'averagePooling2d'] as const) {
      expect(LAYER_CATALOG[type].defaults).toMatchObject({
        poolSize: 2,
        strides: 2,
        padding: 'valid',
      });
    }
    for (const type of ['simpleRNN', 'lstm', 'gru'] as const) {
      expect(LAYER_CATALOG[type].defaults).toMatchObject({
        units: 32,
        activation: 'tanh',
        returnSequences: false,
      });
    }
    expect(LAYER_CATALOG.reshape.defaults.targetShape).toEqual([28, 28, 1]);
  });

  it.each(LAYER_TYPES)('%s: params describe every field, within the schema’s limits', (type) => {
    const entry = LAYER_CATALOG[type];
    const schema = layerSchemas[type];
    const fields = Object.keys(schema.shape).filter((key) => key !== 'type');
    expect(entry.params.map((p) => p.key).sort()).toEqual(fields.sort());
    const parses = (key: string, value: unknown) =>
      schema.safeParse({ ...entry.defaults, [key]: value }).success;
    for (const param of entry.params) {
      // The words are the UI's (catalog:paramHelp); the catalog names which help applies.
      expect(param.help).toMatch(/^[a-z][A-Za-z0-9]*$/);
      switch (param.kind) {
        case 'int':
        case 'float':
          expect(parses(param.key, param.min)).toBe(true);
          expect(parses(param.key, param.max)).toBe(true);
          expect(parses(param.key, param.min - param.step)).toBe(false);
          expect(parses(param.key, param.max + param.step)).toBe(false);
          expect(parses(param.key, param.min + param.step)).toBe(true);
          break;
        case 'enum':
          for (const option of param.options) expect(parses(param.key, option.value)).toBe(true);
          expect(parses(param.key, 'nonsense')).toBe(false);
          expect((schema.shape as Record<string, unknown>)[param.key]).toHaveProperty(
            'options',
            param.options.map((o) => o.value),
          );
          break;
        case 'bool':
          expect(parses(param.key, true) && parses(param.key, false)).toBe(true);
          break;
        case 'shape':
          expect(parses(param.key, Array(param.maxLength).fill(param.max))).toBe(true);
          expect(parses(param.key, Array(param.minLength).fill(param.min))).toBe(true);
          expect(parses(param.key, Array(param.maxLength + 1).fill(1))).toBe(false);
          expect(parses(param.key, Array(param.minLength - 1).fill(1))).toBe(false);
          expect(parses(param.key, [param.min - 1])).toBe(false);
          expect(parses(param.key, [param.max + 1])).toBe(false);
          break;
      }
    }
  });
});

describe('output shapes and parameter counts', () => {
  it('Dense: (in + 1) × units, on the last axis of a 2-D or 3-D input like Keras', () => {
    expect(apply([4], dense(16))).toEqual({ shape: [16], params: 80 });
    expect(apply([1600], dense(10))).toEqual({ shape: [10], params: 16010 });
    expect(apply([10, 3], dense(5))).toEqual({ shape: [10, 5], params: 20 });
    expect(apply([4, 4, 3], dense(5))).toEqual({ shape: [4, 4, 5], params: 20 });
  });

  it('Dropout and BatchNormalization keep the shape; BatchNormalization has 4 per channel', () => {
    expect(apply([26, 26, 32], dropout(0.5))).toEqual({ shape: [26, 26, 32], params: 0 });
    const batchNorm: LayerSpec = { type: 'batchNormalization' };
    expect(apply([10], batchNorm)).toEqual({ shape: [10], params: 40 });
    expect(apply([26, 26, 32], batchNorm)).toEqual({ shape: [26, 26, 32], params: 128 });
    expect(apply([20, 3], batchNorm)).toEqual({ shape: [20, 3], params: 12 });
  });

  it('Flatten and Reshape move values without weights', () => {
    expect(apply([26, 26, 32], FLATTEN)).toEqual({ shape: [21632], params: 0 });
    expect(apply([20, 1], FLATTEN)).toEqual({ shape: [20], params: 0 });
    const reshape: LayerSpec = { type: 'reshape', targetShape: [28, 28, 1] };
    expect(apply([784], reshape)).toEqual({ shape: [28, 28, 1], params: 0 });
    expect(apply([28, 28], reshape)).toEqual({ shape: [28, 28, 1], params: 0 });
  });

  it('Conv2D: valid is floor((n − k) / s) + 1, same is ceil(n / s); k·k·cin·filters + filters', () => {
    expect(apply([28, 28, 1], conv(32, 3))).toEqual({ shape: [26, 26, 32], params: 320 });
    expect(apply([13, 13, 32], conv(64, 3))).toEqual({ shape: [11, 11, 64], params: 18496 });
    expect(apply([28, 28, 1], conv(8, 3, 2))).toEqual({ shape: [13, 13, 8], params: 80 });
    expect(apply([28, 28, 1], conv(8, 3, 2, 'same'))).toEqual({ shape: [14, 14, 8], params: 80 });
    expect(apply([7, 7, 3], conv(4, 5, 3, 'same'))).toEqual({ shape: [3, 3, 4], params: 304 });
    expect(apply([4, 4, 1], conv(2, 4))).toEqual({ shape: [1, 1, 2], params: 34 });
    // A stride alone never shrinks a side to 0: floor((n − k) / s) + 1 ≥ 1 whenever k ≤ n.
    expect(apply([4, 4, 1], conv(2, 1, 8))).toEqual({ shape: [1, 1, 2], params: 4 });
    // A kernel wider than the image is fine with same padding.
    expect(apply([4, 4, 1], conv(2, 5, 1, 'same'))).toEqual({ shape: [4, 4, 2], params: 52 });
  });

  it('pooling follows the same rule and has no weights', () => {
    expect(apply([26, 26, 32], maxPool(2))).toEqual({ shape: [13, 13, 32], params: 0 });
    expect(apply([11, 11, 64], maxPool(2))).toEqual({ shape: [5, 5, 64], params: 0 });
    expect(apply([5, 5, 1], avgPool(2, 2, 'same'))).toEqual({ shape: [3, 3, 1], params: 0 });
    expect(apply([5, 5, 1], avgPool(3, 1))).toEqual({ shape: [3, 3, 1], params: 0 });
    expect(apply([9, 6, 2], maxPool(2, 3))).toEqual({ shape: [3, 2, 2], params: 0 });
    expect(apply([6, 6, 64], { type: 'globalAveragePooling2d' })).toEqual({
      shape: [64],
      params: 0,
    });
  });

  it('recurrent layers: SimpleRNN u(in + u) + u, LSTM 4×, GRU 3× (tfjs has no reset_after)', () => {
    expect(apply([20, 1], rnn('simpleRNN', 8))).toEqual({ shape: [8], params: 80 });
    expect(apply([20, 1], rnn('simpleRNN', 8, true))).toEqual({ shape: [20, 8], params: 80 });
    expect(apply([10, 3], rnn('lstm', 4))).toEqual({ shape: [4], params: 128 });
    expect(apply([10, 3], rnn('lstm', 32, true))).toEqual({ shape: [10, 32], params: 4608 });
    expect(apply([10, 3], rnn('gru', 5, true))).toEqual({ shape: [10, 5], params: 135 });
    // Keras 2's GRU (reset_after=True) has a second bias per gate: 5,952 here.
    expect(apply([28, 28], rnn('gru', 32))).toEqual({ shape: [32], params: 5856 });
  });

  it('the classic Keras MNIST convnet has 34,826 parameters', () => {
    const result = inferModel(
      [28, 28, 1],
      [
        conv(32, 3),
        maxPool(2),
        conv(64, 3),
        maxPool(2),
        FLATTEN,
        dropout(0.5),
        dense(10, 'softmax'),
      ],
    );
    expect(result.layers.map((l) => l.outputShape)).toEqual([
      [26, 26, 32],
      [13, 13, 32],
      [11, 11, 64],
      [5, 5, 64],
      [1600],
      [1600],
      [10],
    ]);
    expect(result.layers.map((l) => l.params)).toEqual([320, 0, 18496, 0, 0, 0, 16010]);
    expect(result.totalParams).toBe(34826);
    expect(result.outputShape).toEqual([10]);
    expect(result.firstError).toBeNull();
    expect(result.modelError).toBeNull();
    expect(result.modelWarnings).toEqual([]);
    expect(result.layers.flatMap((l) => l.warnings)).toEqual([]);
  });
});

describe('errors, as problems with a fix', () => {
  it('an image layer after Flatten', () => {
    const result = inferModel([8, 8, 1], [FLATTEN, conv(8, 3)]);
    expect(result.firstError).toEqual({
      index: 1,
      problem: {
        code: 'needs-image',
        path: 'model.layers.1',
        params: { layer: 'Conv2D', shape: '(64)', fix: fix('remove-flatten', {}) },
      },
    });
    expect(errorOf([64], maxPool(2))).toMatchObject({
      code: 'needs-image',
      params: { layer: 'MaxPooling2D', shape: '(64)' },
    });
    expect(errorOf([64], avgPool(2))).toMatchObject({
      code: 'needs-image',
      params: { layer: 'AveragePooling2D' },
    });
    expect(errorOf([64], { type: 'globalAveragePooling2d' })).toMatchObject({
      code: 'needs-image',
      params: { layer: 'GlobalAveragePooling2D' },
    });
  });

  it('an image layer on a sequence suggests adding a channel axis', () => {
    expect(errorOf([20, 1], conv(8, 3))).toEqual({
      code: 'needs-image',
      path: '',
      params: {
        layer: 'Conv2D',
        shape: '(20, 1)',
        fix: fix('reshape-to', { shape: '(20, 1, 1)' }),
      },
    });
  });

  it('a pooling window larger than its input', () => {
    expect(errorOf([2, 2, 16], maxPool(3))).toEqual({
      code: 'window-too-large',
      path: '',
      params: { layer: 'MaxPooling2D', size: 3, shape: '(2, 2, 16)', max: 2 },
    });
    expect(errorOf([9, 2, 1], avgPool(3, 1))).toMatchObject({ params: { max: 2 } });
    expect(apply([2, 2, 16], maxPool(3, 3, 'same'))).toEqual({ shape: [1, 1, 16], params: 0 });
  });

  it('a kernel larger than the image with valid padding', () => {
    expect(errorOf([4, 4, 1], conv(8, 5, 2))).toEqual({
      code: 'kernel-too-large',
      path: '',
      params: { layer: 'Conv2D', size: 5, shape: '(4, 4, 1)', max: 4 },
    });
    // Images shrink layer by layer until a kernel no longer fits.
    const result = inferModel([28, 28, 1], [conv(4, 3), maxPool(2), conv(4, 5), maxPool(2)]);
    expect(result.layers.map((l) => l.outputShape)).toEqual([
      [26, 26, 4],
      [13, 13, 4],
      [9, 9, 4],
      [4, 4, 4],
    ]);
    expect(
      inferModel([28, 28, 1], [...Array.from({ length: 3 }, () => maxPool(3)), conv(2, 3)])
        .firstError,
    ).toEqual({
      index: 3,
      problem: expect.objectContaining({
        code: 'kernel-too-large',
        params: expect.objectContaining({ shape: '(1, 1, 1)' }),
      }),
    });
  });

  it('a recurrent layer fed something that is not a sequence', () => {
    expect(errorOf([64], rnn('lstm', 8))).toEqual({
      code: 'sequence-from-values',
      path: '',
      params: { layer: 'LSTM', shape: '(64)', target: '(64, 1)' },
    });
    expect(errorOf([28, 28, 1], rnn('gru', 8))).toEqual({
      code: 'sequence-from-rows',
      path: '',
      params: { layer: 'GRU', shape: '(28, 28, 1)', target: '(28, 28)' },
    });
    expect(errorOf([8], rnn('simpleRNN', 8))).toMatchObject({
      code: 'sequence-from-values',
      params: { layer: 'SimpleRNN' },
    });
  });

  it('a Reshape to a size that does not match', () => {
    expect(errorOf([28, 28, 1], { type: 'reshape', targetShape: [5, 5] })).toEqual({
      code: 'reshape-size-mismatch',
      path: '',
      params: { target: '(5, 5)', targetSize: 25, shape: '(28, 28, 1)', size: 784 },
    });
  });

  it('a Flatten on an input that is already flat (tfjs rejects it, unlike Keras)', () => {
    expect(errorOf([64], FLATTEN)).toEqual({
      code: 'flatten-already-flat',
      path: '',
      params: { shape: '(64)' },
    });
  });
});

describe('inferModel', () => {
  it('stops at the first error: later layers have no shape and no parameters', () => {
    const result = inferModel([12, 12, 1], [conv(4, 3), FLATTEN, maxPool(2), dense(8), dense(2)]);
    expect(result.layers[0]).toEqual({
      outputShape: [10, 10, 4],
      params: 40,
      error: null,
      warnings: [],
    });
    expect(result.layers[1]!.outputShape).toEqual([400]);
    expect(result.layers[2]!.error).toMatchObject({
      code: 'needs-image',
      path: 'model.layers.2',
      params: { layer: 'MaxPooling2D' },
    });
    expect(result.firstError?.index).toBe(2);
    for (const layer of result.layers.slice(2)) {
      expect(layer.outputShape).toBeNull();
      expect(layer.params).toBe(0);
    }
    expect(result.layers.slice(3).every((l) => l.error === null)).toBe(true);
    expect(result.totalParams).toBe(40);
    expect(result.outputShape).toBeNull();
  });

  it('with no layers, the output is the input', () => {
    expect(inferModel([4], [])).toEqual({
      layers: [],
      outputShape: [4],
      totalParams: 0,
      firstError: null,
      modelWarnings: [],
      modelError: null,
    });
  });

  it('refuses an input shape that is not a list of positive whole sizes', () => {
    for (const shape of [[], [0], [2.5], [3, -1]]) {
      const result = inferModel(shape, [dense(2)]);
      expect(result.modelError).toEqual({
        code: 'input-shape-invalid',
        path: 'model',
        params: { shape: `(${shape.join(', ')})` },
      });
      expect(result.layers[0]!.outputShape).toBeNull();
    }
  });

  it(`warns above ${PARAM_WARNING_LIMIT.toLocaleString('en-US')} parameters and refuses above ${PARAM_ERROR_LIMIT.toLocaleString('en-US')}`, () => {
    // (in + 1) × units lands exactly on each limit.
    expect(inferModel([4999], [dense(1000)])).toMatchObject({
      totalParams: PARAM_WARNING_LIMIT,
      modelWarnings: [],
      modelError: null,
    });
    const big = inferModel([5000], [dense(1000)]);
    expect(big.modelWarnings).toEqual([
      message('problems:warnings.slow-model', { params: 5_001_000 }),
    ]);
    expect(big.modelError).toBeNull();
    expect(inferModel([12499], [dense(4000)])).toMatchObject({
      totalParams: PARAM_ERROR_LIMIT,
      modelError: null,
    });
    const huge = inferModel([12500], [dense(4000)]);
    expect(huge.modelError).toEqual({
      code: 'too-many-params',
      path: 'model',
      params: { params: 50_004_000, limit: 50_000_000 },
    });
    expect(huge.firstError).toBeNull();
  });
});

describe('warnings for legal but questionable choices', () => {
  const warningsOf = (input: number[], layers: LayerSpec[]) =>
    inferModel(input, layers).layers.map((l) => l.warnings);

  it('sigmoid or tanh in three or more hidden Dense layers', () => {
    const deep = warningsOf(
      [4],
      [
        dense(8, 'sigmoid'),
        dense(8, 'tanh'),
        dense(8, 'relu'),
        dense(8, 'sigmoid'),
        dense(1, 'sigmoid'),
      ],
    );
    const saturating = message('problems:warnings.saturating-stack', { layers: 3 });
    expect(deep).toEqual([[saturating], [saturating], [], [saturating], []]);
    // Two hidden sigmoid layers, and a sigmoid output, are fine.
    expect(
      warningsOf([4], [dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(1, 'sigmoid')]).flat(),
    ).toEqual([]);
  });

  it('a linear hidden Dense followed by another Dense, even across a Dropout', () => {
    const linear = message('problems:warnings.linear-hidden', {});
    expect(warningsOf([4], [dense(8, 'linear'), dense(1, 'linear')])).toEqual([[linear], []]);
    expect(warningsOf([4], [dense(8, 'linear'), dropout(0.2), dense(1)])[0]).toEqual([linear]);
    expect(
      warningsOf([4], [dense(8, 'linear'), { type: 'batchNormalization' }, dense(1)]).flat(),
    ).toEqual([]);
  });

  it('Dropout as the last layer', () => {
    expect(warningsOf([4], [dense(8), dropout(0.5)])).toEqual([
      [],
      [message('problems:warnings.dropout-last', {})],
    ]);
  });

  it('Dense straight on an image', () => {
    expect(warningsOf([28, 28, 1], [dense(16)])).toEqual([
      [
        message('problems:warnings.dense-on-image', {
          input: '(28, 28, 1)',
          output: '(28, 28, 16)',
        }),
      ],
    ]);
    expect(warningsOf([20, 3], [dense(16)]).flat()).toEqual([]);
  });
});

describe('settings out of their range', () => {
  it('are the layer error, instead of shapes of Infinity or NaN', () => {
    const conv = { ...LAYER_CATALOG.conv2d.defaults, strides: 0 };
    const dense = { ...LAYER_CATALOG.dense.defaults, units: Number.NaN };
    const conved = inferModel(
      [28, 28, 1],
      [conv, { type: 'flatten' }, LAYER_CATALOG.dense.defaults],
    );
    expect(conved.firstError).toEqual({
      index: 0,
      problem: {
        code: 'too-small',
        path: 'model.layers.0.strides',
        params: { field: 'model.layers.*.strides', min: 1 },
      },
    });
    expect(conved.totalParams).toBe(0);
    const densed = inferModel([2], [dense]);
    expect(densed.firstError).toEqual({
      index: 0,
      problem: {
        code: 'wrong-type',
        path: 'model.layers.0.units',
        params: { field: 'model.layers.*.units', expected: 'number' },
      },
    });
  });
});
