import { afterEach, describe, expect, it } from 'vitest';
import { DATASETS, DATASET_NAMES } from '../../data/catalog';
import type { DatasetGroup, TestRegionCode } from '../../data/catalog';
import { LOSSES } from '../../experiment/experiment';
import { LAYER_CATALOG } from '../../experiment/layer-catalog';
import type { ParamDescriptor } from '../../experiment/layer-catalog';
import { LAYER_TYPES } from '../../experiment/layers';
import { message } from '../../lib/message';
import { i18n } from '../i18n/i18n';
import {
  datasetDescription,
  datasetGroupLabel,
  datasetLabel,
  layerDescription,
  layerLabel,
  layerParamHelp,
  layerParamLabel,
  layerParamOptionLabel,
  lossLabel,
  testRegionLabel,
} from './catalog-text';

afterEach(() => i18n.changeLanguage('en'));

const LANGUAGES = ['en', 'zh-CN'] as const;
const GROUPS = [...new Set(DATASET_NAMES.map((name) => DATASETS[name].group))] as DatasetGroup[];
const REGIONS = DATASET_NAMES.flatMap((name) => DATASETS[name].testRegion?.id ?? []);
const PARAMS: readonly ParamDescriptor[] = LAYER_TYPES.flatMap(
  (type): readonly ParamDescriptor[] => LAYER_CATALOG[type].params,
);

/** A looked-up text that is really words: not empty, not the key i18next returns when missing. */
const expectWords = (text: string) => {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/^(catalog:)?[\w-]+(\.[\w-]+)+$/);
};

describe.each(LANGUAGES)('catalog text in %s', (language) => {
  it('names and describes every dataset', async () => {
    await i18n.changeLanguage(language);
    for (const name of DATASET_NAMES) {
      expectWords(datasetLabel(name));
      expectWords(datasetDescription(name));
      expect(datasetLabel(DATASETS[name].info)).toBe(datasetLabel(name));
    }
    for (const group of GROUPS) expectWords(datasetGroupLabel(group));
    for (const region of REGIONS as TestRegionCode[]) expectWords(testRegionLabel(region));
  });

  it('names every loss', async () => {
    await i18n.changeLanguage(language);
    for (const loss of LOSSES) expectWords(lossLabel(loss));
  });

  it('names and describes every layer type and its fields', async () => {
    await i18n.changeLanguage(language);
    for (const type of LAYER_TYPES) {
      expect(layerLabel(type)).toBe(LAYER_CATALOG[type].label);
      expectWords(layerDescription(type));
    }
    for (const param of PARAMS) {
      expectWords(layerParamLabel(param));
      expectWords(layerParamHelp(param));
      if (param.kind === 'enum')
        for (const option of param.options) expectWords(layerParamOptionLabel(option));
    }
  });
});

describe('catalog text', () => {
  it('keeps the English the app and its end-to-end tests know', () => {
    expect(datasetLabel('gaussians')).toBe('Two Gaussians');
    expect(datasetLabel('mnist')).toBe('MNIST digits');
    expect(datasetLabel('csv')).toBe('Your CSV');
    expect(lossLabel('meanSquaredError')).toBe('Mean squared error');
    expect(layerParamLabel('kernelL2')).toBe('L2 penalty');
    expect(layerParamHelp(LAYER_CATALOG.lstm.params[0]!)).toBe(
      'Size of the memory carried from step to step. More units remember more but train slower.',
    );
    expect(datasetDescription('sequence')).toMatch(/from the previous 20\. Split in time order/);
    expect(datasetGroupLabel('classification-2d')).toBe('2-D classification');
    expect(testRegionLabel('lowerRight')).toBe('the lower-right corner (x − y ≥ 2)');
  });

  it('names an uploaded CSV by its file, in the language on screen', async () => {
    const uploaded = { name: 'csv', fileName: 'penguins.csv' };
    expect(datasetLabel(uploaded)).toBe('CSV: penguins.csv');
    expect(datasetLabel({ name: 'csv', fileName: '' })).toBe('Uploaded CSV');
    await i18n.changeLanguage('zh-CN');
    expect(datasetLabel(uploaded)).toBe('CSV：penguins.csv');
    expect(datasetLabel({ name: 'csv', fileName: '' })).toBe('上传的 CSV');
  });

  it('describes a dataset that carries its own description with that message', async () => {
    const info = {
      name: 'csv',
      fileName: 'a.csv',
      description: message('catalog:csvFile.predicting', { fileName: 'a.csv', target: 'y' }),
    };
    expect(datasetDescription(info)).toBe('a.csv, predicting "y".');
    await i18n.changeLanguage('zh-CN');
    expect(datasetDescription(info)).toBe('a.csv，预测“y”。');
  });

  it('leaves identifiers as they are and words beside the padding choices', async () => {
    const relu = { value: 'relu' };
    expect(layerParamOptionLabel(relu)).toBe('relu');
    expect(layerParamOptionLabel({ value: 'valid', label: 'valid' })).toBe('valid (shrinks)');
    await i18n.changeLanguage('zh-CN');
    expect(layerParamOptionLabel(relu)).toBe('relu');
    expect(layerParamOptionLabel({ value: 'same', label: 'same' })).toBe('same（保持尺寸）');
    expect(lossLabel('huber')).toBe('Huber 损失');
  });
});
