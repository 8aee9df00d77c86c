import { z } from 'zod';

/** Bounds of a number a schema accepts. */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
}

/** A whole number within a range, with messages that name the field. */
export const wholeNumber = (label: string, { min, max }: NumberRange) =>
  z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });

/** Any number within a range, with messages that name the field. */
export const realNumber = (label: string, { min, max }: NumberRange) =>
  z
    .number({ error: `${label} must be a number` })
    .min(min, { error: `${label} must be at least ${min}` })
    .max(max, { error: `${label} must be at most ${max}` });
