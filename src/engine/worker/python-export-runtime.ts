import { z } from '../../lib/zod';
import { prepareExperimentData } from '../../experiment/prepare';
import { validateSpec } from '../../experiment/validate';
import { pythonProjectZip } from '../../export/python-project';
import { engineMessage, errorMessage } from '../client/engine-messages';
import { datasetSchema } from '../client/protocol';
import type { PythonExportReply } from '../client/python-export-client';

const requestSchema = z.object({
  spec: z.unknown(),
  external: datasetSchema.nullable(),
  readme: z.string(),
});

/** An answer and the buffers it hands over without a copy. */
export interface PythonExportOutcome {
  reply: PythonExportReply;
  transfer: Transferable[];
}

const failed = (reply: Extract<PythonExportReply, { ok: false }>): PythonExportOutcome => ({
  reply,
  transfer: [],
});

/** The export worker's logic, free of worker globals so Node tests can drive it. */
export function runPythonExport(data: unknown): PythonExportOutcome {
  const parsed = requestSchema.safeParse(data);
  if (!parsed.success)
    return failed({ ok: false, message: engineMessage('export-request-unreadable') });
  const { spec: input, external, readme } = parsed.data;
  const validation = validateSpec(input);
  if (!validation.ok) return failed({ ok: false, message: engineMessage('invalid-spec') });
  try {
    const prepared = prepareExperimentData(validation.spec, external);
    const zip = pythonProjectZip({ spec: validation.spec, data: prepared, readme });
    return {
      reply: { ok: true, zip: zip as Uint8Array<ArrayBuffer> },
      transfer: [zip.buffer as ArrayBuffer],
    };
  } catch (error) {
    return failed({
      ok: false,
      message: engineMessage('export-failed', { detail: errorMessage(error) }),
    });
  }
}
