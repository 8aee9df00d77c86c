import { z } from './zod';

/** Bounds of a number a schema accepts. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A whole number within a range. A refusal carries no words, only zod's codes: the experiment's
 * problems are worded in the UI from their codes and the field they are about.
 */
export const wholeNumber = ({ min, max }: NumberRange) => z.number().int().min(min).max(max);

/** Any number within a range; refused as `wholeNumber` is. */
export const realNumber = ({ min, max }: NumberRange) => z.number().min(min).max(max);
