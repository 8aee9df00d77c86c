import { describe, expect, it } from 'vitest';
import { message } from '../lib/message';
import type { LayerSpec } from './layers';
import type { ProblemOf } from './problem';
import { inferModel } from './shape-inference';

const dense = (units: number): LayerSpec => ({
  type: 'dense',
  units,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const conv = (filters = 4): LayerSpec => ({
  type: 'conv2d',
  filters,
  kernelSize: 3,
  strides: 1,
  padding: 'same',
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const FLATTEN: LayerSpec = { type: 'flatten' };
const GLOBAL_POOL: LayerSpec = { type: 'globalAveragePooling2d' };
const maxPool: LayerSpec = { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' };
const dropout: LayerSpec = { type: 'dropout', rate: 0.25 };
const reshape = (...targetShape: number[]): LayerSpec => ({ type: 'reshape', targetShape });
const lstm: LayerSpec = { type: 'lstm', units: 8, activation: 'tanh', returnSequences: false };

/** The first error of a stack, which must be at `index` and be an image layer's. */
function imageErrorAt(inputShape: number[], layers: LayerSpec[], index: number) {
  const { firstError } = inferModel(inputShape, layers);
  expect(firstError?.index).toBe(index);
  expect(firstError?.problem.code).toBe('needs-image');
  return firstError!.problem as ProblemOf<'needs-image'>;
}

const fix = (code: string, params: Record<string, unknown>) =>
  message(`problems:imageFixes.${code}`, params as never);
const toShape = (shape: string) => message('problems:reshapeTargets.shape', { shape });
const toSize = (size: number) => message('problems:reshapeTargets.size', { size });

// The words are the UI's (src/ui/shared/shape-problem-text.test.ts reads them); here, which fix.
describe('an image layer on a flat input names the fix that fits the stack above it', () => {
  it('right after a Flatten of an image: remove that Flatten', () => {
    expect(imageErrorAt([8, 8, 1], [FLATTEN, conv()], 1)).toEqual({
      code: 'needs-image',
      path: 'model.layers.1',
      params: { layer: 'Conv2D', shape: '(64)', fix: fix('remove-flatten', {}) },
    });
  });

  it('a Dense between the Flatten and the Conv2D: removing the Flatten is not the fix', () => {
    expect(imageErrorAt([28, 28, 1], [FLATTEN, dense(16), conv()], 2).params.fix).toEqual(
      fix('move-above', {
        place: 1,
        name: 'Flatten',
        shape: '(28, 28, 1)',
        reshape: toShape('(4, 4, 1)'),
        layer: 'Conv2D',
      }),
    );
  });

  it('the Flatten further up, with layers that keep the size between: reshape back to the image', () => {
    expect(imageErrorAt([8, 8, 2], [conv(), FLATTEN, dropout, maxPool], 3).params).toEqual({
      layer: 'MaxPooling2D',
      shape: '(256)',
      fix: fix('move-above', {
        place: 2,
        name: 'Flatten',
        shape: '(8, 8, 4)',
        reshape: toShape('(8, 8, 4)'),
        layer: 'MaxPooling2D',
      }),
    });
  });

  it('no Flatten at all, on flat data: no layer to remove, Dense layers or a Reshape', () => {
    expect(imageErrorAt([2], [dense(8), dense(8), conv()], 2).params.fix).toEqual(
      fix('flat-data', { shape: '(2)', reshape: toSize(8), layer: 'Conv2D' }),
    );
    // Directly on the data, with a size that makes a square image.
    expect(imageErrorAt([784], [conv()], 0).params.fix).toEqual(
      fix('flat-data', { shape: '(784)', reshape: toShape('(28, 28, 1)'), layer: 'Conv2D' }),
    );
  });

  it('a GlobalAveragePooling2D made it flat: move the layer above it', () => {
    expect(
      imageErrorAt([8, 8, 1], [conv(), GLOBAL_POOL, dense(9), GLOBAL_POOL], 3).params.fix,
    ).toEqual(
      fix('move-above', {
        place: 2,
        name: 'GlobalAveragePooling2D',
        shape: '(8, 8, 4)',
        reshape: toShape('(3, 3, 1)'),
        layer: 'GlobalAveragePooling2D',
      }),
    );
  });

  it('a Reshape made it flat: change that Reshape', () => {
    expect(imageErrorAt([8, 8, 1], [reshape(64), conv()], 1).params.fix).toEqual(
      fix('change-reshape', { place: 1, name: 'Reshape', shape: '(8, 8, 1)' }),
    );
  });

  it('a sequence made flat: moving the layer up would not give it an image, so a Reshape', () => {
    expect(imageErrorAt([20, 1], [FLATTEN, conv()], 1).params.fix).toEqual(
      fix('flat-sequence', {
        place: 1,
        name: 'Flatten',
        shape: '(20, 1)',
        reshape: toSize(20),
        layer: 'Conv2D',
      }),
    );
    expect(imageErrorAt([20, 3], [lstm, conv()], 1).params.fix).toEqual(
      fix('flat-sequence', {
        place: 1,
        name: 'LSTM',
        shape: '(20, 3)',
        reshape: toSize(8),
        layer: 'Conv2D',
      }),
    );
  });

  it('inputs that are not flat keep their own fixes', () => {
    expect(imageErrorAt([20, 1], [conv()], 0).params).toEqual({
      layer: 'Conv2D',
      shape: '(20, 1)',
      fix: fix('reshape-to', { shape: '(20, 1, 1)' }),
    });
    expect(imageErrorAt([2, 2, 2, 2], [conv()], 0).params.fix).toEqual(fix('reshape-to-image', {}));
  });
});

describe('a setting out of its range', () => {
  it("is the schema's problem for that setting, located in the spec", () => {
    const layer = { ...dense(4), units: 0 };
    expect(inferModel([4], [dense(8), layer]).firstError).toEqual({
      index: 1,
      problem: {
        code: 'too-small',
        path: 'model.layers.1.units',
        params: { field: 'model.layers.*.units', min: 1 },
      },
    });
  });
});
