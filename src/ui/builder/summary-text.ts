import type { LayerSpec } from '../../experiment/layers';
import type { LayerInference, ModelInference } from '../../experiment/shape-inference';

/** The summary table's caption and totals, in words that say when the count is not the model's. */
export interface SummaryCounts {
  caption: string;
  totalLabel: string;
  total: string;
  trainableLabel: string;
  trainable: string;
}

const count = (n: number) => n.toLocaleString('en');
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
    totalLabel: 'Total params',
    total: NOT_COUNTED,
    trainableLabel: 'Trainable params',
    trainable: NOT_COUNTED,
  };
  const stop = result.firstError?.index;
  if (stop === undefined) {
    if (result.outputShape === null)
      return { caption: 'Model summary, not counted: the input shape is not valid', ...nothing };
    return {
      caption: `Model summary, ${total} parameters`,
      totalLabel: 'Total params',
      total,
      trainableLabel: 'Trainable params',
      trainable,
    };
  }
  const stops = `Model summary, incomplete: the stack stops at layer ${stop + 1}`;
  if (stop === 0) return { caption: `${stops}, so nothing is counted`, ...nothing };
  const counted = stop === 1 ? 'layer 1' : `layers 1–${stop}`;
  return {
    caption: `${stops}, so only ${counted} ${stop === 1 ? 'is' : 'are'} counted (${total} parameters)`,
    totalLabel: `Params in ${counted}`,
    total,
    trainableLabel: `Trainable in ${counted}`,
    trainable,
  };
}
