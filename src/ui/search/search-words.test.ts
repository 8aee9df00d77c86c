import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { Trans } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { SearchState } from '../../store/search-state';
import { idleSearch } from '../../store/search-state';
import { epoch, trial } from '../../store/testing/trial-fixtures';
import { i18n } from '../i18n/i18n';
import { foundAt, raceSentence } from './race-text';
import {
  describeDistribution,
  formatDuration,
  formatParamValue,
  searchStatusSentence,
  strategyLabel,
  trialStateLabel,
  trialStateSentence,
  trialTitle,
} from './search-view';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

/** A `<hidden>` Trans string as the components render it. */
const hiddenMarkup = (key: string, values: Record<string, unknown>) =>
  renderToStaticMarkup(
    createElement(Trans, {
      i18n,
      ns: 'search',
      i18nKey: key,
      values,
      components: { hidden: createElement('span', { className: 'visually-hidden' }) },
    } as never),
  );

describe('sentences with a part only screen readers hear', () => {
  it('reads exactly as before in English', () => {
    expect(hiddenMarkup('table.select', { number: 3 })).toBe(
      '<span class="visually-hidden">Select trial </span>3',
    );
    expect(hiddenMarkup('params.remove', { label: 'Learning rate' })).toBe(
      'Remove<span class="visually-hidden"> Learning rate</span>',
    );
    expect(hiddenMarkup('race.open', { strategy: 'Grid search' })).toBe(
      'Open in the results<span class="visually-hidden"> (Grid search)</span>',
    );
  });

  it('keeps the hidden part in Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(hiddenMarkup('table.select', { number: 3 })).toBe(
      '<span class="visually-hidden">选择试验 </span>3',
    );
  });
});

describe('the race in words', () => {
  it('says where a strategy found its best, with English ordinals', () => {
    expect(foundAt({ number: 0, count: 1, seconds: null })).toBe('trial 1, the first to finish');
    expect(foundAt({ number: 4, count: 2, seconds: 4.25 })).toBe(
      'trial 5, the 2nd to finish (4.3 s)',
    );
    expect(foundAt({ number: 4, count: 3, seconds: null })).toBe('trial 5, the 3rd to finish');
    expect(foundAt({ number: 4, count: 11, seconds: null })).toBe('trial 5, the 11th to finish');
    expect(foundAt({ number: 4, count: 22, seconds: null })).toBe('trial 5, the 22nd to finish');
  });

  it('counts the finished trials', () => {
    const lanes = [{ points: [1, 2] }, { points: [3] }];
    expect(raceSentence('running', lanes)).toBe('Racing: 3 trials finished so far.');
    expect(raceSentence('finished', [{ points: [1] }])).toBe('The race is over: 1 trial finished.');
    expect(raceSentence('idle', [])).toBe('No race yet.');
  });

  it('speaks Chinese', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(foundAt({ number: 4, count: 2, seconds: 4.25 })).toBe('试验 5，第 2 个完成的（4.3 秒）');
    expect(raceSentence('paused', [{ points: [1, 2] }])).toBe(
      '已暂停：目前已完成 2 个试验。继续比赛即可接着跑。',
    );
  });
});

describe('the search view in Chinese', () => {
  const search = (change: Partial<SearchState>): SearchState => ({
    ...idleSearch(),
    plannedTrials: 6,
    ...change,
  });

  it('words values, ranges, states and durations', async () => {
    await i18n.changeLanguage('zh-CN');
    expect(formatParamValue(true)).toBe('是');
    expect(describeDistribution({ type: 'categorical', choices: [16, 'relu', false] })).toBe(
      '16、relu、否',
    );
    expect(describeDistribution({ type: 'int', low: 8, high: 64, step: 8, log: true })).toBe(
      '8 到 64，步长 8，对数刻度',
    );
    expect(formatDuration(125_000)).toBe('2 分 5 秒');
    expect(trialTitle(2)).toBe('试验 3');
    expect(trialStateLabel('pruned')).toBe('已剪枝');
    expect(strategyLabel('tpe')).toBe('贝叶斯优化（TPE）');
    expect(trialStateSentence(trial(0, { state: 'pruned', history: [epoch(1, 1)] }))).toBe(
      '跑了 1 轮后被剪枝',
    );
  });

  it('says where a search stands', async () => {
    await i18n.changeLanguage('zh-CN');
    const best = trial(1, { value: 0.2143, bestValue: 0.2 });
    expect(
      searchStatusSentence(
        search({
          status: 'running',
          trials: [trial(0), best, trial(2, { state: 'running' }), trial(3, { state: 'running' })],
          bestNumber: 1,
        }),
      ),
    ).toBe('第 4 个试验（共 6 个）正在运行（2 个并行） · 目前最佳：试验 2，验证损失 0.214');
    expect(
      searchStatusSentence(
        search({
          status: 'finished',
          endReason: 'exhausted',
          trials: [trial(0), best],
          bestNumber: 1,
        }),
      ),
    ).toBe('已结束：2 个试验，网格已经搜完。最佳：试验 2，验证损失 0.214。');
  });
});

describe('the search view in English', () => {
  it('keeps plural and retried wording', () => {
    expect(
      trialStateSentence(trial(0, { state: 'complete', attempts: 2, history: [epoch(1, 1)] })),
    ).toBe('Complete after 1 epoch, retried after its worker crashed');
    expect(
      searchStatusSentence({
        ...idleSearch(),
        status: 'stopping',
        plannedTrials: 4,
        trials: [trial(0, { state: 'running' }), trial(1, { state: 'running' })],
      }),
    ).toBe('Stopping: waiting for 2 running trials to end');
  });
});
