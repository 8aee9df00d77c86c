// A little over 350 lines on purpose: one entry per layer type (its fields, help, shape and
// parameter rules) in one table, so adding a layer type is one entry here.
import { ACTIVATIONS } from './activations';
import type { LayerOf, LayerSpec, LayerType } from './layers';
import { LAYER_RANGES } from './layers';
import { problem } from './problem';
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

/** Every field of any layer type: the editor labels each (catalog:params). */
export type LayerParamKey = { [T in LayerType]: ParamKey<T> }[LayerType];

/**
 * Which help text the editor shows under a field; the words are the UI's (catalog:paramHelp).
 * Most fields read the same on every layer type; units, activation and strides depend on it.
 */
export type ParamHelpCode =
  | 'units'
  | 'recurrentUnits'
  | 'activation'
  | 'convActivation'
  | 'recurrentActivation'
  | 'returnSequences'
  | 'kernelL1'
  | 'kernelL2'
  | 'rate'
  | 'targetShape'
  | 'filters'
  | 'kernelSize'
  | 'convStrides'
  | 'padding'
  | 'poolSize'
  | 'poolStrides';

/** Enum choices that need words beside their value (catalog:paramOptions). */
export type ParamOptionCode = 'valid' | 'same';

/** The field labels the editor shows come from the UI's words for the key (catalog:params). */
interface ParamBase<K extends string> {
  key: K;
  help: ParamHelpCode;
}

/** How the UI edits one field of a layer. */
export type ParamDescriptor<K extends string = string> =
  | (ParamBase<K> & { kind: 'int' | 'float'; min: number; max: number; step: number })
  | (ParamBase<K> & {
      kind: 'enum';
      /** `label` when the value needs words beside it; otherwise the value is its own name. */
      options: readonly { value: string; label?: ParamOptionCode }[];
    })
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

const activationParam = (help: ParamHelpCode): ParamDescriptor<'activation'> => ({
  key: 'activation',
  kind: 'enum',
  options: ACTIVATIONS.map((value) => ({ value })),
  help,
});
const PADDING_PARAM: ParamDescriptor<'padding'> = {
  key: 'padding',
  kind: 'enum',
  options: [
    { value: 'valid', label: 'valid' },
    { value: 'same', label: 'same' },
  ],
  help: 'padding',
};
const REGULARIZER_PARAMS: readonly ParamDescriptor<'kernelL1' | 'kernelL2'>[] = [
  {
    key: 'kernelL1',
    kind: 'float',
    ...LAYER_RANGES.penalty,
    step: 0.0001,
    help: 'kernelL1',
  },
  {
    key: 'kernelL2',
    kind: 'float',
    ...LAYER_RANGES.penalty,
    step: 0.0001,
    help: 'kernelL2',
  },
];

/** The layers that need an image (height, width, channels) as their input. */
const RECURRENT_PARAMS: readonly ParamDescriptor<'units' | 'activation' | 'returnSequences'>[] = [
  {
    key: 'units',
    kind: 'int',
    ...LAYER_RANGES.recurrentUnits,
    step: 1,
    help: 'recurrentUnits',
  },
  activationParam('recurrentActivation'),
  {
    key: 'returnSequences',
    kind: 'bool',
    help: 'returnSequences',
  },
];

type PoolingFields = Omit<LayerOf<'maxPooling2d' | 'averagePooling2d'>, 'type'>;

const POOLING_PARAMS: readonly ParamDescriptor<keyof PoolingFields>[] = [
  {
    key: 'poolSize',
    kind: 'int',
    ...LAYER_RANGES.poolSize,
    step: 1,
    help: 'poolSize',
  },
  {
    key: 'strides',
    kind: 'int',
    ...LAYER_RANGES.poolStrides,
    step: 1,
    help: 'poolStrides',
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
    defaults: { type: 'dense', units: 16, activation: 'relu', kernelL1: 0, kernelL2: 0 },
    params: [
      {
        key: 'units',
        kind: 'int',
        ...LAYER_RANGES.units,
        step: 1,
        help: 'units',
      },
      activationParam('activation'),
      ...REGULARIZER_PARAMS,
    ],
    // Like Keras, a Dense layer on a 2-D or 3-D input works on the last axis only.
    outputShape: (input, layer) =>
      input.length === 0
        ? { error: problem('layer-needs-dimension', '', { layer: 'Dense' }) }
        : { shape: [...input.slice(0, -1), layer.units] },
    paramCount: (input, layer) => (lastAxis(input) + 1) * layer.units,
  },
  dropout: {
    label: 'Dropout',
    defaults: { type: 'dropout', rate: 0.25 },
    params: [
      {
        key: 'rate',
        kind: 'float',
        ...LAYER_RANGES.rate,
        step: 0.05,
        help: 'rate',
      },
    ],
    outputShape: (input) => ({ shape: [...input] }),
    paramCount: () => 0,
  },
  batchNormalization: {
    label: 'BatchNormalization',
    defaults: { type: 'batchNormalization' },
    params: [],
    outputShape: (input) => ({ shape: [...input] }),
    // gamma and beta are trained; the moving mean and variance are counted too.
    paramCount: (input) => 4 * lastAxis(input),
  },
  flatten: {
    label: 'Flatten',
    defaults: { type: 'flatten' },
    params: [],
    // Keras lets Flatten pass a 1-D input through; TensorFlow.js rejects it.
    outputShape: (input) =>
      input.length >= 2
        ? { shape: [product(input)] }
        : {
            error: problem('flatten-already-flat', '', { shape: formatShape(input) }),
          },
    paramCount: () => 0,
  },
  reshape: {
    label: 'Reshape',
    defaults: { type: 'reshape', targetShape: [28, 28, 1] },
    params: [
      {
        key: 'targetShape',
        kind: 'shape',
        ...LAYER_RANGES.shapeDimension,
        minLength: LAYER_RANGES.shapeLength.min,
        maxLength: LAYER_RANGES.shapeLength.max,
        help: 'targetShape',
      },
    ],
    outputShape: (input, layer) => {
      const size = product(input);
      const target = product(layer.targetShape);
      return target === size
        ? { shape: [...layer.targetShape] }
        : {
            error: problem('reshape-size-mismatch', '', {
              target: formatShape(layer.targetShape),
              targetSize: target,
              shape: formatShape(input),
              size,
            }),
          };
    },
    paramCount: () => 0,
  },
  conv2d: {
    label: 'Conv2D',
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
        kind: 'int',
        ...LAYER_RANGES.filters,
        step: 1,
        help: 'filters',
      },
      {
        key: 'kernelSize',
        kind: 'int',
        ...LAYER_RANGES.kernelSize,
        step: 1,
        help: 'kernelSize',
      },
      {
        key: 'strides',
        kind: 'int',
        ...LAYER_RANGES.convStrides,
        step: 1,
        help: 'convStrides',
      },
      PADDING_PARAM,
      activationParam('convActivation'),
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
    defaults: { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
    params: POOLING_PARAMS,
    outputShape: poolingShape('MaxPooling2D'),
    paramCount: () => 0,
  },
  averagePooling2d: {
    label: 'AveragePooling2D',
    defaults: { type: 'averagePooling2d', poolSize: 2, strides: 2, padding: 'valid' },
    params: POOLING_PARAMS,
    outputShape: poolingShape('AveragePooling2D'),
    paramCount: () => 0,
  },
  globalAveragePooling2d: {
    label: 'GlobalAveragePooling2D',
    defaults: { type: 'globalAveragePooling2d' },
    params: [],
    outputShape: (input) => {
      const channels = input[2];
      return input.length === 3 && channels !== undefined
        ? { shape: [channels] }
        : imageError('GlobalAveragePooling2D', input);
    },
    paramCount: () => 0,
  },
  simpleRNN: {
    label: 'SimpleRNN',
    defaults: { type: 'simpleRNN', units: 32, activation: 'tanh', returnSequences: false },
    params: RECURRENT_PARAMS,
    outputShape: (input, layer) =>
      sequenceShape('SimpleRNN', input, layer.units, layer.returnSequences),
    paramCount: (input, layer) => cellParams(input, layer.units),
  },
  lstm: {
    label: 'LSTM',
    defaults: { type: 'lstm', units: 32, activation: 'tanh', returnSequences: false },
    params: RECURRENT_PARAMS,
    outputShape: (input, layer) => sequenceShape('LSTM', input, layer.units, layer.returnSequences),
    // Four gates: input, forget, cell and output.
    paramCount: (input, layer) => 4 * cellParams(input, layer.units),
  },
  gru: {
    label: 'GRU',
    defaults: { type: 'gru', units: 32, activation: 'tanh', returnSequences: false },
    params: RECURRENT_PARAMS,
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
