import type { Translation } from '../../resource-types';
import type en from '../en/dashboards';

// The study dashboards: history, importance, contour, parallel coordinates.
const dashboards: Translation<typeof en> = {
  title: '研究仪表盘',
  views: {
    history: '优化历史',
    parallel: '平行坐标图',
    slice: '切片图',
    contour: '等高线图',
    importance: '参数重要性',
    edf: '经验分布',
  },
  glance: {
    summary_other: '<b>{{count, number}} 次试验有目标值</b>（{{states}}）',
    withBest_other:
      '<b>{{count, number}} 次试验有目标值</b>（{{states}}）· 最佳 <b>{{value}}</b>，来自试验 {{number}}',
  },
  states: {
    complete: '{{complete, number}} 次完成',
    completePruned: '{{complete, number}} 次完成，{{pruned, number}} 次已剪枝',
  },
  controls: {
    show: '显示',
    top: {
      all: '全部试验',
      best: '最佳试验',
      some: '最佳的 {{count, number}} 次',
    },
    clear: '清除筛选',
    log: '对{{objective}}使用对数刻度',
    logRefused: '（不适用于小于或等于零的值）',
  },
  filterKeeps_other:
    '筛选保留了 {{total, number}} 次试验中的 {{count, number}} 次；表格只显示这些试验。',
  empty: '试验完成后，图表会逐步填充。',
  history: {
    trialAxis: '试验',
    label: '优化历史：每次试验的{{objective}}',
    pointComplete: '试验 {{number}}（已完成）：{{value}}',
    pointPruned: '试验 {{number}}（已剪枝）：{{value}}',
    legendComplete: '已完成',
    legendPruned: '已剪枝（取最后一轮的值）',
    legendBest: '当前最佳',
  },
  edf: {
    shareAxis: '已完成试验的占比',
    label: '{{objective}}的经验分布',
    minimize: '曲线越早升高，说明越多试验找到了较低的值。',
    maximize: '曲线越晚升高，说明越多试验找到了较高的值。',
  },
  importance: {
    term: '重要性',
    evaluator: '评估方法',
    evaluators: {
      fanova: 'fANOVA（Optuna 默认）',
      'mean-decrease-impurity': '平均不纯度减少',
    },
    notes: {
      fanova:
        'fANOVA 用试验数据拟合一个随机森林，再看每个参数单独能解释目标值变化的多少，并在整个搜索空间上取平均。',
      'mean-decrease-impurity':
        '平均不纯度减少统计森林在每个参数上的划分把误差降低了多少。它计算很快，但偏向取值种类多的参数。',
    },
    waiting: '需要 {{needed, number}} 次已完成的试验；目前有 {{count, number}} 次。',
    computing_other: '正在根据 {{count, number}} 次已完成的试验计算…',
    ready_other: '根据 {{count, number}} 次已完成的试验。',
    failed: '无法计算参数重要性：{{reason}}',
    caption:
      '{{note}}重要性只针对本次搜索的范围：在这里几乎不起作用的参数，换一个更宽的范围可能就很重要。',
    table: '参数重要性',
    parameter: '参数',
    value: '重要性',
  },
  contour: {
    noneNumeric: '等高线图需要搜索空间里有两个数值参数；本次搜索一个也没有。',
    oneNumeric: '等高线图需要搜索空间里有两个数值参数；本次搜索只有一个。',
    horizontal: '横轴',
    vertical: '纵轴',
    label: '{{objective}}随{{x}}和{{y}}变化的等高线图',
    point: '试验 {{number}}：{{x}}，{{y}} → {{value}}',
    legend:
      '{{objective}}：颜色越深越好（{{from}} 到 {{to}}）；试验之间的曲面是插值得到的，并非实测。',
    legendEmpty:
      '{{objective}}：颜色越深越好（还没有试验）；试验之间的曲面是插值得到的，并非实测。',
  },
  slice: {
    label: '{{objective}}与{{param}}的关系',
    point: '试验 {{number}}：{{param}} {{value}}，{{result}}',
    legend: '点的颜色：试验编号，深色为早，黄色为晚',
  },
  parallel: {
    label: '平行坐标图：每次试验的参数与{{objective}}',
    point: '试验 {{number}}：{{value}}',
    axisFree: '{{axis}}轴：未框选。拖动或用方向键框选，按 Esc 键清除。',
    axisRange: '{{axis}}轴：已框选 {{from}} 到 {{to}}。拖动或用方向键框选，按 Esc 键清除。',
    axisChoices: '{{axis}}轴：已框选 {{choices}}。拖动或用方向键框选，按 Esc 键清除。',
    axisNoChoice: '{{axis}}轴：框选中没有选项。拖动或用方向键框选，按 Esc 键清除。',
    choiceSeparator: '、',
    legendMinimize: '线条颜色：{{objective}}，颜色越深越好，越低越好',
    legendMaximize: '线条颜色：{{objective}}，颜色越深越好，越高越好',
  },
  importanceStudy: {
    'invalid-study': '这组研究数据无法用于计算参数重要性：{{problems}}',
    'problem-list': '{{first}}；{{rest}}',
    problem: '{{path}}：{{problem}}',
    study: '研究',
    'low-above-high': '下限高于上限',
    'log-low-positive': '对数刻度要求下限大于 0',
    'log-no-step': '对数刻度不能设置步长',
    'log-low-one': '对数刻度要求下限 ≥ 1',
    'log-step-one': '对数刻度要求步长为 1',
    repeated: '重复',
    'no-distribution': '没有对应的分布',
    'not-a-choice': '不在可选值之中',
    'not-a-number': '不是数字',
    'not-whole': '不是整数',
    'out-of-range': '超出范围',
    invalid: '无效',
  },
};

export default dashboards;
