import { describe, expect, it } from 'vitest';
import type { LayerSpec } from './layers';
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

const NEEDS_IMAGE = 'needs a 3-D input (height, width, channels) but receives';

/** The first error of a stack, which must be at `index`. */
function errorAt(inputShape: number[], layers: LayerSpec[], index: number): string {
  const { firstError } = inferModel(inputShape, layers);
  expect(firstError?.index).toBe(index);
  return firstError!.message;
}

describe('an image layer on a flat input names the fix that fits the stack above it', () => {
  it('right after a Flatten of an image: remove that Flatten', () => {
    expect(errorAt([8, 8, 1], [FLATTEN, conv()], 1)).toBe(
      `Conv2D ${NEEDS_IMAGE} (64). Remove the Flatten or add a Reshape.`,
    );
  });

  it('a Dense between the Flatten and the Conv2D: removing the Flatten is not the fix', () => {
    const message = errorAt([28, 28, 1], [FLATTEN, dense(16), conv()], 2);
    expect(message).toBe(
      `Conv2D ${NEEDS_IMAGE} (16). Layer 1 (Flatten) made the image (28, 28, 1) flat. Move the Conv2D above layer 1, or add a Reshape to (4, 4, 1) right before it.`,
    );
    expect(message).not.toContain('Remove the Flatten');
  });

  it('the Flatten further up, with layers that keep the size between: reshape back to the image', () => {
    expect(errorAt([8, 8, 2], [conv(), FLATTEN, dropout, maxPool], 3)).toBe(
      `MaxPooling2D ${NEEDS_IMAGE} (256). Layer 2 (Flatten) made the image (8, 8, 4) flat. Move the MaxPooling2D above layer 2, or add a Reshape to (8, 8, 4) right before it.`,
    );
  });

  it('no Flatten at all, on flat data: no layer to remove, Dense layers or a Reshape', () => {
    const message = errorAt([2], [dense(8), dense(8), conv()], 2);
    expect(message).toBe(
      `Conv2D ${NEEDS_IMAGE} (8). The data's input (2) is flat, not an image. Use Dense layers for it, or add a Reshape to (height, width, channels) whose sizes multiply to 8 right before the Conv2D.`,
    );
    expect(message).not.toContain('Flatten');
    // Directly on the data, with a size that makes a square image.
    expect(errorAt([784], [conv()], 0)).toBe(
      `Conv2D ${NEEDS_IMAGE} (784). The data's input (784) is flat, not an image. Use Dense layers for it, or add a Reshape to (28, 28, 1) right before the Conv2D.`,
    );
  });

  it('a GlobalAveragePooling2D made it flat: move the layer above it', () => {
    expect(errorAt([8, 8, 1], [conv(), GLOBAL_POOL, dense(9), GLOBAL_POOL], 3)).toBe(
      `GlobalAveragePooling2D ${NEEDS_IMAGE} (9). Layer 2 (GlobalAveragePooling2D) made the image (8, 8, 4) flat. Move the GlobalAveragePooling2D above layer 2, or add a Reshape to (3, 3, 1) right before it.`,
    );
  });

  it('a Reshape made it flat: change that Reshape', () => {
    expect(errorAt([8, 8, 1], [reshape(64), conv()], 1)).toBe(
      `Conv2D ${NEEDS_IMAGE} (64). Layer 1 (Reshape) made the image (8, 8, 1) flat. Give layer 1 a target shape of (height, width, channels) instead, such as (8, 8, 1).`,
    );
  });

  it('a sequence made flat: moving the layer up would not give it an image, so a Reshape', () => {
    expect(errorAt([20, 1], [FLATTEN, conv()], 1)).toBe(
      `Conv2D ${NEEDS_IMAGE} (20). Layer 1 (Flatten) made the sequence (20, 1) flat. Add a Reshape to (height, width, channels) whose sizes multiply to 20 right before the Conv2D.`,
    );
    expect(errorAt([20, 3], [lstm, conv()], 1)).toBe(
      `Conv2D ${NEEDS_IMAGE} (8). Layer 1 (LSTM) made the sequence (20, 3) flat. Add a Reshape to (height, width, channels) whose sizes multiply to 8 right before the Conv2D.`,
    );
  });

  it('inputs that are not flat keep their own fixes', () => {
    expect(errorAt([20, 1], [conv()], 0)).toBe(
      `Conv2D ${NEEDS_IMAGE} (20, 1). Add a Reshape to (20, 1, 1) first.`,
    );
  });
});
