import type { ImportanceReply } from '../client/importance-client';
import { importanceRequestSchema } from '../client/importance-client';
import { getParamImportances } from '../../search/importance/param-importances';

/** The importance worker's logic, free of worker globals so Node tests can drive it. */
export function createImportanceRuntime(post: (reply: ImportanceReply) => void) {
  return {
    handle(data: unknown): void {
      const parsed = importanceRequestSchema.safeParse(data);
      if (!parsed.success) {
        post({ id: -1, ok: false, message: 'The importance request cannot be read.' });
        return;
      }
      const { id, study, evaluator, seed } = parsed.data;
      try {
        const importances = getParamImportances(study, { evaluator, seed });
        post({ id, ok: true, importances: Object.entries(importances) });
      } catch (error) {
        post({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
