// The study dashboards: history, importance, contour, parallel coordinates.
import type { ImportanceStudyMessageCode } from '../../../../search/importance/importance-study';
import type { SameKeys } from '../../resource-types';

const dashboards = {
  title: 'Study dashboards',
  /** The tabs, one per plot. */
  views: {
    history: 'History',
    parallel: 'Parallel coordinates',
    slice: 'Slices',
    contour: 'Contour',
    importance: 'Importance',
    edf: 'Distribution',
  },
  /** The study at a glance, above the plots. `states` is one of `states` below. */
  glance: {
    summary_one: '<b>{{count, number}} trial with a value</b> ({{states}})',
    summary_other: '<b>{{count, number}} trials with a value</b> ({{states}})',
    /** `number` counts from 1. */
    withBest_one:
      '<b>{{count, number}} trial with a value</b> ({{states}}) · best <b>{{value}}</b> at trial {{number}}',
    withBest_other:
      '<b>{{count, number}} trials with a value</b> ({{states}}) · best <b>{{value}}</b> at trial {{number}}',
  },
  states: {
    complete: '{{complete, number}} complete',
    completePruned: '{{complete, number}} complete, {{pruned, number}} pruned',
  },
  controls: {
    show: 'Show',
    top: {
      all: 'all trials',
      best: 'the best trial',
      some: 'the best {{count, number}}',
    },
    clear: 'Clear the filter',
    /** `objective` is the search's objective inside a sentence: "validation loss". */
    log: 'Log scale for {{objective}}',
    logRefused: '(not for values at or below zero)',
  },
  filterKeeps_one:
    'The filter keeps {{count, number}} trial of {{total, number}}; the table shows only those.',
  filterKeeps_other:
    'The filter keeps {{count, number}} trials of {{total, number}}; the table shows only those.',
  empty: 'The plots fill in as trials complete.',
  /** Trials as the plots' tooltips name them; `number` counts from 1. */
  history: {
    trialAxis: 'Trial',
    /** `objective` is the objective as a title: "Validation loss". */
    label: 'Optimisation history: {{objective}} of each trial',
    pointComplete: 'Trial {{number}} (complete): {{value}}',
    pointPruned: 'Trial {{number}} (pruned): {{value}}',
    legendComplete: 'complete',
    legendPruned: 'pruned (value at its last epoch)',
    legendBest: 'best so far',
  },
  edf: {
    shareAxis: 'Share of complete trials',
    label: 'Empirical distribution of {{objective}}',
    minimize: 'A curve that climbs early means many trials found low values.',
    maximize: 'A curve that climbs late means many trials found high values.',
  },
  importance: {
    term: 'Importance',
    evaluator: 'Evaluator',
    evaluators: {
      fanova: 'fANOVA (Optuna’s default)',
      'mean-decrease-impurity': 'Mean decrease in impurity',
    },
    notes: {
      fanova:
        'fANOVA fits a random forest to the trials and asks how much of the variation in the objective each parameter explains on its own, averaged over the whole search space.',
      'mean-decrease-impurity':
        'Mean decrease in impurity counts how much the forest’s splits on each parameter reduce its error. It is quick but favours parameters with many distinct values.',
    },
    waiting: 'Needs {{needed, number}} complete trials; {{count, number}} so far.',
    computing_one: 'Computing from {{count, number}} complete trial…',
    computing_other: 'Computing from {{count, number}} complete trials…',
    ready_one: 'From {{count, number}} complete trial.',
    ready_other: 'From {{count, number}} complete trials.',
    failed: 'The importances could not be computed: {{reason}}',
    /** `note` is the chosen evaluator's note above. */
    caption:
      '{{note}} Importance is about this search’s ranges: a parameter that hardly matters here may matter over a wider range.',
    table: 'Parameter importances',
    parameter: 'Parameter',
    value: 'Importance',
  },
  contour: {
    noneNumeric:
      'A contour needs two numeric parameters in the search space; this search has none.',
    oneNumeric: 'A contour needs two numeric parameters in the search space; this search has one.',
    horizontal: 'Horizontal',
    vertical: 'Vertical',
    label: 'Contour of {{objective}} over {{x}} and {{y}}',
    point: 'Trial {{number}}: {{x}}, {{y}} → {{value}}',
    /** `from` is the best value, `to` the worst. */
    legend:
      '{{objective}}: dark = best ({{from}} to {{to}}); between trials the surface is interpolated, not measured.',
    legendEmpty:
      '{{objective}}: dark = best (no trials yet); between trials the surface is interpolated, not measured.',
  },
  slice: {
    label: '{{objective}} against {{param}}',
    point: 'Trial {{number}}: {{param}} {{value}}, {{result}}',
    legend: 'point colour: trial number, dark = early, yellow = late',
  },
  parallel: {
    label: "Parallel coordinates: each trial's parameters and {{objective}}",
    point: 'Trial {{number}}: {{value}}',
    /** An axis, for screen readers: its name, its brush, and how to brush it. */
    axisFree: '{{axis}} axis: no brush. Drag or use the arrow keys to brush, Escape to clear.',
    axisRange:
      '{{axis}} axis: brushed {{from}} to {{to}}. Drag or use the arrow keys to brush, Escape to clear.',
    axisChoices:
      '{{axis}} axis: brushed {{choices}}. Drag or use the arrow keys to brush, Escape to clear.',
    axisNoChoice:
      '{{axis}} axis: brushed no choice. Drag or use the arrow keys to brush, Escape to clear.',
    /** Between the brushed choices of a categorical axis. */
    choiceSeparator: ', ',
    legendMinimize: 'line colour: {{objective}}, dark = best, lower is better',
    legendMaximize: 'line colour: {{objective}}, dark = best, higher is better',
  },
  /** Why a study cannot be evaluated (src/search/importance/importance-study.ts). */
  importanceStudy: {
    'invalid-study': 'Invalid study for parameter importance: {{problems}}',
    /** Two or more problems: the first, then the rest (itself a list). */
    'problem-list': '{{first}}; {{rest}}',
    /** `path` is where in the study, e.g. trials.3.params.lr. */
    problem: '{{path}}: {{problem}}',
    /** The path of a problem with the whole study. */
    study: 'study',
    'low-above-high': 'low is above high',
    'log-low-positive': 'a log scale needs low > 0',
    'log-no-step': 'a log scale takes no step',
    'log-low-one': 'a log scale needs low ≥ 1',
    'log-step-one': 'a log scale needs step 1',
    repeated: 'repeated',
    'no-distribution': 'has no distribution',
    'not-a-choice': 'is not one of the choices',
    'not-a-number': 'is not a number',
    'not-whole': 'is not a whole number',
    'out-of-range': 'is out of range',
    invalid: 'is not valid',
  },
} as const;

export default dashboards;

export const importanceStudyChecked: SameKeys<
  ImportanceStudyMessageCode,
  typeof dashboards.importanceStudy
> = true;
