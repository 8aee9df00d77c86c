import type { LayerSpec } from '../../experiment/layers';
import type { LayerInference, ModelInference } from '../../experiment/shape-inference';
import { formatCount } from '../i18n/format';
import { i18n } from '../i18n/i18n';

/** The summary table's caption and totals, in words that say when the count is not the model's. */
export interface SummaryCounts {
  caption: string;
  totalLabel: string;
  total: string;
  trainableLabel: string;
  trainable: string;
}

const count = (n: number) => formatCount(n);
const NOT_COUNTED = '—';

/** A layer's parameters; a dash for a layer with no shape (the one that fails and those after). */
export const paramCell = (row: LayerInference | undefined): string =>
  row?.outputShape ? count(row.params) : NOT_COUNTED;

/**
 * Keras' totals for a model that builds. A stack that stops at a layer has no total: only the
 * layers before it are counted, and the caption and footer say which.
 */
export function summaryCounts(layers: readonly LayerSpec[], result: ModelInference): SummaryCounts {
  // BatchNormalization keeps a moving mean and variance per channel that training does not update.
  const nonTrainable = layers.reduce(
    (sum, layer, i) =>
      sum + (layer.type === 'batchNormalization' ? (result.layers[i]?.params ?? 0) / 2 : 0),
    0,
  );
  const total = count(result.totalParams);
  const trainable = count(result.totalParams - nonTrainable);
  const nothing = {
    totalLabel: i18n.t('builder:summary.total'),
    total: NOT_COUNTED,
    trainableLabel: i18n.t('builder:summary.trainable'),
    trainable: NOT_COUNTED,
  };
  const stop = result.firstError?.index;
  if (stop === undefined) {
    if (result.outputShape === null)
      return { caption: i18n.t('builder:summary.notCounted'), ...nothing };
    return {
      caption: i18n.t('builder:summary.caption', { total }),
      totalLabel: i18n.t('builder:summary.total'),
      total,
      trainableLabel: i18n.t('builder:summary.trainable'),
      trainable,
    };
  }
  const layer = stop + 1;
  if (stop === 0) return { caption: i18n.t('builder:summary.stopsAtFirst', { layer }), ...nothing };
  // One layer counted is named alone ("layer 1"), more as a range ("layers 1–3").
  if (stop === 1)
    return {
      caption: i18n.t('builder:summary.stopsAfterOne', { layer, total }),
      totalLabel: i18n.t('builder:summary.totalOfOne'),
      total,
      trainableLabel: i18n.t('builder:summary.trainableOfOne'),
      trainable,
    };
  return {
    caption: i18n.t('builder:summary.stopsAfterSome', { layer, last: stop, total }),
    totalLabel: i18n.t('builder:summary.totalOfSome', { last: stop }),
    total,
    trainableLabel: i18n.t('builder:summary.trainableOfSome', { last: stop }),
    trainable,
  };
}
