import { describe, expect, it } from 'vitest';
import { datasetEntry } from '../../data/catalog';
import type { ExperimentSpec } from '../experiment';
import { prepareExperimentData } from '../prepare';
import { SMALL_CONVNET } from '../presets';
import type { Distribution } from '../search-schema';
import { searchIssues } from '../search-targets';
import { validateSpec } from '../validate';
import type { LessonAction, LessonId, LessonVariant } from './lesson-presets';
import { overfittingFigures, trailingMean } from './overfitting-figures';
import {
  DROPOUT_RATE,
  EARLY_STOPPING_PATIENCE,
  GLOSSARY_TERM_IDS,
  L2_PENALTY,
  LEARNING_RATES,
  LESSON_IDS,
  OVERFITTING_SPEC,
  isGlossaryTermId,
  isLessonId,
  lessonPreset,
} from './lesson-presets';

const variantsOf = (id: LessonId): readonly LessonVariant[] => {
  const { action } = lessonPreset(id);
  return action.kind === 'compare' ? action.variants : [];
};

/** Every spec a lesson can start: its own, and each variant's. */
const everySpec = LESSON_IDS.flatMap((id) => [
  { name: id, spec: lessonPreset(id).spec },
  ...variantsOf(id).map((v) => ({ name: `${id}/${v.key}`, spec: v.spec })),
]);

const hiddenActivations = (spec: ExperimentSpec) =>
  spec.model.layers.slice(0, -1).flatMap((l) => (l.type === 'dense' ? [l.activation] : []));

/** How many points a grid search takes of one distribution (numeric ranges at most gridPoints). */
const gridSize = (d: Distribution, points: number) =>
  d.type === 'categorical' ? d.choices.length : points;

const EXPECTED_KINDS: Record<LessonId, LessonAction['kind']> = {
  overfitting: 'train',
  underfitting: 'train',
  regularization: 'compare',
  'learning-rate': 'compare',
  activations: 'compare',
  losses: 'compare',
  'gradient-descent': 'optimizer-paths',
  'search-strategies': 'race',
  'cross-validation': 'search',
  'model-selection': 'compare',
};

describe('the lessons', () => {
  it('are ten, each with a preset of its own id', () => {
    expect(LESSON_IDS).toHaveLength(10);
    expect(new Set(LESSON_IDS).size).toBe(LESSON_IDS.length);
    for (const id of LESSON_IDS) expect(lessonPreset(id).id).toBe(id);
  });

  it('recognise their ids and nothing else', () => {
    for (const id of LESSON_IDS) expect(isLessonId(id)).toBe(true);
    for (const other of ['', 'Overfitting', 'overfitting ', 'toString', '__proto__'])
      expect(isLessonId(other)).toBe(false);
  });

  it.each(LESSON_IDS)('%s does what it is meant to, on the view it needs', (id) => {
    const preset = lessonPreset(id);
    expect(preset.action.kind).toBe(EXPECTED_KINDS[id]);
    const searching = preset.action.kind === 'search' || preset.action.kind === 'race';
    expect(preset.view).toBe(searching ? 'search' : 'run');
  });

  it.each(everySpec)('$name has a valid spec, search included', ({ spec }) => {
    const result = validateSpec(spec);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(searchIssues(spec)).toEqual([]);
    // Plain JSON, as a link or a worker message carries it.
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });

  it('train at a watchable pace, and compare or search as fast as they can', () => {
    for (const id of LESSON_IDS) {
      const { action, epochMs } = lessonPreset(id);
      if (action.kind === 'train') {
        expect(epochMs).toBeGreaterThanOrEqual(100);
        expect(epochMs).toBeLessThanOrEqual(300);
      } else expect(epochMs, id).toBe(0);
    }
  });

  it('give every variant of a comparison a key of its own', () => {
    for (const id of LESSON_IDS) {
      const keys = variantsOf(id).map((v) => v.key);
      expect(new Set(keys).size, id).toBe(keys.length);
      if (lessonPreset(id).action.kind === 'compare') expect(keys.length).toBeGreaterThan(1);
    }
  });

  it('lean on glossary terms that exist, each once', () => {
    for (const id of LESSON_IDS) {
      const { terms } = lessonPreset(id);
      expect(terms.length, id).toBeGreaterThan(0);
      expect(new Set(terms).size, id).toBe(terms.length);
      for (const term of terms) expect(isGlossaryTermId(term)).toBe(true);
    }
    expect(new Set(GLOSSARY_TERM_IDS).size).toBe(GLOSSARY_TERM_IDS.length);
    expect(isGlossaryTermId('momentum')).toBe(false);
  });

  it('every lesson that trains keeps its runs short', () => {
    for (const { name, spec } of everySpec) {
      if (spec.dataset.name === 'mnist') expect(spec.training.epochs, name).toBeLessThanOrEqual(5);
      else expect(spec.training.epochs, name).toBeLessThanOrEqual(150);
      expect(spec.dataset.numPoints, name).toBeLessThanOrEqual(2000);
    }
  });
});

describe('the overfitting lesson', () => {
  const { spec, action } = lessonPreset('overfitting');

  it('trains a big model on few noisy 2-D points, so the boundary is drawn', () => {
    expect(action.kind).toBe('train');
    expect(spec).toBe(OVERFITTING_SPEC);
    expect(datasetEntry(spec.dataset.name).info.inputShape).toEqual([2]);
    expect(spec.dataset.noise).toBeGreaterThan(0.2);
    expect(spec.training.epochs).toBeGreaterThanOrEqual(10);
    const weights = spec.model.layers.reduce(
      (sum, layer, i, layers) =>
        layer.type === 'dense' ? sum + layer.units * (prevUnits(layers, i) + 1) : sum,
      0,
    );
    const data = prepareExperimentData(spec);
    // Far more weights than training points.
    expect(weights).toBeGreaterThan(20 * data.train.count);
  });

  it('validates on at least 100 points', () => {
    const data = prepareExperimentData(spec);
    expect(data.validation.count).toBeGreaterThanOrEqual(100);
    expect(Math.floor(spec.dataset.numPoints * spec.training.validationSplit)).toBeGreaterThan(99);
  });
});

function prevUnits(layers: ExperimentSpec['model']['layers'], i: number): number {
  for (let j = i - 1; j >= 0; j--) {
    const layer = layers[j]!;
    if (layer.type === 'dense') return layer.units;
  }
  return 2;
}

describe('the regularization lesson', () => {
  const variants = variantsOf('regularization');
  const byKey = (key: string) => variants.find((v) => v.key === key)!.spec;

  it('sets the overfitting model beside dropout, L2 and early stopping', () => {
    expect(variants.map((v) => v.key)).toEqual(['overfit', 'dropout', 'l2', 'early-stopping']);
    expect(byKey('overfit')).toEqual(OVERFITTING_SPEC);
    expect(lessonPreset('regularization').spec).toEqual(OVERFITTING_SPEC);
  });

  it('changes one thing per variant: same data, seeds and training otherwise', () => {
    for (const { spec } of variants) {
      expect(spec.dataset).toEqual(OVERFITTING_SPEC.dataset);
      const withoutStopping = (s: ExperimentSpec) => ({ ...s.training, earlyStopping: null });
      expect(withoutStopping(spec)).toEqual(withoutStopping(OVERFITTING_SPEC));
      expect(spec.training.earlyStopping.enabled).toBe(spec === byKey('early-stopping'));
    }
    const dense = (s: ExperimentSpec) => s.model.layers.filter((l) => l.type === 'dense');
    expect(dense(byKey('dropout'))).toEqual(dense(OVERFITTING_SPEC));
    expect(byKey('dropout').model.layers.filter((l) => l.type === 'dropout')).toEqual(
      Array.from({ length: dense(OVERFITTING_SPEC).length - 1 }, () => ({
        type: 'dropout',
        rate: DROPOUT_RATE,
      })),
    );
    const penalties = dense(byKey('l2')).map((l) => (l.type === 'dense' ? l.kernelL2 : -1));
    expect(penalties).toEqual([...penalties.slice(0, -1).map(() => L2_PENALTY), 0]);
    expect(byKey('early-stopping').model).toEqual(OVERFITTING_SPEC.model);
    expect(byKey('early-stopping').training.earlyStopping).toEqual({
      enabled: true,
      patience: EARLY_STOPPING_PATIENCE,
      minDelta: 0,
      restoreBestWeights: true,
    });
  });
});

describe('the other comparisons', () => {
  it('learning rate: one SGD model at four rising rates, the largest past any stable step', () => {
    const variants = variantsOf('learning-rate');
    expect(variants.map((v) => v.key)).toEqual(['too-small', 'right', 'too-large', 'diverging']);
    const rates = variants.map((v) => v.spec.training.learningRate);
    expect(rates).toEqual(Object.values(LEARNING_RATES));
    expect([...rates].sort((a, b) => a - b)).toEqual(rates);
    for (const { spec } of variants) {
      expect(spec.training.optimizer).toBe('sgd');
      // Squared error grows without bound, so a too-large step really overflows.
      expect(spec.training.loss).toBe('meanSquaredError');
      expect({ ...spec, training: { ...spec.training, learningRate: 0 } }).toEqual({
        ...variants[0]!.spec,
        training: { ...variants[0]!.spec.training, learningRate: 0 },
      });
    }
  });

  it('activations: the same deep, narrow network with sigmoid, tanh and ReLU', () => {
    const variants = variantsOf('activations');
    expect(variants.map((v) => v.key)).toEqual(['sigmoid', 'tanh', 'relu']);
    for (const { key, spec } of variants) {
      const hidden = hiddenActivations(spec);
      expect(hidden.length).toBeGreaterThanOrEqual(6);
      expect(new Set(hidden)).toEqual(new Set([key]));
      for (const layer of spec.model.layers.slice(0, -1))
        expect(layer.type === 'dense' && layer.units <= 8).toBe(true);
    }
  });

  it('losses: mean squared against mean absolute error on the noisiest 1-D curve', () => {
    const variants = variantsOf('losses');
    expect(variants.map((v) => v.spec.training.loss)).toEqual([
      'meanSquaredError',
      'meanAbsoluteError',
    ]);
    for (const { spec } of variants) {
      expect(spec.dataset.name).toBe('curve');
      expect(spec.dataset.noise).toBe(datasetEntry('curve').limits.noise.max);
    }
  });

  it('model selection: an MLP against the small convnet on about 2,000 digits', () => {
    const variants = variantsOf('model-selection');
    expect(variants.map((v) => v.key)).toEqual(['mlp', 'convnet']);
    for (const { spec } of variants) {
      expect(spec.dataset.name).toBe('mnist');
      expect(spec.dataset.numPoints).toBe(2000);
    }
    expect(variants[1]!.spec.model.layers).toEqual(SMALL_CONVNET);
    expect(variants[0]!.spec.model.layers.some((l) => l.type === 'conv2d')).toBe(false);
  });
});

describe('the search lessons', () => {
  it('search strategies: a small space with a budget of 12–16 trials a strategy', () => {
    const { search } = lessonPreset('search-strategies').spec;
    expect(search.params.map((p) => p.target).sort()).toEqual([
      'model.layers.0.units',
      'training.learningRate',
    ]);
    expect(search.maxTrials).toBeGreaterThanOrEqual(12);
    expect(search.maxTrials).toBeLessThanOrEqual(16);
    // The grid fits the budget exactly, and the Bayesian samplers get trials of their own.
    const grid = search.params.reduce((n, p) => n * gridSize(p.distribution, p.gridPoints), 1);
    expect(grid).toBe(search.maxTrials);
    expect(search.startupTrials).toBeLessThan(search.maxTrials / 2);
    expect(search.cv).toBe(1);
  });

  it('cross-validation: a small grid scored on five folds, like GridSearchCV(cv=5)', () => {
    const { search } = lessonPreset('cross-validation').spec;
    expect(search.strategy).toBe('grid');
    expect(search.cv).toBe(5);
    const grid = search.params.reduce((n, p) => n * gridSize(p.distribution, p.gridPoints), 1);
    expect(grid).toBe(search.maxTrials);
    expect(grid).toBeLessThanOrEqual(12);
  });
});

describe('overfittingFigures', () => {
  const falling = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 1));

  it('averages each epoch with the four before it (fewer at the start)', () => {
    expect(trailingMean([1, 3, 5, 7, 9, 11, 13], 5)).toEqual([1, 2, 3, 4, 5, 7, 9]);
    expect(trailingMean([], 5)).toEqual([]);
  });

  it('finds the minimum of the smoothed loss and how far it has risen since', () => {
    // Down to 0.2 by epoch 5, then up by 0.1 an epoch.
    const losses = [1, 0.8, 0.6, 0.4, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2];
    const figures = overfittingFigures(losses);
    // Smoothed: …, 0.6 (epoch 5), 0.46, 0.38, 0.36 (epoch 8), 0.4, 0.5, …, 1.0 (epoch 15).
    expect(figures.minIndex).toBe(7);
    expect(figures.minValue).toBeCloseTo(0.36, 10);
    expect(figures.lastValue).toBeCloseTo(1.0, 10);
    expect(figures.ratio).toBeCloseTo(1 / 0.36, 10);
    expect(figures.turnedUp).toBe(true);
  });

  it('says no while the loss still falls, or rose by less than half', () => {
    expect(overfittingFigures(falling(40)).turnedUp).toBe(false);
    const slightly = [...falling(10), ...Array.from({ length: 10 }, () => 0.14)];
    expect(overfittingFigures(slightly).ratio).toBeLessThan(1.5);
    expect(overfittingFigures(slightly).turnedUp).toBe(false);
  });

  it('says no when the minimum comes late, or there are fewer than 10 epochs', () => {
    const late = [...falling(30), 0.1, 0.2, 0.3, 0.4, 0.5];
    const figures = overfittingFigures(late);
    expect(figures.ratio).toBeGreaterThan(1.5);
    expect(figures.minIndex).toBeGreaterThanOrEqual(0.6 * late.length);
    expect(figures.turnedUp).toBe(false);
    const short = [1, 0.5, 0.4, 0.6, 0.9, 1.4, 2, 3, 4];
    expect(overfittingFigures(short).ratio).toBeGreaterThan(1.5);
    expect(overfittingFigures(short).turnedUp).toBe(false);
  });

  it('never counts a diverged or empty run', () => {
    expect(overfittingFigures([]).turnedUp).toBe(false);
    const diverged = [0.5, 0.4, 0.3, 0.3, 0.4, 0.6, 0.9, 1.5, 3, 9, Infinity, NaN];
    expect(overfittingFigures(diverged).turnedUp).toBe(false);
  });
});
