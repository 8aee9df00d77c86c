import type { EpochMetrics } from '../../engine/client/protocol';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { VariantState } from '../../store/compare-slice';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';
import { problemText } from '../shared/problem-text';
import { formatLoss } from '../shared/format';

/** One colour per variant, in order; distinct on white and for the common colour blindnesses. */
export const VARIANT_COLORS = [
  '#2563eb',
  '#dc2626',
  '#15803d',
  '#7c3aed',
  '#ea580c',
  '#0891b2',
  '#db2777',
  '#57534e',
] as const;

export const variantColor = (index: number): string =>
  VARIANT_COLORS[index % VARIANT_COLORS.length] as string;

/** What the comparison's table shows of one variant. */
export interface ComparisonRow {
  key: string;
  label: string;
  color: string;
  params: number | null;
  /** Epochs trained so far, and planned. */
  epochs: number;
  plannedEpochs: number;
  /** The last epoch's training loss. */
  trainLoss: number | null;
  /** The lowest validation loss so far, and its epoch. */
  bestValLoss: number | null;
  bestEpoch: number | null;
  /**
   * The validation accuracy of the model it ends with: the best epoch's when early stopping kept
   * that epoch's weights, else the last epoch's; null for regression.
   */
  valAccuracy: number | null;
  classification: boolean;
  seconds: number | null;
  status: string;
  /** Whether the status is an error (failed or diverged), for the table to mark. */
  failed: boolean;
}

/** The variant's label: the translated one, or its key where there is none. */
export const variantLabel = (labels: Readonly<Record<string, string>>, key: string): string =>
  labels[key] ?? key;

/** The epoch with the lowest finite validation loss (the first of equals), or null. */
export function bestOf(history: readonly EpochMetrics[]): EpochMetrics | null {
  let best: EpochMetrics | null = null;
  for (const m of history)
    if (Number.isFinite(m.valLoss) && (best === null || m.valLoss < best.valLoss)) best = m;
  return best;
}

/** What a variant is doing or how it ended, in words (the language on screen). */
export function variantStatus(variant: VariantState): string {
  switch (variant.status) {
    case 'idle':
      return i18n.t('lessons:status.idle');
    case 'starting':
      if (variant.waitingForData) return i18n.t('lessons:status.waitingForData');
      if (variant.queuePosition !== null)
        return i18n.t('lessons:status.queued', { position: variant.queuePosition });
      return i18n.t('lessons:status.starting');
    case 'training':
      return i18n.t('lessons:status.training');
    case 'paused':
      return i18n.t('lessons:status.paused');
    case 'stopping':
      return i18n.t('lessons:status.stopping');
    case 'completed':
      return variant.finishReason === 'early-stopped'
        ? i18n.t('lessons:status.stoppedEarly', { epoch: variant.history.length })
        : i18n.t('lessons:status.finished');
    case 'stopped':
      return i18n.t('lessons:status.stopped');
    case 'diverged':
      return variant.divergedEpoch !== null
        ? i18n.t('lessons:status.divergedAt', { epoch: variant.divergedEpoch })
        : i18n.t('lessons:status.diverged');
    case 'failed':
      return i18n.t('lessons:status.failed', { reason: failureText(variant) });
  }
}

function failureText(variant: VariantState): string {
  const message = variant.message ? messageText(variant.message) : null;
  switch (variant.failure) {
    case 'invalid-spec': {
      const first = variant.problems[0];
      return first ? problemText(first) : i18n.t('lessons:failure.invalidSpec');
    }
    case 'data-missing':
      return i18n.t('lessons:failure.dataMissing');
    case 'data-failed':
      return message
        ? i18n.t('lessons:failure.dataFailedWith', { message })
        : i18n.t('lessons:failure.dataFailed');
    case 'start-failed':
      return message
        ? i18n.t('lessons:failure.startFailedWith', { message })
        : i18n.t('lessons:failure.startFailed');
    case null: {
      const first = variant.problems[0];
      if (first) return problemText(first);
      return message ?? i18n.t('lessons:failure.workerStopped');
    }
  }
}

/** The table's rows, one per variant in the order of the comparison. */
export function comparisonRows(
  variants: readonly VariantState[],
  labels: Readonly<Record<string, string>>,
): ComparisonRow[] {
  return variants.map((variant, index) => {
    const { history, spec } = variant;
    const best = bestOf(history);
    const last = history.at(-1) ?? null;
    const kept =
      variant.restoredBest && variant.bestEpoch !== null
        ? (history.find((m) => m.epoch === variant.bestEpoch) ?? last)
        : last;
    const classification = specDatasetInfo(spec.dataset).task !== 'regression';
    return {
      key: variant.key,
      label: variantLabel(labels, variant.key),
      color: variantColor(index),
      params: variant.info?.params ?? null,
      epochs: history.length,
      plannedEpochs: spec.training.epochs,
      trainLoss: last && Number.isFinite(last.loss) ? last.loss : null,
      bestValLoss: best?.valLoss ?? null,
      bestEpoch: best?.epoch ?? null,
      valAccuracy: classification ? (kept?.valAccuracy ?? null) : null,
      classification,
      seconds: variant.elapsedMs === null ? null : variant.elapsedMs / 1000,
      status: variantStatus(variant),
      failed: variant.status === 'failed' || variant.status === 'diverged',
    };
  });
}

/**
 * The chart's data, one row per epoch: variant k's validation loss as `val{k}` and training loss
 * as `train{k}`. A value that is not finite (or not positive, on a log axis) is left out, so the
 * line ends there; a variant that stopped earlier has no values after its last epoch.
 */
export function chartRows(
  variants: readonly Pick<VariantState, 'history'>[],
  log = false,
): Record<string, number>[] {
  const epochs = Math.max(0, ...variants.map((v) => v.history.at(-1)?.epoch ?? 0));
  const rows = Array.from({ length: epochs }, (_, i): Record<string, number> => ({ epoch: i + 1 }));
  const usable = (value: number) => Number.isFinite(value) && (!log || value > 0);
  variants.forEach(({ history }, k) => {
    for (const m of history) {
      const row = rows[m.epoch - 1];
      if (!row) continue;
      if (usable(m.valLoss)) row[`val${k}`] = m.valLoss;
      if (usable(m.loss)) row[`train${k}`] = m.loss;
    }
  });
  return rows;
}

/** How far above the starting validation losses the chart's axis reaches. */
const CEILING_FACTOR = 3;

/**
 * The top of the loss axis: three times the largest first-epoch validation loss of any variant,
 * so one that diverges (to 1e30, say) climbs out of the chart instead of flattening every other
 * line. Validation loss, not training loss: an L2 penalty counts in the training loss only, and
 * starts it several times higher.
 */
export function lossCeiling(variants: readonly Pick<VariantState, 'history'>[]): number | null {
  let start = 0;
  for (const { history } of variants) {
    const value = history[0]?.valLoss;
    if (value !== undefined && Number.isFinite(value) && value > start) start = value;
  }
  return start > 0 ? start * CEILING_FACTOR : null;
}

/**
 * Whether the losses under the ceiling span more than `ratio` times (their positive, finite
 * values): then a log axis helps.
 */
export function spansWidely(
  variants: readonly Pick<VariantState, 'history'>[],
  ratio = 100,
  ceiling: number | null = null,
): boolean {
  let low = Infinity;
  let high = 0;
  for (const { history } of variants)
    for (const m of history)
      for (const value of [m.loss, m.valLoss])
        if (Number.isFinite(value) && value > 0 && (ceiling === null || value <= ceiling)) {
          low = Math.min(low, value);
          high = Math.max(high, value);
        }
  return high > 0 && high / low > ratio;
}

/** The chart's accessible summary: each variant's best validation loss, or how it ended. */
export function chartSummary(rows: readonly ComparisonRow[]): string {
  if (rows.length === 0) return i18n.t('lessons:comparison.summary.none');
  const parts = rows.map((row) => {
    const best =
      row.bestValLoss === null
        ? i18n.t('lessons:comparison.summary.noEpoch')
        : i18n.t('lessons:comparison.summary.best', {
            loss: formatLoss(row.bestValLoss),
            epoch: row.bestEpoch ?? '?',
          });
    return row.failed
      ? i18n.t('lessons:comparison.summary.failed', { label: row.label, best, status: row.status })
      : i18n.t('lessons:comparison.summary.variant', { label: row.label, best });
  });
  return i18n.t('lessons:comparison.summary.all', {
    count: rows.length,
    variants: parts.join(i18n.t('lessons:comparison.summary.separator')),
  });
}
