import type { Message } from '../lib/message';
import { message } from '../lib/message';

/**
 * What shape inference says in words, as messages the UI translates (namespace `problems`): how
 * to give an image layer the image it needs, where a Reshape should go, and advice about legal but
 * questionable models. A layer that cannot take its input is a problem (src/experiment/problem.ts);
 * these are the sentences inside it and beside it. Layer type names (Conv2D) are parameters: they
 * read the same in every language. Shapes are parameters too, written as "(26, 26, 32)".
 */

/** Where a Reshape should turn a flat list of `size` values: to a shape, or to any image of that size. */
export type ReshapeTargetParams = {
  shape: { shape: string };
  size: { size: number };
};
export type ReshapeTargetCode = keyof ReshapeTargetParams;
export type ReshapeTarget = Message<`problems:reshapeTargets.${ReshapeTargetCode}`>;

/** The fixes for an image layer that receives something other than an image. */
export type ImageFixParams = {
  /** A 2-D input: add a channel axis. */
  'reshape-to': { shape: string };
  /** Any other input that is not flat. */
  'reshape-to-image': Record<string, never>;
  /** The data itself is flat (no layer made it so). */
  'flat-data': { shape: string; reshape: ReshapeTarget; layer: string };
  /** Layer `place` (its type's name `name`) made a sequence flat. */
  'flat-sequence': {
    place: number;
    name: string;
    shape: string;
    reshape: ReshapeTarget;
    layer: string;
  };
  /** A Flatten right above flattened an image. */
  'remove-flatten': Record<string, never>;
  /** A Reshape right above made an image flat: give it an image's target shape. */
  'change-reshape': { place: number; name: string; shape: string };
  /** A layer further up made an image flat: move the image layer above it. */
  'move-above': {
    place: number;
    name: string;
    shape: string;
    reshape: ReshapeTarget;
    layer: string;
  };
};
export type ImageFixCode = keyof ImageFixParams;
export type ImageFix = Message<`problems:imageFixes.${ImageFixCode}`>;

/** Advice about a model that builds but may not train well. */
export type ShapeWarningParams = {
  /** Over PARAM_WARNING_LIMIT parameters. */
  'slow-model': { params: number };
  /** A Dense layer on an image works on its last axis only. */
  'dense-on-image': { input: string; output: string };
  /** `layers` hidden Dense layers (three or more) use sigmoid or tanh. */
  'saturating-stack': { layers: number };
  /** A linear hidden Dense layer feeds another Dense layer. */
  'linear-hidden': Record<string, never>;
  /** A Dropout as the last layer. */
  'dropout-last': Record<string, never>;
};
export type ShapeWarningCode = keyof ShapeWarningParams;
export type ShapeWarning = Message<`problems:warnings.${ShapeWarningCode}`>;

export const reshapeTarget = <C extends ReshapeTargetCode>(
  code: C,
  params: ReshapeTargetParams[C],
): ReshapeTarget => message(`problems:reshapeTargets.${code}`, params);

export const imageFix = <C extends ImageFixCode>(code: C, params: ImageFixParams[C]): ImageFix =>
  message(`problems:imageFixes.${code}`, params);

export const shapeWarning = <C extends ShapeWarningCode>(
  code: C,
  params: ShapeWarningParams[C],
): ShapeWarning => message(`problems:warnings.${code}`, params);
