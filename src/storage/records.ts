import { z } from '../lib/zod';
import {
  BACKEND_CHOICES,
  BACKEND_NAMES,
  epochMetricsSchema,
  finishReasons,
  predictionsSchema,
} from '../engine/client/protocol';
import { savedMessageSchema } from '../engine/client/engine-messages';
import { TRIAL_STATES } from '../search/types';

/**
 * What is kept of a study and its trials, as plain structured-cloneable records. Everything read
 * back is checked against these schemas: a record that fails is skipped and named, never trusted.
 */

/** Any number, NaN and ±Infinity included (zod's own number refuses them). */
const number = z.custom<number>((value) => typeof value === 'number', 'Expected a number');
const paramValue = z.union([z.number(), z.string(), z.boolean()]);

export const STUDY_STATUSES = ['running', 'paused', 'finished'] as const;
export type StoredStudyStatus = (typeof STUDY_STATUSES)[number];
export const END_REASONS = ['exhausted', 'max-trials', 'max-minutes', 'stopped'] as const;

export const storedStudySchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  /** The experiment the search ran on, as written (restored over the defaults when read). */
  spec: z.unknown(),
  backend: z.enum(BACKEND_CHOICES),
  status: z.enum(STUDY_STATUSES),
  endReason: z.enum(END_REASONS).nullable(),
  /** Time spent searching, pauses excepted: what a time budget has used up. */
  elapsedMs: z.number().min(0),
  /** What a list of studies shows without reading their trials. */
  trialCount: z.number().int().min(0).default(0),
  best: z
    .object({ number: z.number().int().min(0), value: z.number() })
    .nullable()
    .default(null),
  /** The strategy race the study ran in, beside the other strategies' studies; null for a search. */
  raceId: z.string().nullable().default(null),
});
export type StoredStudy = z.output<typeof storedStudySchema>;

export const storedTrialSchema = z.object({
  studyId: z.string().min(1),
  number: z.number().int().min(0),
  state: z.enum(TRIAL_STATES),
  params: z.record(z.string(), paramValue),
  value: number.nullable(),
  /** Intermediate values by step, as [step, value] pairs in the order reported. */
  intermediate: z.array(z.tuple([z.number().int().min(0), number])),
  /** The pruner's values about the trial, as [key, value] pairs. */
  systemAttrs: z.array(z.tuple([z.string(), number])),
  history: z.array(epochMetricsSchema),
  /** Wall-clock times (ms since 1970), as Optuna's datetime_start and datetime_complete. */
  startedAt: z.number().nullable(),
  completedAt: z.number().nullable(),
  durationMs: z.number().nullable(),
  /** Why it failed or diverged; text as versions before messages had codes saved it. */
  message: savedMessageSchema.nullable(),
  /** Why a worker refused the trial's spec, as problem records the UI words. */
  problems: z.array(z.unknown()),
  attempts: z.number().int().min(0),
  /** The trial this one runs again (an interrupted one); null for a trial of its own. */
  retryOf: z.number().int().min(0).nullable(),
  reason: savedMessageSchema.optional(),
  epoch: z.number().int().optional(),
});
export type StoredTrial = z.infer<typeof storedTrialSchema>;

export const RUN_STATUSES = ['running', 'completed', 'stopped', 'diverged', 'failed'] as const;
export type StoredRunStatus = (typeof RUN_STATUSES)[number];

/** A single training run: its experiment, its curves, how it ended. */
export const storedRunSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  spec: z.unknown(),
  /** The backend asked for, and the one it trained on (null before it started). */
  backend: z.enum(BACKEND_CHOICES),
  ranOn: z.enum(BACKEND_NAMES).nullable(),
  /** `running` for a run the page was training when last written (cut short if it closed). */
  status: z.enum(RUN_STATUSES),
  /** Why it failed or diverged; text as versions before messages had codes saved it. */
  message: savedMessageSchema.nullable(),
  history: z.array(epochMetricsSchema),
  durationMs: z.number().nullable(),
  params: z.number().int().min(0).nullable(),
  test: z.object({ loss: number, accuracy: number.nullable() }).nullable(),
  /** What the results view shows of it, to reopen it as it was. */
  info: z
    .object({
      backend: z.enum(BACKEND_NAMES),
      params: z.number().int().min(0),
      trainSize: z.number().int().min(0),
      validationSize: z.number().int().min(0),
      batchesPerEpoch: z.number().int().min(0),
      folds: z.number().int().min(1),
    })
    .nullable()
    .default(null),
  predictions: z.array(predictionsSchema).default([]),
  finishReason: finishReasons.nullable().default(null),
  bestEpoch: z.number().int().nullable().default(null),
  restoredBest: z.boolean().default(false),
});
export type StoredRun = z.output<typeof storedRunSchema>;

/** A run's trained model as TensorFlow.js exports it: topology and manifest as JSON, weights. */
export const storedModelSchema = z.object({
  runId: z.string().min(1),
  topology: z.string(),
  weightSpecs: z.string(),
  weights: z.instanceof(ArrayBuffer),
});
export type StoredModel = z.infer<typeof storedModelSchema>;
