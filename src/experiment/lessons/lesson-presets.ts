/**
 * The experiments behind the Lessons menu: for each lesson, the spec it puts in the builder, the
 * pace it trains at and what it does with it (train, compare variants, search, race, or show the
 * optimiser paths). Codes only: the words are the UI's (src/ui/i18n/locales/<language>/lessons.ts).
 *
 * Every run is kept short on the cpu backend of a 2-core laptop. The overfitting numbers were
 * measured by training in Node (tfjs cpu, live predictions every epoch, the pace included): see
 * the comments on OVERFITTING_SPEC.
 */
import { DEFAULT_EARLY_STOPPING, DEFAULT_SCHEDULE, DEFAULT_SPEC } from '../defaults';
import type { ExperimentSpec } from '../experiment';
import type { Activation } from '../activations';
import type { LayerSpec } from '../layers';
import { SMALL_CONVNET } from '../presets';
import type { SearchParamSpec, SearchSpec } from '../search-schema';
import { DEFAULT_SEARCH } from '../search-schema';

export const LESSON_IDS = [
  'overfitting',
  'underfitting',
  'regularization',
  'learning-rate',
  'activations',
  'losses',
  'gradient-descent',
  'search-strategies',
  'cross-validation',
  'model-selection',
] as const;
export type LessonId = (typeof LESSON_IDS)[number];

const LESSON_ID_SET: ReadonlySet<string> = new Set(LESSON_IDS);
export const isLessonId = (value: string): value is LessonId => LESSON_ID_SET.has(value);

/** The terms the glossary explains; the UI holds their words (src/ui/shared/glossary.ts). */
export const GLOSSARY_TERM_IDS = [
  'model',
  'hyperparameter',
  'loss',
  'mae',
  'mse',
  'cross-entropy',
  'gradient-descent',
  'learning-rate',
  'epoch',
  'batch',
  'validation',
  'overfitting',
  'underfitting',
  'regularization',
  'activation',
  'optimizer',
  'grid-search',
  'random-search',
  'bayesian-search',
  'pruning',
  'cross-validation',
  'importance',
] as const;
export type GlossaryTermId = (typeof GLOSSARY_TERM_IDS)[number];

const GLOSSARY_TERM_SET: ReadonlySet<string> = new Set(GLOSSARY_TERM_IDS);
export const isGlossaryTermId = (value: string): value is GlossaryTermId =>
  GLOSSARY_TERM_SET.has(value);

/** One experiment of a side-by-side comparison; `key` names it to the UI's labels. */
export interface LessonVariant {
  key: string;
  spec: ExperimentSpec;
}

export type LessonAction =
  /** Train the preset spec live: boundary or fitted curve, and the loss chart. */
  | { kind: 'train' }
  /** Train the variants side by side. */
  | { kind: 'compare'; variants: readonly LessonVariant[] }
  /** Run the preset's own search (spec.search), e.g. a grid with 5-fold cross-validation. */
  | { kind: 'search' }
  /** Race grid, random, TPE and GP on spec.search. */
  | { kind: 'race' }
  /** A 2-D animation of optimisers walking down a loss surface; nothing trains. */
  | { kind: 'optimizer-paths' };

export interface LessonPreset {
  id: LessonId;
  /** What the builder shows (and, for train, search and race, what runs). */
  spec: ExperimentSpec;
  /** The pace: the least time per epoch in ms (0: as fast as it goes). */
  epochMs: number;
  action: LessonAction;
  /** Which view of the app the lesson opens on. */
  view: 'run' | 'search';
  /** The glossary terms the lesson's text leans on, in the order it meets them. */
  terms: readonly GlossaryTermId[];
}

// ---------------------------------------------------------------------------------------------
// Building blocks

const dense = (units: number, activation: Activation, kernelL2 = 0): LayerSpec => ({
  type: 'dense',
  units,
  activation,
  kernelL1: 0,
  kernelL2,
});

type Training = ExperimentSpec['training'];
type DatasetSettings = ExperimentSpec['dataset'];

const spec = (
  dataset: Partial<DatasetSettings>,
  layers: readonly LayerSpec[],
  training: Partial<Training>,
  search: SearchSpec = DEFAULT_SEARCH,
): ExperimentSpec => ({
  ...DEFAULT_SPEC,
  dataset: { ...DEFAULT_SPEC.dataset, ...dataset },
  model: { layers: [...layers] },
  training: {
    ...DEFAULT_SPEC.training,
    schedule: DEFAULT_SCHEDULE,
    earlyStopping: DEFAULT_EARLY_STOPPING,
    ...training,
  },
  search,
});

const withTraining = (base: ExperimentSpec, training: Partial<Training>): ExperimentSpec => ({
  ...base,
  training: { ...base.training, ...training },
});

const withLayers = (base: ExperimentSpec, layers: readonly LayerSpec[]): ExperimentSpec => ({
  ...base,
  model: { layers: [...layers] },
});

// ---------------------------------------------------------------------------------------------
// Overfitting, and its cures

/** Hidden layers of the overfitting model: big for 100 training points. */
const OVERFIT_HIDDEN = [64, 64, 64] as const;

/**
 * A big network on few, noisy points, trained long: 200 points of the circle with a lot of label
 * noise near the ring, half of them held out (100 validation points), three hidden layers of 64
 * ReLUs, Adam in batches of 8, the learning rate annealed (cosine) so the training loss keeps
 * falling smoothly as the model learns the noise by heart.
 *
 * Measured in Node with tfjs's cpu backend, predictions drawn every epoch and the pace included
 * (the browser's cpu backend is about as fast), on a 2-core machine: with the preset's seeds the
 * 5-epoch moving average of the validation loss bottoms out at epoch 10 (0.21) and ends 2.3×
 * higher (0.48), while the training loss falls from 0.54 to 0.09; `overfittingFigures` says
 * turnedUp from epoch 40 (4.5 s) and the whole run takes 11 s. Every pair of data seeds 1–5 and
 * training seeds 1–3 passes too (ratios 1.77–4.34, turned up by 2.3–8.7 s, done in 11–14 s).
 */
export const OVERFITTING_SPEC: ExperimentSpec = spec(
  { name: 'circle', numPoints: 200, noise: 0.3, seed: 1 },
  [...OVERFIT_HIDDEN.map((units) => dense(units, 'relu')), dense(1, 'sigmoid')],
  {
    optimizer: 'adam',
    learningRate: 0.01,
    loss: 'binaryCrossentropy',
    batchSize: 8,
    epochs: 100,
    validationSplit: 0.5,
    testSplit: 0,
    seed: 3,
    schedule: { kind: 'cosine', factor: 0.05, everyEpochs: 10 },
  },
);

/**
 * The cures, on the same 15 pairs of seeds (validation loss smoothed as `overfittingFigures` does):
 * an L2 penalty of 0.05 keeps the last value within 5% of the minimum on all of them; early
 * stopping with patience 4 stops 4 epochs after its best (epochs 7–15), restores that epoch's
 * weights, and ends within 15% of its minimum on 14 of 15. Dropout is the weakest here: after each
 * hidden layer at 0.7 it ends within 15% on 9 of 15 (the preset's seeds included, 1.01), never
 * above 0.61× where the plain model ends, and turns up by the lesson's measure on 1 of 15.
 */
export const DROPOUT_RATE = 0.7;
export const L2_PENALTY = 0.05;
export const EARLY_STOPPING_PATIENCE = 4;

const REGULARIZATION_VARIANTS: readonly LessonVariant[] = [
  { key: 'overfit', spec: OVERFITTING_SPEC },
  {
    key: 'dropout',
    spec: withLayers(OVERFITTING_SPEC, [
      ...OVERFIT_HIDDEN.flatMap((units): LayerSpec[] => [
        dense(units, 'relu'),
        { type: 'dropout', rate: DROPOUT_RATE },
      ]),
      dense(1, 'sigmoid'),
    ]),
  },
  {
    key: 'l2',
    spec: withLayers(OVERFITTING_SPEC, [
      ...OVERFIT_HIDDEN.map((units) => dense(units, 'relu', L2_PENALTY)),
      dense(1, 'sigmoid'),
    ]),
  },
  {
    key: 'early-stopping',
    spec: withTraining(OVERFITTING_SPEC, {
      earlyStopping: {
        enabled: true,
        patience: EARLY_STOPPING_PATIENCE,
        minDelta: 0,
        restoreBestWeights: true,
      },
    }),
  },
];

// ---------------------------------------------------------------------------------------------
// The other lessons

/** No hidden layer: one straight line for a disc inside a ring. */
const UNDERFITTING_SPEC = spec(
  { name: 'circle', numPoints: 400, noise: 0.1, seed: 1 },
  [dense(1, 'sigmoid')],
  { optimizer: 'adam', learningRate: 0.03, batchSize: 32, epochs: 40, validationSplit: 0.3 },
);

/**
 * Plain SGD with mean squared error on the 1-D curve (standardised), so the learning rate alone
 * sets the step and a step too far makes the loss grow without bound.
 */
const LEARNING_RATE_BASE = spec(
  { name: 'curve', numPoints: 400, noise: 0.1, seed: 1, standardize: true },
  [dense(8, 'relu'), dense(8, 'relu'), dense(1, 'linear')],
  {
    optimizer: 'sgd',
    learningRate: 0.1,
    loss: 'meanSquaredError',
    batchSize: 32,
    epochs: 60,
    validationSplit: 0.3,
  },
);
/**
 * Too small (still far off after 60 epochs), about right, too large (the loss jumps about and
 * never settles) and diverging (the loss overflows to infinity within a few epochs).
 */
export const LEARNING_RATES = { 'too-small': 0.001, right: 0.1, 'too-large': 1, diverging: 3 };

const LEARNING_RATE_VARIANTS: readonly LessonVariant[] = Object.entries(LEARNING_RATES).map(
  ([key, learningRate]) => ({ key, spec: withTraining(LEARNING_RATE_BASE, { learningRate }) }),
);

/**
 * Eight hidden layers of eight units: deep and narrow, where sigmoid's gradients vanish on the
 * way back (with adam at 0.005 for 30 epochs the sigmoid net stays at chance on training seeds
 * 1–5 while tanh and ReLU reach 95–100% validation accuracy). Four units a layer would be
 * narrower still, but then ReLU units die on most seeds and ReLU fails too.
 */
const DEEP_NARROW_DEPTH = 8;
const DEEP_NARROW_WIDTH = 8;
const deepNarrow = (activation: Activation): LayerSpec[] => [
  ...Array.from({ length: DEEP_NARROW_DEPTH }, () => dense(DEEP_NARROW_WIDTH, activation)),
  dense(1, 'sigmoid'),
];
const ACTIVATIONS_BASE = spec(
  { name: 'circle', numPoints: 400, noise: 0.1, seed: 1 },
  deepNarrow('relu'),
  { optimizer: 'adam', learningRate: 0.005, batchSize: 32, epochs: 30, validationSplit: 0.3 },
);
const ACTIVATION_VARIANTS: readonly LessonVariant[] = (['sigmoid', 'tanh', 'relu'] as const).map(
  (activation) => ({ key: activation, spec: withLayers(ACTIVATIONS_BASE, deepNarrow(activation)) }),
);

/** The 1-D curve with the most noise the dataset allows: a few points land far off the wave. */
const LOSSES_BASE = spec(
  { name: 'curve', numPoints: 100, noise: 1, seed: 1 },
  [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')],
  {
    optimizer: 'adam',
    learningRate: 0.01,
    loss: 'meanSquaredError',
    batchSize: 16,
    epochs: 100,
    validationSplit: 0.3,
  },
);
const LOSS_VARIANTS: readonly LessonVariant[] = (
  [
    ['mse', 'meanSquaredError'],
    ['mae', 'meanAbsoluteError'],
  ] as const
).map(([key, loss]) => ({ key, spec: withTraining(LOSSES_BASE, { loss }) }));

const searched = (
  target: string,
  distribution: SearchParamSpec['distribution'],
  gridPoints: number,
): SearchParamSpec => ({ target, distribution, gridPoints, condition: null });

/**
 * Learning rate × first-layer units, 4 grid points each on a log scale: 16 trials for each
 * strategy, the grid's exactly. A trial takes 0.25–0.5 s on the cpu backend, so the 64 trials of
 * the race take well under a minute on 2 workers.
 */
const SEARCH_STRATEGIES_SPEC = spec(
  { name: 'spiral', numPoints: 400, noise: 0.1, seed: 1 },
  [dense(16, 'relu'), dense(16, 'relu'), dense(1, 'sigmoid')],
  { optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 40, validationSplit: 0.3 },
  {
    ...DEFAULT_SEARCH,
    strategy: 'tpe',
    params: [
      searched('training.learningRate', { type: 'float', low: 0.0003, high: 0.3, log: true }, 4),
      searched('model.layers.0.units', { type: 'int', low: 4, high: 64, step: 1, log: true }, 4),
    ],
    objective: 'valLoss',
    cv: 1,
    maxTrials: 16,
    maxMinutes: 0,
    concurrency: 2,
    startupTrials: 5,
    seed: 1,
  },
);

/** GridSearchCV(cv=5): three learning rates × three widths, each scored on five folds. */
const CROSS_VALIDATION_SPEC = spec(
  { name: 'moons', numPoints: 200, noise: 0.2, seed: 1 },
  [dense(8, 'relu'), dense(1, 'sigmoid')],
  { optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 20, validationSplit: 0.2 },
  {
    ...DEFAULT_SEARCH,
    strategy: 'grid',
    params: [
      searched('training.learningRate', { type: 'categorical', choices: [0.001, 0.01, 0.1] }, 3),
      searched('model.layers.0.units', { type: 'categorical', choices: [2, 8, 32] }, 3),
    ],
    objective: 'valLoss',
    cv: 5,
    maxTrials: 9,
    maxMinutes: 0,
    concurrency: 2,
    seed: 1,
  },
);

/** About 2,000 digits: a plain MLP against the small convnet, a few epochs each. */
export const MODEL_SELECTION_DIGITS = 2000;
const MODEL_SELECTION_BASE = spec(
  { name: 'mnist', numPoints: MODEL_SELECTION_DIGITS, noise: 0, seed: 1 },
  [{ type: 'flatten' }, dense(64, 'relu'), dense(10, 'softmax')],
  {
    optimizer: 'adam',
    learningRate: 0.003,
    loss: 'sparseCategoricalCrossentropy',
    batchSize: 32,
    epochs: 3,
    validationSplit: 0.2,
  },
);
const MODEL_SELECTION_VARIANTS: readonly LessonVariant[] = [
  { key: 'mlp', spec: MODEL_SELECTION_BASE },
  { key: 'convnet', spec: withLayers(MODEL_SELECTION_BASE, SMALL_CONVNET) },
];

// ---------------------------------------------------------------------------------------------
// The lessons

const PRESETS: Record<LessonId, LessonPreset> = {
  overfitting: {
    id: 'overfitting',
    spec: OVERFITTING_SPEC,
    epochMs: 100,
    action: { kind: 'train' },
    view: 'run',
    terms: ['model', 'loss', 'cross-entropy', 'epoch', 'validation', 'overfitting'],
  },
  underfitting: {
    id: 'underfitting',
    spec: UNDERFITTING_SPEC,
    epochMs: 150,
    action: { kind: 'train' },
    view: 'run',
    terms: ['model', 'underfitting', 'overfitting', 'loss', 'hyperparameter'],
  },
  regularization: {
    id: 'regularization',
    spec: OVERFITTING_SPEC,
    epochMs: 0,
    action: { kind: 'compare', variants: REGULARIZATION_VARIANTS },
    view: 'run',
    terms: ['overfitting', 'regularization', 'validation', 'epoch'],
  },
  'learning-rate': {
    id: 'learning-rate',
    spec: withTraining(LEARNING_RATE_BASE, { learningRate: LEARNING_RATES.right }),
    epochMs: 0,
    action: { kind: 'compare', variants: LEARNING_RATE_VARIANTS },
    view: 'run',
    terms: ['learning-rate', 'gradient-descent', 'optimizer', 'loss', 'hyperparameter'],
  },
  activations: {
    id: 'activations',
    spec: ACTIVATIONS_BASE,
    epochMs: 0,
    action: { kind: 'compare', variants: ACTIVATION_VARIANTS },
    view: 'run',
    terms: ['activation', 'gradient-descent', 'model'],
  },
  losses: {
    id: 'losses',
    spec: LOSSES_BASE,
    epochMs: 0,
    action: { kind: 'compare', variants: LOSS_VARIANTS },
    view: 'run',
    terms: ['loss', 'mse', 'mae', 'cross-entropy'],
  },
  'gradient-descent': {
    id: 'gradient-descent',
    spec: DEFAULT_SPEC,
    epochMs: 0,
    action: { kind: 'optimizer-paths' },
    view: 'run',
    terms: ['gradient-descent', 'learning-rate', 'optimizer', 'loss', 'batch'],
  },
  'search-strategies': {
    id: 'search-strategies',
    spec: SEARCH_STRATEGIES_SPEC,
    epochMs: 0,
    action: { kind: 'race' },
    view: 'search',
    terms: ['hyperparameter', 'grid-search', 'random-search', 'bayesian-search', 'importance'],
  },
  'cross-validation': {
    id: 'cross-validation',
    spec: CROSS_VALIDATION_SPEC,
    epochMs: 0,
    action: { kind: 'search' },
    view: 'search',
    terms: ['cross-validation', 'validation', 'grid-search', 'hyperparameter'],
  },
  'model-selection': {
    id: 'model-selection',
    spec: MODEL_SELECTION_BASE,
    epochMs: 0,
    action: { kind: 'compare', variants: MODEL_SELECTION_VARIANTS },
    view: 'run',
    terms: ['model', 'hyperparameter', 'validation', 'overfitting'],
  },
};

export function lessonPreset(id: LessonId): LessonPreset {
  return PRESETS[id];
}

// ---------------------------------------------------------------------------------------------
// The overfitting criterion
