import { LAYER_CATALOG, layerOutputShape, layerParamCount } from './layer-catalog';
import type { ShapeResult } from './layer-shapes';
import { formatShape, IMAGE_LAYER_TYPES, imageError } from './layer-shapes';
import type { LayerSpec } from './layers';
import { layerSchemas } from './layers';

/** Above this many parameters a model gets a warning: it trains slowly in a browser tab. */
export const PARAM_WARNING_LIMIT = 5_000_000;
/** Above this many parameters a model is refused: its weights alone would strain a tab's memory. */
export const PARAM_ERROR_LIMIT = 50_000_000;

export interface LayerInference {
  /** Without the batch dimension; null for a layer that errs and every layer after it. */
  outputShape: number[] | null;
  params: number;
  error: string | null;
  warnings: string[];
}

export interface ModelInference {
  layers: LayerInference[];
  /** The last layer's output shape (the input's for no layers); null once a layer errs. */
  outputShape: number[] | null;
  totalParams: number;
  firstError: { index: number; message: string } | null;
  /** Messages about the model as a whole, such as its size. */
  modelWarnings: string[];
  /** Set when the model as a whole cannot be built, even though every layer fits its input. */
  modelError: string | null;
}

const count = (n: number): string => n.toLocaleString('en-US');

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
    // A setting out of its range (0 strides, an emptied Units field) has no meaningful shape.
    const settings = layerSchemas[layer.type].safeParse(layer);
    let output: ShapeResult = settings.success
      ? layerOutputShape(shape, layer)
      : { error: settings.error.issues[0]?.message ?? 'This layer has an invalid setting.' };
    if (
      settings.success &&
      'error' in output &&
      IMAGE_LAYER_TYPES.has(layer.type) &&
      shape.length === 1
    ) {
      const label = LAYER_CATALOG[layer.type].label;
      output = { error: imageError(label, shape, flatInputFix(label, inputShape, layers, inputs)) };
    }
    if ('error' in output) {
      firstError = { index, message: output.error };
      result.push({ outputShape: null, params: 0, error: output.error, warnings: [] });
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
  const modelWarnings: string[] = [];
  let modelError: string | null = null;
  if (!inputValid) {
    modelError = `The input shape ${formatShape(inputShape)} is not valid: every size must be a whole number of at least 1.`;
  } else if (totalParams > PARAM_ERROR_LIMIT) {
    modelError = `This model has ${count(totalParams)} parameters, more than the ${count(PARAM_ERROR_LIMIT)} a browser tab can train. Use fewer units or filters, or add pooling before Flatten.`;
  } else if (totalParams > PARAM_WARNING_LIMIT) {
    modelWarnings.push(
      `This model has ${count(totalParams)} parameters, so training in the browser will be slow. Fewer units or filters, or pooling before Flatten, would shrink it.`,
    );
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
): string {
  const index = inputs.length - 1;
  const size = inputs[index]?.[0] ?? 0;
  const side = Math.sqrt(size);
  const reshapeTo = (image?: readonly number[]) =>
    image?.length === 3 && product(image) === size
      ? `to ${formatShape(image)}`
      : Number.isInteger(side)
        ? `to ${formatShape([side, side, 1])}`
        : `to (height, width, channels) whose sizes multiply to ${size}`;
  let flattener = index - 1;
  while (flattener >= 0 && (inputs[flattener]?.length ?? 0) < 2) flattener--;
  const layer = layers[flattener];
  const before = inputs[flattener];
  if (layer === undefined || before === undefined) {
    return `The data's input ${formatShape(dataShape)} is flat, not an image. Use Dense layers for it, or add a Reshape ${reshapeTo()} right before the ${label}.`;
  }
  const place = flattener + 1;
  const name = LAYER_CATALOG[layer.type].label;
  if (before.length !== 3) {
    // Moving this layer above the flattener would not give it an image either.
    return `Layer ${place} (${name}) made the sequence ${formatShape(before)} flat. Add a Reshape ${reshapeTo()} right before the ${label}.`;
  }
  const rightAbove = flattener === index - 1;
  if (rightAbove && layer.type === 'flatten') return 'Remove the Flatten or add a Reshape.';
  const cause = `Layer ${place} (${name}) made the image ${formatShape(before)} flat.`;
  if (rightAbove && layer.type === 'reshape') {
    return `${cause} Give layer ${place} a target shape of (height, width, channels) instead, such as ${formatShape(before)}.`;
  }
  return `${cause} Move the ${label} above layer ${place}, or add a Reshape ${reshapeTo(before)} right before it.`;
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
): string[] {
  const layer = layers[index];
  const warnings: string[] = [];
  if (layer === undefined) return warnings;
  if (layer.type === 'dense') {
    if (input.length >= 3) {
      warnings.push(
        `Dense on the image ${formatShape(input)} works on its last axis only and gives ${formatShape(output)}. Add a Flatten before it to connect every value.`,
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
      warnings.push(
        `${saturating} hidden Dense layers use sigmoid or tanh: their gradients shrink at every layer, so the first layers barely learn. Try relu for hidden layers.`,
      );
    }
    const next = layers.slice(index + 1).find((l) => l.type !== 'dropout');
    if (layer.activation === 'linear' && next?.type === 'dense') {
      warnings.push(
        'This hidden Dense layer is linear and feeds another Dense layer, and two linear layers in a row are one linear layer. Give it an activation such as relu.',
      );
    }
  }
  if (layer.type === 'dropout' && index === layers.length - 1) {
    warnings.push(
      `${LAYER_CATALOG.dropout.label} as the last layer randomly zeroes the model's outputs while training. Move it before the last Dense layer.`,
    );
  }
  return warnings;
}
