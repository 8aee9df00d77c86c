import type { LayerType } from './layers';
import type { ProblemOf } from './problem';
import { problem } from './problem';
import type { ImageFix } from './shape-messages';
import { imageFix } from './shape-messages';

/** Shape arithmetic the layer catalog shares: sliding windows, sequences, recurrent cells. */

/** The problems a layer's shape rule reports; inferModel places them at the layer (`path`). */
export type LayerShapeProblem = ProblemOf<
  | 'layer-needs-dimension'
  | 'flatten-already-flat'
  | 'reshape-size-mismatch'
  | 'kernel-too-large'
  | 'window-too-large'
  | 'sequence-from-values'
  | 'sequence-from-rows'
  | 'needs-image'
>;

/** A layer's output shape without the batch dimension, or why the layer cannot take its input. */
export type ShapeResult = { shape: number[] } | { error: LayerShapeProblem };

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
export function imageError(label: string, input: readonly number[], fix?: ImageFix): ShapeResult {
  const advice =
    fix ??
    (input.length === 2
      ? imageFix('reshape-to', { shape: formatShape([...input, 1]) })
      : imageFix('reshape-to-image', {}));
  return {
    error: problem('needs-image', '', { layer: label, shape: formatShape(input), fix: advice }),
  };
}

/** Conv2D and pooling, as tfjs' convOutputLength: floor((n − k) / s) + 1 valid, ceil(n / s) same. */
export function slide(
  label: string,
  input: readonly number[],
  channels: number | null,
  window: { size: number; strides: number; padding: 'valid' | 'same'; noun: 'kernel' | 'window' },
): ShapeResult {
  const [height, width, inChannels] = input;
  if (input.length !== 3 || height === undefined || width === undefined || inChannels === undefined)
    return imageError(label, input);
  const { size, strides, padding, noun } = window;
  const side = (n: number) =>
    padding === 'same' ? Math.ceil(n / strides) : Math.floor((n - size) / strides) + 1;
  const rows = side(height);
  const cols = side(width);
  if (rows <= 0 || cols <= 0) {
    const params = { layer: label, size, shape: formatShape(input), max: Math.min(height, width) };
    return {
      error:
        noun === 'kernel'
          ? problem('kernel-too-large', '', params)
          : problem('window-too-large', '', params),
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
  const shape = formatShape(input);
  return {
    error:
      input.length === 1
        ? problem('sequence-from-values', '', {
            layer: label,
            shape,
            target: formatShape([...input, 1]),
          })
        : problem('sequence-from-rows', '', {
            layer: label,
            shape,
            target: formatShape([input[0] ?? 1, product(input.slice(1))]),
          }),
  };
}

/** Weights of one recurrent cell: input kernel, recurrent kernel and bias. */
export const cellParams = (input: readonly number[], units: number): number =>
  units * (lastAxis(input) + units) + units;
