import { afterEach, describe, expect, it } from 'vitest';
import { getParamImportances } from '../../../search/importance/param-importances';
import { ImportanceStudyError } from '../../../search/importance/importance-study';
import { i18n } from '../../i18n/i18n';
import { messageText } from '../../i18n/message-text';

afterEach(() => i18n.changeLanguage('en'));

/** What the worker says of a study it refuses: the error's reason, for people. */
function refusal(study: unknown): ImportanceStudyError {
  try {
    getParamImportances(study, { evaluator: 'fanova', seed: 0 });
  } catch (error) {
    if (error instanceof ImportanceStudyError) return error;
    throw error;
  }
  throw new Error('expected the study to be refused');
}

const study = {
  direction: 'minimize',
  distributions: { lr: { type: 'float', low: 1e-4, high: 0.1, log: true } },
  trials: [{ number: 0, params: { lr: 0.5, units: 8 }, value: 0.3 }],
};

describe('the study dashboards’ words', () => {
  it('says why a study cannot be evaluated, every problem, in either language', async () => {
    const { reason } = refusal(study);
    expect(messageText(reason)).toBe(
      'Invalid study for parameter importance: trials.0.params.lr: is out of range; trials.0.params.units: has no distribution',
    );
    await i18n.changeLanguage('zh-CN');
    expect(messageText(reason)).toBe(
      '这组研究数据无法用于计算参数重要性：trials.0.params.lr：超出范围；trials.0.params.units：没有对应的分布',
    );
  });

  it('names the whole study when it is not a study at all', async () => {
    const { reason } = refusal(null);
    expect(messageText(reason)).toBe('Invalid study for parameter importance: study: is not valid');
    await i18n.changeLanguage('zh-CN');
    expect(messageText(reason)).toBe('这组研究数据无法用于计算参数重要性：研究：无效');
  });

  it('counts the trials the filter keeps, one or many, with grouped digits', async () => {
    const keeps = (count: number, total: number) =>
      i18n.t('dashboards:filterKeeps', { count, total });
    expect(keeps(1, 10)).toBe('The filter keeps 1 trial of 10; the table shows only those.');
    expect(keeps(3, 1200)).toBe('The filter keeps 3 trials of 1,200; the table shows only those.');
    await i18n.changeLanguage('zh-CN');
    expect(keeps(1, 10)).toBe('筛选保留了 10 次试验中的 1 次；表格只显示这些试验。');
  });

  it('puts the objective into its sentences whole', async () => {
    const objective = i18n.t('search:objectives.valLoss');
    expect(i18n.t('dashboards:controls.log', { objective })).toBe('Log scale for validation loss');
    await i18n.changeLanguage('zh-CN');
    const chinese = i18n.t('search:objectives.valLoss');
    expect(i18n.t('dashboards:controls.log', { objective: chinese })).toBe(
      `对${chinese}使用对数刻度`,
    );
  });
});
