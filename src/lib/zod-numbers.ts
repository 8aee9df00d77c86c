import { z } from 'zod';

/** Bounds of a number a schema accepts. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/**
 * A whole number within a range. Without a label a refusal carries no words (the experiment's
 * problems are worded in the UI from their codes); with one, its messages name the field.
 */
export const wholeNumber = ({ min, max }: NumberRange, label?: string) =>
  label === undefined
    ? z.number().int().min(min).max(max)
    : z
        .number({ error: `${label} must be a number` })
        .int({ error: `${label} must be a whole number` })
        .min(min, { error: `${label} must be at least ${min}` })
        .max(max, { error: `${label} must be at most ${max}` });

/** Any number within a range; worded as `wholeNumber` is. */
export const realNumber = ({ min, max }: NumberRange, label?: string) =>
  label === undefined
    ? z.number().min(min).max(max)
    : z
        .number({ error: `${label} must be a number` })
        .min(min, { error: `${label} must be at least ${min}` })
        .max(max, { error: `${label} must be at most ${max}` });
