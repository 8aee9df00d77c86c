import { z } from '../../lib/zod';
import type { Message } from '../../lib/message';
import type { Direction } from '../../experiment/search-schema';
import { searchSpecSchema } from '../../experiment/search-schema';
import type { Params, TrialRecord } from '../../search/types';
import { TRIAL_STATES } from '../../search/types';
import { engineMessage, messageSchema } from './engine-messages';

/**
 * Messages between the page and the search worker, which holds the study's sampler: the page
 * opens it with the space and the sampler's settings, then asks for each trial's values, sending
 * along the trial records that changed since its last ask, so the worker's copy of the history
 * is the study's at the moment of every ask.
 */

/** Any double: intermediate values may be NaN or infinite (a diverged trial's), as the study has them. */
const anyNumber = z.custom<number>((value) => typeof value === 'number', 'Expected a number');
const paramValue = z.union([z.number(), z.string(), z.boolean()]);
const count = z.number().int().min(0);

const trialRecordSchema = z.object({
  number: count,
  state: z.enum(TRIAL_STATES),
  params: z.record(z.string(), paramValue),
  value: anyNumber.nullable(),
  intermediate: z.map(count, anyNumber),
  systemAttrs: z.map(z.string(), anyNumber),
  reason: messageSchema.optional(),
  epoch: z.number().int().optional(),
});

/** The sampler's part of a search spec (what createSampler reads) and its space. */
export const samplerSettingsSchema = searchSpecSchema.pick({
  strategy: true,
  seed: true,
  startupTrials: true,
  params: true,
});
export type SamplerSettings = z.infer<typeof samplerSettingsSchema>;

export const searchRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('open'),
    settings: samplerSettingsSchema,
    direction: z.enum(['minimize', 'maximize']),
  }),
  z.object({
    type: z.literal('ask'),
    askId: count,
    /** The number the new trial will get: the count of trials so far. */
    number: count,
    /** Records that are new or changed since the last ask (the study replaces what changes). */
    changed: z.array(trialRecordSchema),
  }),
]);
/** A request as the page sends it: the study's own records (the worker gets structured clones). */
export type SearchRequest =
  | { type: 'open'; settings: SamplerSettings; direction: Direction }
  | { type: 'ask'; askId: number; number: number; changed: readonly TrialRecord[] };
type ParsedSearchRequest = z.infer<typeof searchRequestSchema>;

export const searchReplySchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('proposed'),
    askId: count,
    /** null: the sampler has nothing left to propose (a finished grid). */
    params: z.record(z.string(), paramValue).nullable(),
  }),
  z.object({
    type: z.literal('failed'),
    /** The ask the sampler failed on; null when the worker itself broke or a message was bad. */
    askId: count.nullable(),
    message: messageSchema,
  }),
]);
export type SearchReply = z.infer<typeof searchReplySchema>;

type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message };

export function parseSearchRequest(data: unknown): Parsed<ParsedSearchRequest> {
  const parsed = searchRequestSchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    message: engineMessage('search-request-unreadable', {
      // zod's own words for what is wrong, as it gives them.
      detail: parsed.error.issues[0]?.message ?? engineMessage('invalid'),
    }),
  };
}

export function parseSearchReply(data: unknown): Parsed<SearchReply> {
  const parsed = searchReplySchema.safeParse(data);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: engineMessage('search-reply-unreadable') };
}

/** A record as the worker rebuilds it: the sampler sees the same values as the study's. */
export function trialFromMessage(record: z.infer<typeof trialRecordSchema>): TrialRecord {
  const { reason, epoch, ...rest } = record;
  return Object.freeze({
    ...rest,
    params: Object.freeze({ ...record.params }) as Params,
    ...(reason === undefined ? {} : { reason }),
    ...(epoch === undefined ? {} : { epoch }),
  });
}
