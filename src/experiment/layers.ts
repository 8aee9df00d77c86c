import { z } from 'zod';
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
const whole = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });
const regularizer = (label: string) =>
  z
    .number({ error: `${label} must be a number` })
    .min(0, { error: `${label} must be at least 0` })
    .max(1, { error: `${label} must be at most 1` });

/** Zod schemas of every layer, keyed by type; the ranges are the builder's too. */
export const layerSchemas = {
  dense: z.object({
    type: z.literal('dense'),
    units: whole('Units', 1, 4096),
    activation,
    kernelL1: regularizer('L1'),
    kernelL2: regularizer('L2'),
  }),
  dropout: z.object({
    type: z.literal('dropout'),
    rate: z
      .number({ error: 'Rate must be a number' })
      .min(0, { error: 'Rate must be at least 0' })
      .max(0.95, { error: 'Rate must be at most 0.95' }),
  }),
  batchNormalization: z.object({ type: z.literal('batchNormalization') }),
  flatten: z.object({ type: z.literal('flatten') }),
  reshape: z.object({
    type: z.literal('reshape'),
    targetShape: z
      .array(whole('Each dimension', 1, 100000), { error: 'Target shape must be a list of sizes' })
      .min(1, { error: 'Target shape needs at least one dimension' })
      .max(3, { error: 'Target shape can have at most three dimensions' }),
  }),
  conv2d: z.object({
    type: z.literal('conv2d'),
    filters: whole('Filters', 1, 1024),
    kernelSize: whole('Kernel size', 1, 15),
    strides: whole('Strides', 1, 8),
    padding,
    activation,
    kernelL1: regularizer('L1'),
    kernelL2: regularizer('L2'),
  }),
  maxPooling2d: z.object({
    type: z.literal('maxPooling2d'),
    poolSize: whole('Pool size', 1, 15),
    strides: whole('Strides', 1, 15),
    padding,
  }),
  averagePooling2d: z.object({
    type: z.literal('averagePooling2d'),
    poolSize: whole('Pool size', 1, 15),
    strides: whole('Strides', 1, 15),
    padding,
  }),
  globalAveragePooling2d: z.object({ type: z.literal('globalAveragePooling2d') }),
  simpleRNN: z.object({
    type: z.literal('simpleRNN'),
    units: whole('Units', 1, 1024),
    activation,
    returnSequences: z.boolean(),
  }),
  lstm: z.object({
    type: z.literal('lstm'),
    units: whole('Units', 1, 1024),
    activation,
    returnSequences: z.boolean(),
  }),
  gru: z.object({
    type: z.literal('gru'),
    units: whole('Units', 1, 1024),
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
