import { useEffect, useState } from 'react';
import type {
  ImportanceComputer,
  ImportanceEvaluator,
  ImportanceStudy,
  Importances,
} from '../../../engine/client/importance-client';
import { errorMessage } from '../../../engine/client/engine-messages';
import { importanceWorker } from '../../../engine/client/importance-client';
import type { Direction, ParamValue } from '../../../experiment/search-schema';
import type { Message } from '../../../lib/message';
import type { ScoredTrial } from './study-points';
import type { StudyParam, StudyView } from './use-study';

/** Importances need a few trials to mean anything: a forest of two points explains nothing. */
export const MIN_TRIALS_FOR_IMPORTANCE = 3;
/** Seeded, so the same study always shows the same bars. */
const SEED = 0;

export type ImportanceResult =
  | { status: 'waiting'; complete: number }
  | { status: 'computing'; complete: number; last: Importances | null }
  | { status: 'ready'; complete: number; importances: Importances }
  | { status: 'failed'; complete: number; message: Message };

let shared: ImportanceComputer | null = null;
/** One worker for the page, started on first use. */
const computer = () => (shared ??= importanceWorker());

/**
 * The parameters' importances for the shown search, computed in the importance worker each time
 * a trial completes; the last answer stays on screen while the next one is computed.
 */
export function useImportances(study: StudyView, evaluator: ImportanceEvaluator): ImportanceResult {
  const { scored, params, direction } = study;
  const complete = scored.filter((t) => t.state === 'complete');
  const count = complete.length;
  const [result, setResult] = useState<{ key: string; value: ImportanceResult } | null>(null);
  // Values too: another search with as many trials over the same parameters is another answer.
  const base = `${evaluator}|${params.map((p) => p.target).join(',')}`;
  const key = `${base}|${complete.map((t) => t.value).join(',')}`;

  useEffect(() => {
    if (count < MIN_TRIALS_FOR_IMPORTANCE) return;
    let live = true;
    const input = importanceStudy(scored, params, direction);
    computer()
      .compute(input, evaluator, SEED)
      .then(
        (importances) => {
          if (live && importances)
            setResult({ key, value: { status: 'ready', complete: count, importances } });
        },
        (error: unknown) => {
          if (live)
            setResult({
              key,
              value: {
                status: 'failed',
                complete: count,
                message: errorMessage(error),
              },
            });
        },
      );
    return () => {
      live = false;
    };
    // The key names everything the answer depends on: recompute when it changes, not per render.
  }, [key]);

  if (count < MIN_TRIALS_FOR_IMPORTANCE) return { status: 'waiting', complete: count };
  if (result?.key === key) return result.value;
  // While the next answer is computed the last stays, if it answered the same question.
  const last =
    result?.value.status === 'ready' && result.key.startsWith(`${base}|`)
      ? result.value.importances
      : null;
  return { status: 'computing', complete: count, last };
}

/** The shown search's complete trials in the shape of Optuna's study, as getParamImportances takes it. */
export function importanceStudy(
  scored: readonly ScoredTrial[],
  params: readonly StudyParam[],
  direction: Direction,
): ImportanceStudy {
  return {
    direction,
    distributions: Object.fromEntries(params.map((p) => [p.target, p.distribution])),
    trials: scored
      .filter((t) => t.state === 'complete')
      .map((t) => ({ number: t.number, params: inRange(t.params, params), value: t.value })),
  };
}

/**
 * The trial's values, a float a rounding error past its range's end put back on it: studies
 * saved before the GP clamped its proposals hold 0.10000000000000006 for a high of 0.1.
 */
function inRange(
  values: ScoredTrial['params'],
  params: readonly StudyParam[],
): Record<string, ParamValue> {
  const copy: Record<string, ParamValue> = { ...values };
  for (const { target, distribution } of params) {
    const value = copy[target];
    if (distribution.type === 'categorical' || typeof value !== 'number') continue;
    const slack = 1e-9 * Math.max(1, Math.abs(distribution.high), Math.abs(distribution.low));
    if (value > distribution.high && value - distribution.high < slack)
      copy[target] = distribution.high;
    if (value < distribution.low && distribution.low - value < slack)
      copy[target] = distribution.low;
  }
  return copy;
}
