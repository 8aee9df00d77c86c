import type { LayerParamKey } from '../../../../experiment/layer-catalog';
import type {
  SearchChipKey,
  SearchGroupKey,
  SearchTargetKey,
} from '../../../../experiment/search-targets';
import type {
  ObjectiveMetric,
  PrunerKind,
  RungValue,
  SearchStrategy,
} from '../../../../experiment/search-schema';
import type { TrialState } from '../../../../search/types';
import type { SearchEndReason } from '../../../../store/search-state';
import type { SameKeys } from '../../resource-types';

// The search view: what to search, settings, trials, the strategy race (src/ui/search).
const search = {
  /** How a searchable field is named (src/experiment/search-targets.ts). */
  targets: {
    /** A field the spec no longer has: its raw path. */
    unknown: '{{name}}',
    learningRate: 'Learning rate',
    batchSize: 'Batch size',
    epochs: 'Epochs',
    optimizer: 'Optimizer',
    /** `field` is one of `fields` below. */
    layerField: 'Layer {{layer}} ({{type}}): {{field}}',
    repeatLayer: 'Copies of layer {{layer}}',
    repeatBlock: 'Copies of layers {{from}}–{{to}} (as a block)',
  },
  /** What a field's chip in "What to search" shows (a layer's fields show `fields`). */
  chips: {
    learningRate: 'learning rate',
    batchSize: 'batch size',
    epochs: 'epochs',
    optimizer: 'optimizer',
    repeatLayer: 'copies of layer {{layer}}',
    repeatBlock: 'copies of layers {{from}}–{{to}} (as a block)',
  },
  /** A layer's field as the search names it, after the layer: "Layer 2 (Dense): units". */
  fields: {
    units: 'units',
    activation: 'activation',
    kernelL1: 'l1 penalty',
    kernelL2: 'l2 penalty',
    rate: 'rate',
    targetShape: 'target shape',
    filters: 'filters',
    kernelSize: 'kernel size',
    strides: 'strides',
    padding: 'padding',
    poolSize: 'pool size',
    returnSequences: 'return sequences',
  },
  /** The groups of chips in "What to search". */
  groups: {
    training: 'Training',
    layer: 'Layer {{layer}} ({{type}})',
    repeats: 'Repeated blocks',
  },

  panel: {
    title: 'Hyperparameter search',
    intro:
      'Train many variants of this experiment and keep the one that scores best on the validation data. Pick the fields to vary, their ranges and a strategy, then start.',
  },
  /** What an error message names when a part fails to render. */
  areas: {
    panel: 'the search panel',
    results: 'the search results',
    race: 'the strategy race',
    chart: 'the chart of trials',
    dashboards: 'the study dashboards',
  },
  picker: {
    title: 'What to search',
    hint: 'Pick up to {{max}} fields ({{count}} picked); set each one’s range below.',
    /** Read after a layer field's chip by screen readers: "Search units of layer 1". */
    ofLayer: ' of layer {{layer}}',
  },
  params: {
    title: 'Searched parameters',
    empty: 'Pick at least one field to search above',
    values: 'Values: {{values}}',
    useSuggested: 'Use the suggested range',
    gridPoints: 'Grid points',
    /** The hidden part names the parameter for screen readers. */
    remove: 'Remove<hidden> {{label}}</hidden>',
    /** A problem of one parameter that does not name it. */
    issue: '{{label}}: {{text}}',
    valuesToTry: 'Values to try',
    low: 'Low',
    high: 'High',
    step: 'Step',
    logScale: 'Log scale',
    onlyWhen: 'Only when',
    always: 'Always',
    isOneOf: 'is one of',
  },
  /** A distribution in a few words. */
  distribution: {
    range: '{{low}} to {{high}}',
    rangeStep: '{{low}} to {{high}}, step {{step}}',
    rangeLog: '{{low}} to {{high}}, log scale',
    rangeStepLog: '{{low}} to {{high}}, step {{step}}, log scale',
    /** Between the values of a list of choices: "relu, tanh". */
    separator: ', ',
  },
  values: {
    yes: 'yes',
    no: 'no',
  },
  strategies: {
    grid: 'Grid search',
    random: 'Random search',
    gp: 'Bayesian (Gaussian process)',
    tpe: 'Bayesian (TPE)',
  },
  /** The objective inside a sentence. */
  objectives: {
    valLoss: 'validation loss',
    valAccuracy: 'validation accuracy',
  },
  /** The objective as a title or an axis label. */
  objectiveTitles: {
    valLoss: 'Validation loss',
    valAccuracy: 'Validation accuracy',
  },
  settings: {
    title: 'Search settings',
    strategy: 'Strategy',
    objective: 'Objective',
    objectives: {
      valLoss: 'Validation loss (lower is better)',
      valAccuracy: 'Validation accuracy (higher is better)',
    },
    pruner: 'Pruner',
    pruners: {
      none: 'No pruning',
      median: 'Median',
      asha: 'Successive halving (ASHA)',
      hyperband: 'Hyperband',
    },
    prunerHint: 'Stops unpromising trials early',
    prunerStartup: 'Pruner start-up trials',
    prunerStartupHint: 'Trials that finish before any is pruned',
    warmup: 'Warm-up epochs',
    warmupHint: 'Epochs every trial runs before it can be pruned',
    minEpochs: 'Min epochs',
    firstCut: 'The first cut comes after epoch {{epoch}}',
    noCut: 'Trials of {{epochs}} epochs never reach the first cut: nothing is pruned',
    reductionFactor: 'Reduction factor',
    reductionFactorHint: 'Keep 1 in this many trials at each cut',
    rankBy: 'Rank trials by',
    rungs: {
      best: 'Best so far',
      last: 'Value at the cut (Optuna)',
    },
    rankByHint: 'At each cut; by its best, a slow starter survives',
    folds: 'Cross-validation folds',
    foldsHint: '1 = off: use the validation split',
    maxTrials: 'Max trials',
    maxMinutes: 'Max minutes (0 = no limit)',
    parallel: 'Parallel trials',
    startup: 'Start-up random trials',
    startupHint: 'Random trials before the model proposes',
    seed: 'Search seed',
    seedHint: 'Same seed, same trials',
  },
  controls: {
    start: 'Start search',
    resume: 'Resume search',
    pause: 'Pause search',
    stop: 'Stop search',
    status: 'Search status',
  },
  /** Why a search (or a race) cannot start. */
  blocked: {
    cannotStart: 'Cannot start yet: {{reason}}',
    training: 'a training run is in progress; stop it or let it finish',
    racing: 'a strategy race is running; stop it or let it finish',
    searching: 'a search is running; stop it or let it finish',
    empty: 'the search space is empty',
    more: '{{issue}} (and {{count, number}} more marked in red)',
  },
  trial: {
    /** Optuna numbers trials from 0; `number` counts from 1. In a sentence: */
    name: 'trial {{number}}',
    /** At the start of a sentence, or as a heading. */
    title: 'Trial {{number}}',
  },
  /** A trial's state, as its table cell shows it. */
  states: {
    waiting: 'waiting',
    running: 'running',
    complete: 'complete',
    pruned: 'pruned',
    failed: 'failed',
    diverged: 'diverged',
  },
  /** Where one trial stands, in a few words. */
  stateSentences: {
    waiting: 'Waiting for a free worker',
    running: 'Running: {{epochs}} so far',
    complete: 'Complete after {{epochs}}',
    pruned: 'Pruned after {{epochs}}',
    failed: 'Failed after {{epochs}}',
    diverged: 'Diverged after {{epochs}}',
    retried: '{{state}}, retried after its worker crashed',
  },
  epochs_one: '{{count, number}} epoch',
  epochs_other: '{{count, number}} epochs',
  trials_one: '{{count, number}} trial',
  trials_other: '{{count, number}} trials',
  duration: {
    minutes: '{{minutes}} min {{seconds}} s',
  },
  /** The status line under the search's buttons. */
  status: {
    idle: 'No search has run yet.',
    starting: 'Starting trial {{number}} of {{planned}}',
    queued: 'Trial {{number}} of {{planned}} waiting for a free worker',
    running: 'Trial {{number}} of {{planned}} running',
    runningDetail: 'Trial {{number}} of {{planned}} running ({{detail}})',
    parallel: '{{count, number}} in parallel',
    waiting: '{{count, number}} waiting for a free worker',
    /** Between the parts of `runningDetail`. */
    separator: ', ',
    paused: 'Paused: {{ended}} of {{planned}} trials ended',
    stopping_one: 'Stopping: waiting for {{count, number}} running trial to end',
    stopping_other: 'Stopping: waiting for {{count, number}} running trials to end',
    withBest: '{{status}} · best so far: {{best}}',
    best: '{{trial}}, {{objective}} {{value}}',
    notStarted: 'The search could not start.',
    finished: 'Finished: {{trials}}. {{outcome}}',
    finishedBecause: 'Finished: {{trials}}, {{reason}}. {{outcome}}',
    finishedBest: 'Best: {{best}}.',
    noneCompleted: 'No trial completed.',
    endReasons: {
      exhausted: 'the grid is exhausted',
      'max-trials': 'the trial budget is spent',
      'max-minutes': 'the time budget is spent',
      stopped: 'stopped',
    },
  },
  results: {
    title: 'Search results',
    empty: 'Start a search and every trial appears here as it trains.',
    bestSoFar: '{{trial}} is the best so far: {{objective}} {{value}}.',
    best: '{{trial}} is the best: {{objective}} {{value}}.',
    applyBest: 'Apply the best trial',
  },
  apply: {
    open: 'Open trial {{number}}’s experiment',
    locked: 'The builder unlocks when the search or the training run ends.',
    changed:
      'The model in the builder changed since this search ran, so its values would land on other layers. Opening the trial’s experiment replaces the builder’s model with the one it trained; Undo brings yours back.',
  },
  chart: {
    label: 'Validation curves of all trials',
    caption: 'Validation curves of all trials: {{metric}} per epoch',
    showAll: 'Show all epochs',
    brush: 'Epochs shown: {{first}} to {{last}}',
    empty: 'Curves appear here as trials train.',
    epoch: 'Epoch {{epoch}}',
    selectHint: 'Select a trial to follow its value here.',
    tooltip: {
      best: '{{trial}} (best): {{value}}',
      selected: '{{trial}} (selected): {{value}}',
      running: '{{trial}} (running): {{value}}',
    },
  },
  legend: {
    best: 'Best: {{trial}}',
    bestValue: 'Best: {{trial}} ({{value}})',
    selected: 'Selected: {{trial}}',
    running: 'Running',
    complete: 'Complete',
    pruned: 'Pruned (ends where it stopped)',
    failed: 'Failed or diverged',
  },
  table: {
    caption: 'Trials',
    filtered: ' · filtered: {{shown}} of {{total}}',
    trial: 'Trial',
    state: 'State',
    bestValue: 'Best value',
    epochs: 'Epochs run',
    duration: 'Duration',
    /** The hidden words name the row's button for screen readers: "Select trial 3". */
    select: '<hidden>Select trial </hidden>{{number}}',
    best: 'best',
    noteMinimize:
      'Best value: the trial’s best epoch, in {{objective}} (lower is better); a complete trial scores its best epoch, and the best trial is the complete one that scores best.',
    noteMaximize:
      'Best value: the trial’s best epoch, in {{objective}} (higher is better); a complete trial scores its best epoch, and the best trial is the complete one that scores best.',
  },
  detail: {
    empty: 'Select a trial in the table or click its curve to see its details here.',
    summaryBest: '{{state}} · best {{objective}} {{value}}',
    notUsed: 'not used (its condition is not met)',
    apply: 'Apply these parameters to the builder',
    lossTitle: '{{name}}: train and validation loss',
    accuracyTitle: '{{name}}: train and validation accuracy',
    train: 'Train',
    validation: 'Validation',
    noEpochs: 'No epochs yet.',
  },
  race: {
    title: 'Strategy race',
    intro:
      'Which strategy finds good hyperparameters fastest? Runs this search once with each of grid, random, TPE and Gaussian-process search: the same space, seed and budget ({{trials}} each), their trials taking turns on the workers. Each strategy is saved as a search of its own.',
    start: 'Compare strategies',
    resume: 'Resume the race',
    pause: 'Pause the race',
    stop: 'Stop the race',
    saved: 'Races saved in this browser ({{count, number}})',
    show: 'Show the race of {{when}}',
    shown: ' (shown)',
    status: 'Race status',
    against: 'Draw the best value against',
    againstTrials: 'Against trials',
    againstTime: 'Against time',
    chartTrials: 'Best {{objective}} so far of each strategy, against trials',
    chartTime: 'Best {{objective}} so far of each strategy, against seconds',
    bestAxis: 'Best {{objective}}',
    trialsAxis: 'Trials finished',
    secondsAxis: 'Seconds since the race started',
    startup_one:
      'TPE and Gaussian-process search begin with {{count, number}} random trial, the very ones random search draws with the same seed, so their lines follow random search’s until trial {{next}}; only then does the model of the objective choose.',
    startup_other:
      'TPE and Gaussian-process search begin with {{count, number}} random trials, the very ones random search draws with the same seed, so their lines follow random search’s until trial {{next}}; only then does the model of the objective choose.',
    table: 'Strategies',
    strategy: 'Strategy',
    trials: 'Trials',
    bestValue: 'Best value',
    foundAt: 'Found at',
    study: 'Study',
    progress: '{{done}} of {{planned}}',
    found: {
      first: '{{trial}}, the first to finish',
      firstTime: '{{trial}}, the first to finish ({{time}})',
      nth: '{{trial}}, the {{ordinal}} to finish',
      nthTime: '{{trial}}, the {{ordinal}} to finish ({{time}})',
    },
    /** "2nd": by the language's ordinal plural rules (Intl.PluralRules). */
    ordinals: {
      zero: '{{n}}th',
      one: '{{n}}st',
      two: '{{n}}nd',
      few: '{{n}}rd',
      many: '{{n}}th',
      other: '{{n}}th',
    },
    /** The hidden part names the strategy for screen readers. */
    open: 'Open in the results<hidden> ({{strategy}})</hidden>',
    legend: 'lines: best so far · dots: each trial',
    sentences: {
      idle: 'No race yet.',
      running: 'Racing: {{trials}} finished so far.',
      paused: 'Paused: {{trials}} finished so far. Resume the race to go on.',
      stopping: 'Stopping the race…',
      finished: 'The race is over: {{trials}} finished.',
    },
  },
} as const;

export default search;

// Every code the domain gives a target, chip, group or layer field has its words, and only those.
export const targetsChecked: SameKeys<SearchTargetKey, typeof search.targets> = true;
export const chipsChecked: SameKeys<SearchChipKey, typeof search.chips> = true;
export const groupsChecked: SameKeys<SearchGroupKey, typeof search.groups> = true;
export const fieldsChecked: SameKeys<LayerParamKey, typeof search.fields> = true;
// Every strategy, objective, pruner, rung, state and end reason is named.
export const strategiesChecked: SameKeys<SearchStrategy, typeof search.strategies> = true;
export const objectivesChecked: SameKeys<ObjectiveMetric, typeof search.objectives> = true;
export const objectiveTitlesChecked: SameKeys<ObjectiveMetric, typeof search.objectiveTitles> =
  true;
export const settingsObjectivesChecked: SameKeys<
  ObjectiveMetric,
  typeof search.settings.objectives
> = true;
export const prunersChecked: SameKeys<PrunerKind, typeof search.settings.pruners> = true;
export const rungsChecked: SameKeys<RungValue, typeof search.settings.rungs> = true;
export const statesChecked: SameKeys<TrialState, typeof search.states> = true;
export const endReasonsChecked: SameKeys<SearchEndReason, typeof search.status.endReasons> = true;
