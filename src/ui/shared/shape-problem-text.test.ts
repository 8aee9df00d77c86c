import { afterEach, describe, expect, it } from 'vitest';
import { layerOutputShape } from '../../experiment/layer-catalog';
import type { LayerSpec } from '../../experiment/layers';
import { inferModel } from '../../experiment/shape-inference';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';
import { problemText } from './problem-text';

// What people read of shape inference: its problems and advice, as the builder shows them.

const dense = (units: number, activation: 'relu' | 'sigmoid' | 'linear' = 'relu'): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  kernelL1: 0,
  kernelL2: 0,
});
const conv = (filters = 4, kernelSize = 3, padding: 'valid' | 'same' = 'same'): LayerSpec => ({
  type: 'conv2d',
  filters,
  kernelSize,
  strides: 1,
  padding,
  activation: 'relu',
  kernelL1: 0,
  kernelL2: 0,
});
const FLATTEN: LayerSpec = { type: 'flatten' };
const GLOBAL_POOL: LayerSpec = { type: 'globalAveragePooling2d' };
const maxPool = (poolSize = 2): LayerSpec => ({
  type: 'maxPooling2d',
  poolSize,
  strides: poolSize,
  padding: 'valid',
});
const dropout: LayerSpec = { type: 'dropout', rate: 0.25 };
const reshape = (...targetShape: number[]): LayerSpec => ({ type: 'reshape', targetShape });
const lstm: LayerSpec = { type: 'lstm', units: 8, activation: 'tanh', returnSequences: false };
const gru: LayerSpec = { type: 'gru', units: 8, activation: 'tanh', returnSequences: false };

const NEEDS_IMAGE = 'needs a 3-D input (height, width, channels) but receives';

/** The first error of a stack, which must be at `index`, in words. */
function errorAt(inputShape: number[], layers: LayerSpec[], index: number): string {
  const { firstError } = inferModel(inputShape, layers);
  expect(firstError?.index).toBe(index);
  return problemText(firstError!.problem);
}
/** One layer's error on an input, in words. */
function errorOf(input: number[], layer: LayerSpec): string {
  const output = layerOutputShape(input, layer);
  if (!('error' in output)) throw new Error('expected an error');
  return problemText(output.error);
}
const warningsOf = (input: number[], layers: LayerSpec[]) =>
  inferModel(input, layers).layers.map((l) => l.warnings.map(messageText));

afterEach(() => i18n.changeLanguage('en'));

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
    expect(errorAt([8, 8, 2], [conv(), FLATTEN, dropout, maxPool()], 3)).toBe(
      `MaxPooling2D ${NEEDS_IMAGE} (256). Layer 2 (Flatten) made the image (8, 8, 4) flat. Move the MaxPooling2D above layer 2, or add a Reshape to (8, 8, 4) right before it.`,
    );
  });

  it('no Flatten at all, on flat data: no layer to remove, Dense layers or a Reshape', () => {
    const message = errorAt([2], [dense(8), dense(8), conv()], 2);
    expect(message).toBe(
      `Conv2D ${NEEDS_IMAGE} (8). The data's input (2) is flat, not an image. Use Dense layers for it, or add a Reshape to (height, width, channels) whose sizes multiply to 8 right before the Conv2D.`,
    );
    expect(message).not.toContain('Flatten');
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
    expect(errorAt([2, 2, 2, 2], [conv()], 0)).toBe(
      `Conv2D ${NEEDS_IMAGE} (2, 2, 2, 2). Add a Reshape to (height, width, channels) first.`,
    );
  });
});

describe('other layer errors, in plain words with a fix', () => {
  it('a window or kernel larger than its input', () => {
    expect(errorOf([2, 2, 16], maxPool(3))).toBe(
      'MaxPooling2D\'s 3×3 window is larger than its input (2, 2, 16), so with padding "valid" nothing is left. Use a window of at most 2, or padding "same".',
    );
    expect(errorOf([4, 4, 1], conv(8, 5, 'valid'))).toBe(
      'Conv2D\'s 5×5 kernel is larger than its input (4, 4, 1), so with padding "valid" nothing is left. Use a kernel of at most 4, or padding "same".',
    );
  });

  it('a recurrent layer fed something that is not a sequence', () => {
    expect(errorOf([64], lstm)).toBe(
      'LSTM needs a sequence (timesteps, features) but receives (64). Add a Reshape to (64, 1) first, so each value is one timestep.',
    );
    expect(errorOf([28, 28, 1], gru)).toBe(
      'GRU needs a sequence (timesteps, features) but receives (28, 28, 1). Add a Reshape to (28, 28) first, so each row is one timestep.',
    );
  });

  it('a Reshape to a size that does not match, and a Flatten of a flat input', () => {
    expect(errorOf([28, 28, 1], reshape(5, 5))).toBe(
      'Reshape to (5, 5) holds 25 values but its input (28, 28, 1) holds 784. Choose sizes that multiply to 784.',
    );
    expect(errorOf([64], FLATTEN)).toBe(
      'Flatten needs an input with 2 or more dimensions but receives (64), which is already flat. Remove the Flatten.',
    );
  });

  it('a setting out of its range names the setting', () => {
    const strides = inferModel([28, 28, 1], [{ ...conv(), strides: 0 } as LayerSpec]);
    expect(problemText(strides.firstError!.problem)).toBe('Strides must be at least 1');
    const units = inferModel([2], [dense(Number.NaN)]);
    expect(problemText(units.firstError!.problem)).toBe('Units must be a number');
  });

  it('a model too big for a browser tab, or with an invalid input', () => {
    expect(problemText(inferModel([12500], [dense(4000)]).modelError!)).toBe(
      'This model has 50,004,000 parameters, more than the 50,000,000 a browser tab can train. Use fewer units or filters, or add pooling before Flatten.',
    );
    expect(problemText(inferModel([3, -1], [dense(2)]).modelError!)).toBe(
      'The input shape (3, -1) is not valid: every size must be a whole number of at least 1.',
    );
  });
});

describe('warnings for legal but questionable choices', () => {
  it('a slow model', () => {
    expect(inferModel([5000], [dense(1000)]).modelWarnings.map(messageText)).toEqual([
      'This model has 5,001,000 parameters, so training in the browser will be slow. Fewer units or filters, or pooling before Flatten, would shrink it.',
    ]);
  });

  it('sigmoid in three hidden Dense layers, a linear hidden layer, Dropout last, Dense on an image', () => {
    const layers = [dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(8, 'sigmoid'), dense(1)];
    expect(warningsOf([4], layers)[0]).toEqual([
      '3 hidden Dense layers use sigmoid or tanh: their gradients shrink at every layer, so the first layers barely learn. Try relu for hidden layers.',
    ]);
    expect(warningsOf([4], [dense(8, 'linear'), dense(1, 'linear')])[0]).toEqual([
      'This hidden Dense layer is linear and feeds another Dense layer, and two linear layers in a row are one linear layer. Give it an activation such as relu.',
    ]);
    expect(warningsOf([4], [dense(8), dropout])[1]).toEqual([
      "Dropout as the last layer randomly zeroes the model's outputs while training. Move it before the last Dense layer.",
    ]);
    expect(warningsOf([28, 28, 1], [dense(16)])[0]).toEqual([
      'Dense on the image (28, 28, 1) works on its last axis only and gives (28, 28, 16). Add a Flatten before it to connect every value.',
    ]);
  });
});

describe('in Chinese', () => {
  it('says the same problems and fixes, shapes and layer names unchanged', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(errorAt([28, 28, 1], [FLATTEN, dense(16), conv()], 2)).toBe(
      'Conv2D 需要三维输入（高，宽，通道），但收到的是 (16)。第 1 层（Flatten）把图像 (28, 28, 1) 变成了扁平的。请把 Conv2D 移到第 1 层之上，或在它紧前面添加一个 Reshape，变形为 (4, 4, 1)。',
    );
    expect(errorAt([2], [dense(8), conv()], 1)).toBe(
      'Conv2D 需要三维输入（高，宽，通道），但收到的是 (8)。数据的输入 (2) 是扁平的，不是图像。请对它使用 Dense 层，或在 Conv2D 紧前面添加一个 Reshape，变形为各维乘积等于 8 的（高，宽，通道）。',
    );
    expect(errorOf([64], lstm)).toBe(
      'LSTM 需要一个序列（时间步，特征）作为输入，但收到的是 (64)。请先添加一个 Reshape，变形为 (64, 1)，让每个值成为一个时间步。',
    );
    const strides = inferModel([28, 28, 1], [{ ...conv(), strides: 0 } as LayerSpec]);
    expect(problemText(strides.firstError!.problem)).toBe('步幅至少为 1');
    expect(problemText(inferModel([12500], [dense(4000)]).modelError!)).toBe(
      '这个模型有 50,004,000 个参数，超过了浏览器标签页能训练的上限 50,000,000。请减少神经元或卷积核的数量，或在 Flatten 之前加入池化层。',
    );
    expect(warningsOf([4], [dense(8), dropout])[1]).toEqual([
      'Dropout 作为最后一层，会在训练时随机把模型的输出置为 0。请把它移到最后一个 Dense 层之前。',
    ]);
  });
});
