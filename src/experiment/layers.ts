import { z } from 'zod';
import { realNumber, wholeNumber } from '../lib/zod-numbers';
import { ACTIVATIONS } from './activations';

/** Every layer type the builder offers, in palette order. */
export const LAYER_TYPES = [
  'dense',
  'dropout',
  'batchNormalization',
  'flatten',
  'reshape',
  'conv2d',
  'maxPooling2d',
  'averagePooling2d',
  'globalAveragePooling2d',
  'simpleRNN',
  'lstm',
  'gru',
] as const;
export type LayerType = (typeof LAYER_TYPES)[number];

// These messages are still shape inference's words for a layer setting out of range
// (shape-inference.ts reads the first issue's message, until it reports problems by code);
// validateSpec maps the same failures to problem codes and never reads them.
const activation = z.enum(ACTIVATIONS, {
  error: `Activation must be one of ${ACTIVATIONS.join(', ')}`,
});
const padding = z.enum(['valid', 'same'], { error: 'Padding must be "valid" or "same"' });
/**
 * The range of every numeric layer setting: the schema enforces it and the builder's fields
 * (`layer-catalog.ts`) offer it.
 */
export const LAYER_RANGES = {
  units: { min: 1, max: 4096 },
  recurrentUnits: { min: 1, max: 1024 },
  rate: { min: 0, max: 0.95 },
  penalty: { min: 0, max: 1 },
  filters: { min: 1, max: 1024 },
  kernelSize: { min: 1, max: 15 },
  convStrides: { min: 1, max: 8 },
  poolSize: { min: 1, max: 15 },
  poolStrides: { min: 1, max: 15 },
  /** Each dimension of a Reshape's target shape, and how many dimensions it may have. */
  shapeDimension: { min: 1, max: 100000 },
  shapeLength: { min: 1, max: 3 },
} as const;
const regularizer = (label: string) => realNumber(LAYER_RANGES.penalty, label);

/** Zod schemas of every layer, keyed by type; the ranges are the builder's too. */
export const layerSchemas = {
  dense: z.object({
    type: z.literal('dense'),
    units: wholeNumber(LAYER_RANGES.units, 'Units'),
    activation,
    kernelL1: regularizer('L1'),
    kernelL2: regularizer('L2'),
  }),
  dropout: z.object({
    type: z.literal('dropout'),
    rate: realNumber(LAYER_RANGES.rate, 'Rate'),
  }),
  batchNormalization: z.object({ type: z.literal('batchNormalization') }),
  flatten: z.object({ type: z.literal('flatten') }),
  reshape: z.object({
    type: z.literal('reshape'),
    targetShape: z
      .array(wholeNumber(LAYER_RANGES.shapeDimension, 'Each dimension'), {
        error: 'Target shape must be a list of sizes',
      })
      .min(LAYER_RANGES.shapeLength.min, { error: 'Target shape needs at least one dimension' })
      .max(LAYER_RANGES.shapeLength.max, {
        error: 'Target shape can have at most three dimensions',
      }),
  }),
  conv2d: z.object({
    type: z.literal('conv2d'),
    filters: wholeNumber(LAYER_RANGES.filters, 'Filters'),
    kernelSize: wholeNumber(LAYER_RANGES.kernelSize, 'Kernel size'),
    strides: wholeNumber(LAYER_RANGES.convStrides, 'Strides'),
    padding,
    activation,
    kernelL1: regularizer('L1'),
    kernelL2: regularizer('L2'),
  }),
  maxPooling2d: z.object({
    type: z.literal('maxPooling2d'),
    poolSize: wholeNumber(LAYER_RANGES.poolSize, 'Pool size'),
    strides: wholeNumber(LAYER_RANGES.poolStrides, 'Strides'),
    padding,
  }),
  averagePooling2d: z.object({
    type: z.literal('averagePooling2d'),
    poolSize: wholeNumber(LAYER_RANGES.poolSize, 'Pool size'),
    strides: wholeNumber(LAYER_RANGES.poolStrides, 'Strides'),
    padding,
  }),
  globalAveragePooling2d: z.object({ type: z.literal('globalAveragePooling2d') }),
  simpleRNN: z.object({
    type: z.literal('simpleRNN'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits, 'Units'),
    activation,
    returnSequences: z.boolean(),
  }),
  lstm: z.object({
    type: z.literal('lstm'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits, 'Units'),
    activation,
    returnSequences: z.boolean(),
  }),
  gru: z.object({
    type: z.literal('gru'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits, 'Units'),
    activation,
    returnSequences: z.boolean(),
  }),
} as const satisfies Record<LayerType, z.ZodType>;

export const layerSchema = z.discriminatedUnion(
  'type',
  Object.values(layerSchemas) as [
    (typeof layerSchemas)[LayerType],
    ...(typeof layerSchemas)[LayerType][],
  ],
);

/** One layer of a Keras Sequential model, as plain JSON. */
export type LayerSpec = z.infer<typeof layerSchema>;
export type LayerOf<T extends LayerType> = Extract<LayerSpec, { type: T }>;
