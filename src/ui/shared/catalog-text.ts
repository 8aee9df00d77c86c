/**
 * How the UI names what the domain's catalogs hold: datasets, losses, layer types and their
 * fields. The domain keeps the ids; the words come from the `catalog` namespace, looked up at
 * call time so they follow the language on screen (callers are components that re-render on a
 * language change).
 */
import type { DatasetGroup, DatasetName, TestRegionCode } from '../../data/catalog';
import { DATASET_NAMES } from '../../data/catalog';
import { SEQUENCE_TIMESTEPS } from '../../data/sequence';
import type { Message } from '../../lib/message';
import type { LossName } from '../../experiment/experiment';
import type { LayerParamKey, ParamHelpCode, ParamOptionCode } from '../../experiment/layer-catalog';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { LayerType } from '../../experiment/layers';
import type { OptimizerId, SurfaceId } from '../../experiment/lessons/optimizer-paths';
import { i18n } from '../i18n/i18n';
import { messageText } from '../i18n/message-text';

/** A dataset as the UI may hold it: its name, or its info (an uploaded CSV's names its file). */
export type DatasetRef =
  | DatasetName
  | { readonly name: string; readonly fileName?: string; readonly description?: Message };

const isDatasetName = (name: string): name is DatasetName =>
  (DATASET_NAMES as readonly string[]).includes(name);

/** "Two Gaussians", "MNIST digits"; an uploaded CSV reads "CSV: data.csv" (or "Uploaded CSV"). */
export function datasetLabel(dataset: DatasetRef): string {
  if (typeof dataset === 'string') return i18n.t(`catalog:datasets.${dataset}.label`);
  if (dataset.name === 'csv' && dataset.fileName !== undefined)
    return dataset.fileName
      ? i18n.t('catalog:csvFile.named', { fileName: dataset.fileName })
      : i18n.t('catalog:csvFile.unnamed');
  return isDatasetName(dataset.name)
    ? i18n.t(`catalog:datasets.${dataset.name}.label`)
    : dataset.name;
}

/** The dataset's description: the catalog's words, or what an uploaded CSV says of itself. */
export function datasetDescription(dataset: DatasetRef): string {
  if (typeof dataset !== 'string' && dataset.description) return messageText(dataset.description);
  const name = typeof dataset === 'string' ? dataset : dataset.name;
  if (!isDatasetName(name)) return '';
  return i18n.t(`catalog:datasets.${name}.description`, { timesteps: SEQUENCE_TIMESTEPS });
}

/** "2-D classification", "Images": the heading a dataset is listed under. */
export const datasetGroupLabel = (group: DatasetGroup): string =>
  i18n.t(`catalog:datasetGroups.${group}`);

/** The part of the plane held out when the test region is shifted, for captions. */
export const testRegionLabel = (region: TestRegionCode): string =>
  i18n.t(`catalog:testRegions.${region}`);

/** "Mean squared error". */
export const lossLabel = (loss: LossName): string => i18n.t(`catalog:losses.${loss}`);

/** Keras' class name, e.g. "Conv2D": the same in every language. */
export const layerLabel = (type: LayerType): string => LAYER_CATALOG[type].label;

/** One line for the palette: what a layer of this type does. */
export const layerDescription = (type: LayerType): string => i18n.t(`catalog:layers.${type}`);

/** A layer field's label in the editor, e.g. "Units"; takes the field's key or its descriptor. */
export const layerParamLabel = (param: LayerParamKey | { readonly key: string }): string =>
  i18n.t(`catalog:params.${(typeof param === 'string' ? param : param.key) as LayerParamKey}`);

/** The help under a layer field: pass the field's descriptor (`LAYER_CATALOG[type].params[i]`). */
export const layerParamHelp = (param: ParamHelpCode | { readonly help: ParamHelpCode }): string =>
  i18n.t(`catalog:paramHelp.${typeof param === 'string' ? param : param.help}`);

/** How an enum field's choice reads: "valid (shrinks)"; identifiers (relu) as they are. */
export const layerParamOptionLabel = (option: {
  readonly value: string;
  readonly label?: ParamOptionCode;
}): string => (option.label ? i18n.t(`catalog:paramOptions.${option.label}`) : option.value);

/** A loss surface of the gradient-descent lesson, for its menu: "Narrow valley". */
export const surfaceLabel = (surface: SurfaceId): string =>
  i18n.t(`catalog:surfaces.${surface}.label`);

/** One sentence for students: what the surface is like and what to watch for. */
export const surfaceDescription = (surface: SurfaceId): string =>
  i18n.t(`catalog:surfaces.${surface}.description`);

/** An optimiser walking a loss surface, in the legend and table: "SGD", "Momentum 0.9". */
export const pathOptimizerLabel = (optimizer: OptimizerId): string =>
  i18n.t(`catalog:pathOptimizers.${optimizer}`);
