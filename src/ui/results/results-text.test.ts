import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import type { PredictionsOf } from '../../engine/client/protocol';
import { i18n } from '../i18n/i18n';
import { ConfusionMatrix } from './ConfusionMatrix';
import { MisclassifiedDigits } from './MisclassifiedDigits';

afterEach(() => i18n.changeLanguage('en'));

const confusion: PredictionsOf<'confusion'> = {
  kind: 'confusion',
  epoch: 3,
  classNames: ['0', '1'],
  // 1,200 right answers for class 0: counts are grouped as the language writes numbers.
  matrix: [1200, 0, 2, 8],
};

const misclassified: PredictionsOf<'misclassified'> = {
  kind: 'misclassified',
  epoch: 3,
  width: 2,
  height: 2,
  images: new Float32Array([0, 1, 1, 0]),
  actual: [7],
  predicted: [1],
};

const render = (element: Parameters<typeof renderToStaticMarkup>[0]) =>
  renderToStaticMarkup(element)
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe('the results’ words', () => {
  it('labels the confusion matrix and groups its counts, in either language', async () => {
    const matrix = createElement(ConfusionMatrix, { confusion });
    expect(render(matrix)).toContain('Confusion matrix (validation)');
    expect(render(matrix)).toContain('1,200');
    expect(render(matrix)).toContain('Recall');
    await i18n.changeLanguage('zh-CN');
    expect(render(matrix)).toContain('混淆矩阵（验证集）');
    expect(render(matrix)).toContain('召回率');
  });

  it('names each misclassified digit as it was read', async () => {
    const digits = createElement(MisclassifiedDigits, { misclassified });
    expect(renderToStaticMarkup(digits)).toContain('aria-label="Digit predicted 1, actually 7"');
    await i18n.changeLanguage('zh-CN');
    expect(renderToStaticMarkup(digits)).toContain('aria-label="数字：预测为 1，实际是 7"');
  });
});
