import type { Direction } from '../../experiment/search-schema';
import { createSampler } from '../../search/create-sampler';
import { buildSearchSpace } from '../../search/space';
import type { Sampler, SearchSpace, TrialRecord } from '../../search/types';
import { errorMessage } from '../client/engine-messages';
import type { SearchReply } from '../client/search-protocol';
import { parseSearchRequest, trialFromMessage } from '../client/search-protocol';

interface OpenStudy {
  sampler: Sampler;
  space: SearchSpace;
  direction: Direction;
  /** The study's records as of the last ask, by trial number. */
  trials: TrialRecord[];
}

/**
 * The search worker's logic, free of worker globals so that Node tests run it: it holds the
 * study's sampler (a GP keeps its fits and factorisations here between asks) and a copy of the
 * trial records, updated by each ask's changes, and answers every ask with the sampler's values.
 * Nothing throws out of `handle`: a sampler's exception becomes a `failed` reply for its ask.
 */
export function createSearchRuntime({ post }: { post(reply: SearchReply): void }) {
  let study: OpenStudy | null = null;

  return {
    handle(data: unknown): void {
      const parsed = parseSearchRequest(data);
      if (!parsed.ok) {
        const askId = (data as { askId?: unknown } | null)?.askId;
        post({
          type: 'failed',
          askId: typeof askId === 'number' && Number.isInteger(askId) && askId >= 0 ? askId : null,
          message: parsed.message,
        });
        return;
      }
      const request = parsed.value;
      if (request.type === 'open') {
        study = {
          sampler: createSampler(request.settings),
          space: buildSearchSpace(request.settings.params),
          direction: request.direction,
          trials: [],
        };
        return;
      }
      const { askId, number, changed } = request;
      try {
        if (!study) throw new Error('No study is open in the search worker.');
        for (const record of changed) study.trials[record.number] = trialFromMessage(record);
        // A hole (a record never sent) would reach the sampler as undefined: refuse it too.
        const complete = Array.from(study.trials, (t) => t !== undefined).every(Boolean);
        if (study.trials.length !== number || !complete) {
          throw new Error(
            `The search worker's trials are out of step: it has ${study.trials.length}, the study ${number}.`,
          );
        }
        const params = study.sampler.sample({
          space: study.space,
          trials: Object.freeze([...study.trials]),
          number,
          direction: study.direction,
        });
        post({ type: 'proposed', askId, params });
      } catch (error) {
        post({ type: 'failed', askId, message: errorMessage(error) });
      }
    },

    /** Reports an error that escaped every handler; the page treats the worker as broken. */
    fail(error: unknown): void {
      post({ type: 'failed', askId: null, message: errorMessage(error) });
    },
  };
}
