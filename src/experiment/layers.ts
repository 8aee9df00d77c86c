import { z } from '../lib/zod';
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

// A refusal carries no words: validateSpec, restoreSpec and shape inference map zod's issues to
// problem codes (schemaProblem), which the UI words by field ('Padding must be "valid" or "same"').
const activation = z.enum(ACTIVATIONS);
const padding = z.enum(['valid', 'same']);
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
const penalty = realNumber(LAYER_RANGES.penalty);

/** Zod schemas of every layer, keyed by type; the ranges are the builder's too. */
export const layerSchemas = {
  dense: z.object({
    type: z.literal('dense'),
    units: wholeNumber(LAYER_RANGES.units),
    activation,
    kernelL1: penalty,
    kernelL2: penalty,
  }),
  dropout: z.object({
    type: z.literal('dropout'),
    rate: realNumber(LAYER_RANGES.rate),
  }),
  batchNormalization: z.object({ type: z.literal('batchNormalization') }),
  flatten: z.object({ type: z.literal('flatten') }),
  reshape: z.object({
    type: z.literal('reshape'),
    targetShape: z
      .array(wholeNumber(LAYER_RANGES.shapeDimension))
      .min(LAYER_RANGES.shapeLength.min)
      .max(LAYER_RANGES.shapeLength.max),
  }),
  conv2d: z.object({
    type: z.literal('conv2d'),
    filters: wholeNumber(LAYER_RANGES.filters),
    kernelSize: wholeNumber(LAYER_RANGES.kernelSize),
    strides: wholeNumber(LAYER_RANGES.convStrides),
    padding,
    activation,
    kernelL1: penalty,
    kernelL2: penalty,
  }),
  maxPooling2d: z.object({
    type: z.literal('maxPooling2d'),
    poolSize: wholeNumber(LAYER_RANGES.poolSize),
    strides: wholeNumber(LAYER_RANGES.poolStrides),
    padding,
  }),
  averagePooling2d: z.object({
    type: z.literal('averagePooling2d'),
    poolSize: wholeNumber(LAYER_RANGES.poolSize),
    strides: wholeNumber(LAYER_RANGES.poolStrides),
    padding,
  }),
  globalAveragePooling2d: z.object({ type: z.literal('globalAveragePooling2d') }),
  simpleRNN: z.object({
    type: z.literal('simpleRNN'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits),
    activation,
    returnSequences: z.boolean(),
  }),
  lstm: z.object({
    type: z.literal('lstm'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits),
    activation,
    returnSequences: z.boolean(),
  }),
  gru: z.object({
    type: z.literal('gru'),
    units: wholeNumber(LAYER_RANGES.recurrentUnits),
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
