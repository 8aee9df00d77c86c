// A little over 350 lines on purpose: one entry per layer type (its fields, help, shape and
// parameter rules) in one table, so adding a layer type is one entry here.
import { ACTIVATIONS } from './activations';
import type { LayerOf, LayerSpec, LayerType } from './layers';
import { LAYER_RANGES } from './layers';
import type { ShapeResult } from './layer-shapes';
import {
  cellParams,
  formatShape,
  imageError,
  lastAxis,
  product,
  sequenceShape,
  slide,
} from './layer-shapes';

export type ParamKind = 'int' | 'float' | 'enum' | 'bool' | 'shape';

/** The editable fields of a layer type (everything but `type`). */
export type ParamKey<T extends LayerType> = Exclude<keyof LayerOf<T>, 'type'> & string;

interface ParamBase<K extends string> {
  key: K;
  label: string;
  /** One or two plain sentences for the editor's help text. */
  help: string;
}

/** How the UI edits one field of a layer. */
export type ParamDescriptor<K extends string = string> =
  | (ParamBase<K> & { kind: 'int' | 'float'; min: number; max: number; step: number })
  | (ParamBase<K> & { kind: 'enum'; options: readonly { value: string; label: string }[] })
  | (ParamBase<K> & { kind: 'bool' })
  | (ParamBase<K> & {
      kind: 'shape';
      /** Bounds of each dimension. */
      min: number;
      max: number;
      minLength: number;
      maxLength: number;
    });

export interface LayerCatalogEntry<T extends LayerType> {
  /** Keras' class name, e.g. 'Conv2D'. */
  label: string;
  /** One line for the palette. */
  summary: string;
  /** A complete layer of this type with settings that suit a first model. */
  defaults: LayerOf<T>;
  params: readonly ParamDescriptor<ParamKey<T>>[];
  /** The output shape TensorFlow.js 4.22 computes, both shapes without the batch dimension. */
  outputShape(input: readonly number[], layer: LayerOf<T>): ShapeResult;
  /**
   * Trainable and non-trainable weights, as tfjs' `countParams()`; meaningful only for an input
   * that `outputShape` accepts.
   */
  paramCount(input: readonly number[], layer: LayerOf<T>): number;
}

const activationParam = (help: string): ParamDescriptor<'activation'> => ({
  key: 'activation',
  label: 'Activation',
  kind: 'enum',
  options: ACTIVATIONS.map((value) => ({ value, label: value })),
  help,
});
const PADDING_PARAM: ParamDescriptor<'padding'> = {
  key: 'padding',
  label: 'Padding',
  kind: 'enum',
  options: [
    { value: 'valid', label: 'valid (shrinks)' },
    { value: 'same', label: 'same (keeps size)' },
  ],
  help: '"valid" uses only windows that fit fully inside the image, so it shrinks; "same" pads the edges, so the size only shrinks by the stride.',
};
const REGULARIZER_PARAMS: readonly ParamDescriptor<'kernelL1' | 'kernelL2'>[] = [
  {
    key: 'kernelL1',
    label: 'L1 penalty',
    kind: 'float',
    ...LAYER_RANGES.penalty,
    step: 0.0001,
    help: 'Adds the weights’ absolute sizes to the loss, pushing unhelpful weights to exactly 0. 0 turns it off.',
  },
  {
    key: 'kernelL2',
    label: 'L2 penalty',
    kind: 'float',
    ...LAYER_RANGES.penalty,
    step: 0.0001,
    help: 'Adds the weights’ squared sizes to the loss, keeping them small against overfitting. 0 turns it off.',
  },
];

/** The layers that need an image (height, width, channels) as their input. */
const recurrentParams = (
  help: string,
): readonly ParamDescriptor<'units' | 'activation' | 'returnSequences'>[] => [
  {
    key: 'units',
    label: 'Units',
    kind: 'int',
    ...LAYER_RANGES.recurrentUnits,
    step: 1,
    help: `${help} More units remember more but train slower.`,
  },
  activationParam('Squashes the memory at every step; tanh is the usual choice.'),
  {
    key: 'returnSequences',
    label: 'Return sequences',
    kind: 'bool',
    help: 'On: output the memory at every timestep (needed before another recurrent layer). Off: output only the last step.',
  },
];

type PoolingFields = Omit<LayerOf<'maxPooling2d' | 'averagePooling2d'>, 'type'>;

const POOLING_PARAMS: readonly ParamDescriptor<keyof PoolingFields>[] = [
  {
    key: 'poolSize',
    label: 'Pool size',
    kind: 'int',
    ...LAYER_RANGES.poolSize,
    step: 1,
    help: 'Width and height of the window summarized into one value, e.g. 2 for 2×2.',
  },
  {
    key: 'strides',
    label: 'Strides',
    kind: 'int',
    ...LAYER_RANGES.poolStrides,
    step: 1,
    help: 'How far the window moves each step; usually the same as the pool size, so 2 halves the image.',
  },
  PADDING_PARAM,
];

const poolingShape =
  (label: string) =>
  (input: readonly number[], layer: PoolingFields): ShapeResult =>
    slide(label, input, null, {
      size: layer.poolSize,
      strides: layer.strides,
      padding: layer.padding,
      noun: 'window',
    });

/** Everything the builder, the palette and the shape checker know about each layer type. */
export const LAYER_CATALOG: { readonly [T in LayerType]: LayerCatalogEntry<T> } = {
  dense: {
    label: 'Dense',
    summary: 'Fully connected: every output looks at every input value.',
    defaults: { type: 'dense', units: 16, activation: 'relu', kernelL1: 0, kernelL2: 0 },
    params: [
      {
        key: 'units',
        label: 'Units',
        kind: 'int',
        ...LAYER_RANGES.units,
        step: 1,
        help: 'How many outputs (neurons) the layer has. More can learn more, but train slower and overfit sooner.',
      },
      activationParam(
        'The function applied to each output: relu suits hidden layers, softmax turns the last layer into class probabilities.',
      ),
      ...REGULARIZER_PARAMS,
    ],
    // Like Keras, a Dense layer on a 2-D or 3-D input works on the last axis only.
    outputShape: (input, layer) =>
      input.length === 0
        ? { error: 'Dense needs an input with at least one dimension.' }
        : { shape: [...input.slice(0, -1), layer.units] },
    paramCount: (input, layer) => (lastAxis(input) + 1) * layer.units,
  },
  dropout: {
    label: 'Dropout',
    summary: 'Switches off a random share of values while training, against overfitting.',
    defaults: { type: 'dropout', rate: 0.25 },
    params: [
      {
        key: 'rate',
        label: 'Rate',
        kind: 'float',
        ...LAYER_RANGES.rate,
        step: 0.05,
        help: 'Share of values set to 0 at each training step, e.g. 0.25 drops a quarter. Nothing is dropped when predicting.',
      },
    ],
    outputShape: (input) => ({ shape: [...input] }),
    paramCount: () => 0,
  },
  batchNormalization: {
    label: 'BatchNormalization',
    summary: 'Rescales each channel to mean 0 and spread 1, which steadies training.',
    defaults: { type: 'batchNormalization' },
    params: [],
    outputShape: (input) => ({ shape: [...input] }),
    // gamma and beta are trained; the moving mean and variance are counted too.
    paramCount: (input) => 4 * lastAxis(input),
  },
  flatten: {
    label: 'Flatten',
    summary: 'Lays an image or a sequence out as one long list of values.',
    defaults: { type: 'flatten' },
    params: [],
    // Keras lets Flatten pass a 1-D input through; TensorFlow.js rejects it.
    outputShape: (input) =>
      input.length >= 2
        ? { shape: [product(input)] }
        : {
            error: `Flatten needs an input with 2 or more dimensions but receives ${formatShape(input)}, which is already flat. Remove the Flatten.`,
          },
    paramCount: () => 0,
  },
  reshape: {
    label: 'Reshape',
    summary: 'Rearranges the values into a new shape that holds the same number of values.',
    defaults: { type: 'reshape', targetShape: [28, 28, 1] },
    params: [
      {
        key: 'targetShape',
        label: 'Target shape',
        kind: 'shape',
        ...LAYER_RANGES.shapeDimension,
        minLength: LAYER_RANGES.shapeLength.min,
        maxLength: LAYER_RANGES.shapeLength.max,
        help: 'The new sizes, e.g. 28, 28, 1 for a 28×28 grey image. They must multiply to the number of values in the input.',
      },
    ],
    outputShape: (input, layer) => {
      const size = product(input);
      const target = product(layer.targetShape);
      return target === size
        ? { shape: [...layer.targetShape] }
        : {
            error: `Reshape to ${formatShape(layer.targetShape)} holds ${target} values but its input ${formatShape(input)} holds ${size}. Choose sizes that multiply to ${size}.`,
          };
    },
    paramCount: () => 0,
  },
  conv2d: {
    label: 'Conv2D',
    summary: 'Slides small learned filters over an image to find local patterns.',
    defaults: {
      type: 'conv2d',
      filters: 32,
      kernelSize: 3,
      strides: 1,
      padding: 'valid',
      activation: 'relu',
      kernelL1: 0,
      kernelL2: 0,
    },
    params: [
      {
        key: 'filters',
        label: 'Filters',
        kind: 'int',
        ...LAYER_RANGES.filters,
        step: 1,
        help: 'How many patterns the layer learns; each one makes an output channel.',
      },
      {
        key: 'kernelSize',
        label: 'Kernel size',
        kind: 'int',
        ...LAYER_RANGES.kernelSize,
        step: 1,
        help: 'Width and height of each filter, e.g. 3 for 3×3.',
      },
      {
        key: 'strides',
        label: 'Strides',
        kind: 'int',
        ...LAYER_RANGES.convStrides,
        step: 1,
        help: 'How far the filter moves each step; 2 halves the image size.',
      },
      PADDING_PARAM,
      activationParam('The function applied to each output; relu is the usual choice.'),
      ...REGULARIZER_PARAMS,
    ],
    outputShape: (input, layer) =>
      slide('Conv2D', input, layer.filters, {
        size: layer.kernelSize,
        strides: layer.strides,
        padding: layer.padding,
        noun: 'kernel',
      }),
    paramCount: (input, layer) =>
      layer.kernelSize * layer.kernelSize * lastAxis(input) * layer.filters + layer.filters,
  },
  maxPooling2d: {
    label: 'MaxPooling2D',
    summary: 'Shrinks an image by keeping the largest value in each window.',
    defaults: { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
    params: POOLING_PARAMS,
    outputShape: poolingShape('MaxPooling2D'),
    paramCount: () => 0,
  },
  averagePooling2d: {
    label: 'AveragePooling2D',
    summary: 'Shrinks an image by averaging each window.',
    defaults: { type: 'averagePooling2d', poolSize: 2, strides: 2, padding: 'valid' },
    params: POOLING_PARAMS,
    outputShape: poolingShape('AveragePooling2D'),
    paramCount: () => 0,
  },
  globalAveragePooling2d: {
    label: 'GlobalAveragePooling2D',
    summary: 'Averages each channel over the whole image, leaving one value per channel.',
    defaults: { type: 'globalAveragePooling2d' },
    params: [],
    outputShape: (input) => {
      const channels = input[2];
      return input.length === 3 && channels !== undefined
        ? { shape: [channels] }
        : { error: imageError('GlobalAveragePooling2D', input) };
    },
    paramCount: () => 0,
  },
  simpleRNN: {
    label: 'SimpleRNN',
    summary: 'Reads a sequence step by step, carrying a short memory.',
    defaults: { type: 'simpleRNN', units: 32, activation: 'tanh', returnSequences: false },
    params: recurrentParams('Size of the memory carried from step to step.'),
    outputShape: (input, layer) =>
      sequenceShape('SimpleRNN', input, layer.units, layer.returnSequences),
    paramCount: (input, layer) => cellParams(input, layer.units),
  },
  lstm: {
    label: 'LSTM',
    summary: 'A recurrent layer with gates that keep a long-term memory.',
    defaults: { type: 'lstm', units: 32, activation: 'tanh', returnSequences: false },
    params: recurrentParams('Size of the memory carried from step to step.'),
    outputShape: (input, layer) => sequenceShape('LSTM', input, layer.units, layer.returnSequences),
    // Four gates: input, forget, cell and output.
    paramCount: (input, layer) => 4 * cellParams(input, layer.units),
  },
  gru: {
    label: 'GRU',
    summary: 'A lighter gated recurrent layer: like LSTM with fewer weights.',
    defaults: { type: 'gru', units: 32, activation: 'tanh', returnSequences: false },
    params: recurrentParams('Size of the memory carried from step to step.'),
    outputShape: (input, layer) => sequenceShape('GRU', input, layer.units, layer.returnSequences),
    // Three gates; tfjs has no reset_after, so one bias per gate (Keras 2's default has two).
    paramCount: (input, layer) => 3 * cellParams(input, layer.units),
  },
};

function entryOf(layer: LayerSpec): LayerCatalogEntry<LayerType> {
  // The table is keyed by type, so the entry found is the one for this layer's type.
  return LAYER_CATALOG[layer.type] as LayerCatalogEntry<LayerType>;
}

/** `LAYER_CATALOG[layer.type].outputShape` for a layer of any type. */
export function layerOutputShape(input: readonly number[], layer: LayerSpec): ShapeResult {
  return entryOf(layer).outputShape(input, layer);
}

/** `LAYER_CATALOG[layer.type].paramCount` for a layer of any type. */
export function layerParamCount(input: readonly number[], layer: LayerSpec): number {
  return entryOf(layer).paramCount(input, layer);
}
