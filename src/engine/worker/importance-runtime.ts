import { engineMessage, errorMessage } from '../client/engine-messages';
import type { ImportanceReply } from '../client/importance-client';
import { importanceRequestSchema } from '../client/importance-client';
import { ImportanceStudyError } from '../../search/importance/importance-study';
import { getParamImportances } from '../../search/importance/param-importances';

/** The importance worker's logic, free of worker globals so Node tests can drive it. */
export function createImportanceRuntime(post: (reply: ImportanceReply) => void) {
  return {
    handle(data: unknown): void {
      const parsed = importanceRequestSchema.safeParse(data);
      if (!parsed.success) {
        post({ id: -1, ok: false, message: engineMessage('importance-request-unreadable') });
        return;
      }
      const { id, study, evaluator, seed } = parsed.data;
      try {
        const importances = getParamImportances(study, { evaluator, seed });
        post({ id, ok: true, importances: Object.entries(importances) });
      } catch (error) {
        // A study it cannot read says why in words for people; anything else, as it is.
        const message = error instanceof ImportanceStudyError ? error.reason : errorMessage(error);
        post({ id, ok: false, message });
      }
    },
  };
}
