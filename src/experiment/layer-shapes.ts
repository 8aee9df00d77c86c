import type { LayerType } from './layers';

/** Shape arithmetic the layer catalog shares: sliding windows, sequences, recurrent cells. */

/** A layer's output shape without the batch dimension, or why the layer cannot take its input. */
export type ShapeResult = { shape: number[] } | { error: string };

/** A shape as the messages name it: "(64)", "(26, 26, 32)". */
export function formatShape(shape: readonly number[]): string {
  return `(${shape.join(', ')})`;
}

export const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
export const lastAxis = (shape: readonly number[]): number => shape[shape.length - 1] ?? 0;

export const IMAGE_LAYER_TYPES: ReadonlySet<LayerType> = new Set([
  'conv2d',
  'maxPooling2d',
  'averagePooling2d',
  'globalAveragePooling2d',
]);

/**
 * Why an image layer cannot take `input`, with a fix. A flat input's best fix depends on the
 * layers above it, which inferModel knows and passes as `fix`.
 */
export function imageError(label: string, input: readonly number[], fix?: string): string {
  const advice =
    fix ??
    (input.length === 2
      ? `Add a Reshape to ${formatShape([...input, 1])} first.`
      : 'Add a Reshape to (height, width, channels) first.');
  return `${label} needs a 3-D input (height, width, channels) but receives ${formatShape(input)}. ${advice}`;
}

/** Conv2D and pooling, as tfjs' convOutputLength: floor((n − k) / s) + 1 valid, ceil(n / s) same. */
export function slide(
  label: string,
  input: readonly number[],
  channels: number | null,
  window: { size: number; strides: number; padding: 'valid' | 'same'; noun: string },
): ShapeResult {
  const [height, width, inChannels] = input;
  if (input.length !== 3 || height === undefined || width === undefined || inChannels === undefined)
    return { error: imageError(label, input) };
  const { size, strides, padding, noun } = window;
  const side = (n: number) =>
    padding === 'same' ? Math.ceil(n / strides) : Math.floor((n - size) / strides) + 1;
  const rows = side(height);
  const cols = side(width);
  if (rows <= 0 || cols <= 0) {
    return {
      error: `${label}'s ${size}×${size} ${noun} is larger than its input ${formatShape(input)}, so with padding "valid" nothing is left. Use a ${noun} of at most ${Math.min(height, width)}, or padding "same".`,
    };
  }
  return { shape: [rows, cols, channels ?? inChannels] };
}

export function sequenceShape(
  label: string,
  input: readonly number[],
  units: number,
  returnSequences: boolean,
): ShapeResult {
  const [timesteps, features] = input;
  if (input.length === 2 && timesteps !== undefined && features !== undefined)
    return { shape: returnSequences ? [timesteps, units] : [units] };
  const target =
    input.length === 1
      ? `${formatShape([...input, 1])} first, so each value is one timestep`
      : `${formatShape([input[0] ?? 1, product(input.slice(1))])} first, so each row is one timestep`;
  return {
    error: `${label} needs a sequence (timesteps, features) but receives ${formatShape(input)}. Add a Reshape to ${target}.`,
  };
}

/** Weights of one recurrent cell: input kernel, recurrent kernel and bias. */
export const cellParams = (input: readonly number[], units: number): number =>
  units * (lastAxis(input) + units) + units;
