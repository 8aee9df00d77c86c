import type { z } from '../lib/zod';
import { LAYER_CATALOG, layerOutputShape, layerParamCount } from './layer-catalog';
import type { ShapeResult } from './layer-shapes';
import { formatShape, IMAGE_LAYER_TYPES, imageError } from './layer-shapes';
import type { LayerSpec } from './layers';
import { layerSchemas } from './layers';
import type { Problem } from './problem';
import { problem, schemaProblem } from './problem';
import type { ImageFix, ShapeWarning } from './shape-messages';
import { imageFix, reshapeTarget, shapeWarning } from './shape-messages';

/** Above this many parameters a model gets a warning: it trains slowly in a browser tab. */
export const PARAM_WARNING_LIMIT = 5_000_000;
/** Above this many parameters a model is refused: its weights alone would strain a tab's memory. */
export const PARAM_ERROR_LIMIT = 50_000_000;

export interface LayerInference {
  /** Without the batch dimension; null for a layer that errs and every layer after it. */
  outputShape: number[] | null;
  params: number;
  /**
   * Why the layer cannot take its input, or which of its settings is out of range, located in
   * the spec (`model.layers.<i>`, or a setting under it); the UI words it.
   */
  error: Problem | null;
  /** Advice about a legal but questionable layer. */
  warnings: ShapeWarning[];
}

export interface ModelInference {
  layers: LayerInference[];
  /** The last layer's output shape (the input's for no layers); null once a layer errs. */
  outputShape: number[] | null;
  totalParams: number;
  /** The first layer that errs, and its error (the same problem as that layer's `error`). */
  firstError: { index: number; problem: Problem } | null;
  /** Advice about the model as a whole, such as its size. */
  modelWarnings: ShapeWarning[];
  /** Set (at `model`) when the model as a whole cannot be built, though every layer fits its input. */
  modelError: Problem | null;
}

/**
 * Output shape and parameter count of every layer of a Sequential model, as TensorFlow.js
 * computes them, with the first layer that cannot take its input and advice on legal but
 * questionable choices. The model builds only when `firstError` and `modelError` are both null.
 */
export function inferModel(
  inputShape: readonly number[],
  layers: readonly LayerSpec[],
): ModelInference {
  const result: LayerInference[] = [];
  let firstError: ModelInference['firstError'] = null;
  const inputValid = inputShape.length > 0 && inputShape.every((n) => Number.isInteger(n) && n > 0);
  let shape: number[] | null = inputValid ? [...inputShape] : null;
  /** The input of each layer so far, for advice that depends on the layers above. */
  const inputs: number[][] = [];
  for (const [index, layer] of layers.entries()) {
    if (shape === null) {
      result.push({ outputShape: null, params: 0, error: null, warnings: [] });
      continue;
    }
    inputs.push(shape);
    const at = `model.layers.${index}`;
    // A setting out of its range (0 strides, an emptied Units field) has no meaningful shape.
    const settings = layerSchemas[layer.type].safeParse(layer);
    let output: ShapeResult | { error: Problem } = settings.success
      ? layerOutputShape(shape, layer)
      : { error: settingProblem(settings.error, at) };
    if (
      settings.success &&
      'error' in output &&
      IMAGE_LAYER_TYPES.has(layer.type) &&
      shape.length === 1
    ) {
      const label = LAYER_CATALOG[layer.type].label;
      output = imageError(label, shape, flatInputFix(label, inputShape, layers, inputs));
    }
    if ('error' in output) {
      // Shape rules do not know where the layer is; a setting's problem already does.
      const error: Problem = settings.success ? { ...output.error, path: at } : output.error;
      firstError = { index, problem: error };
      result.push({ outputShape: null, params: 0, error, warnings: [] });
      shape = null;
      continue;
    }
    result.push({
      outputShape: output.shape,
      params: layerParamCount(shape, layer),
      error: null,
      warnings: layerWarnings(layers, index, shape, output.shape),
    });
    shape = output.shape;
  }
  const totalParams = result.reduce((sum, layer) => sum + layer.params, 0);
  const modelWarnings: ShapeWarning[] = [];
  let modelError: Problem | null = null;
  if (!inputValid) {
    modelError = problem('input-shape-invalid', 'model', { shape: formatShape(inputShape) });
  } else if (totalParams > PARAM_ERROR_LIMIT) {
    modelError = problem('too-many-params', 'model', {
      params: totalParams,
      limit: PARAM_ERROR_LIMIT,
    });
  } else if (totalParams > PARAM_WARNING_LIMIT) {
    modelWarnings.push(shapeWarning('slow-model', { params: totalParams }));
  }
  return {
    layers: result,
    outputShape: firstError === null ? shape : null,
    totalParams,
    firstError,
    modelWarnings,
    modelError,
  };
}

const product = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);

/** A layer setting out of its range, as the schema's problem for it, located in the spec. */
function settingProblem(error: z.ZodError, at: string): Problem {
  const issue = error.issues[0];
  if (!issue) return problem('invalid', at, { field: 'model.layers.*' });
  const found = schemaProblem(issue, at);
  return { ...found, path: found.path ? `${at}.${found.path}` : at };
}

/**
 * How to give an image layer an image when it receives a flat list of values: find the layer
 * that made it flat (the last one whose input was not flat) and name the fix that fits it, rather
 * than assume a Flatten right above. `inputs` holds the input of every layer up to this one.
 */
function flatInputFix(
  label: string,
  dataShape: readonly number[],
  layers: readonly LayerSpec[],
  inputs: readonly (readonly number[])[],
): ImageFix {
  const index = inputs.length - 1;
  const size = inputs[index]?.[0] ?? 0;
  const side = Math.sqrt(size);
  const reshapeTo = (image?: readonly number[]) =>
    image?.length === 3 && product(image) === size
      ? reshapeTarget('shape', { shape: formatShape(image) })
      : Number.isInteger(side)
        ? reshapeTarget('shape', { shape: formatShape([side, side, 1]) })
        : reshapeTarget('size', { size });
  let flattener = index - 1;
  while (flattener >= 0 && (inputs[flattener]?.length ?? 0) < 2) flattener--;
  const layer = layers[flattener];
  const before = inputs[flattener];
  if (layer === undefined || before === undefined) {
    return imageFix('flat-data', {
      shape: formatShape(dataShape),
      reshape: reshapeTo(),
      layer: label,
    });
  }
  const place = flattener + 1;
  const name = LAYER_CATALOG[layer.type].label;
  const shape = formatShape(before);
  if (before.length !== 3) {
    // Moving this layer above the flattener would not give it an image either.
    return imageFix('flat-sequence', { place, name, shape, reshape: reshapeTo(), layer: label });
  }
  const rightAbove = flattener === index - 1;
  if (rightAbove && layer.type === 'flatten') return imageFix('remove-flatten', {});
  if (rightAbove && layer.type === 'reshape') {
    return imageFix('change-reshape', { place, name, shape });
  }
  return imageFix('move-above', { place, name, shape, reshape: reshapeTo(before), layer: label });
}

const SATURATING = new Set(['sigmoid', 'tanh']);
const DEEP_SATURATING_STACK = 3;

/** A Dense layer with another Dense after it, i.e. not the output layer. */
function isHiddenDense(layers: readonly LayerSpec[], index: number): boolean {
  return layers[index]?.type === 'dense' && layers.slice(index + 1).some((l) => l.type === 'dense');
}

function layerWarnings(
  layers: readonly LayerSpec[],
  index: number,
  input: readonly number[],
  output: readonly number[],
): ShapeWarning[] {
  const layer = layers[index];
  const warnings: ShapeWarning[] = [];
  if (layer === undefined) return warnings;
  if (layer.type === 'dense') {
    if (input.length >= 3) {
      warnings.push(
        shapeWarning('dense-on-image', { input: formatShape(input), output: formatShape(output) }),
      );
    }
    const saturating = layers.filter(
      (l, i) => l.type === 'dense' && SATURATING.has(l.activation) && isHiddenDense(layers, i),
    ).length;
    if (
      isHiddenDense(layers, index) &&
      SATURATING.has(layer.activation) &&
      saturating >= DEEP_SATURATING_STACK
    ) {
      warnings.push(shapeWarning('saturating-stack', { layers: saturating }));
    }
    const next = layers.slice(index + 1).find((l) => l.type !== 'dropout');
    if (layer.activation === 'linear' && next?.type === 'dense') {
      warnings.push(shapeWarning('linear-hidden', {}));
    }
  }
  if (layer.type === 'dropout' && index === layers.length - 1) {
    warnings.push(shapeWarning('dropout-last', {}));
  }
  return warnings;
}
