import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import type { ExperimentSpec } from '../experiment/experiment';
import type { LayerSpec } from '../experiment/layers';
import type { SearchParamSpec, SearchSpec } from '../experiment/search-schema';
import { SMALL_CONVNET } from '../experiment/presets';
import { pythonString, pythonValue } from '../experiment/python-literals';
import { gridValues } from '../search/space';
import { pythonName, pythonParams } from './python-params';
import type { PythonScriptInput } from './python-script';
import { pythonScript } from './python-script';
import { studyTrials } from './python-search';

const BINARY = { task: 'binary', inputShape: [2], outputSize: 1 } as const;

const param = (
  target: string,
  distribution: SearchParamSpec['distribution'],
  condition: SearchParamSpec['condition'] = null,
  gridPoints = 3,
): SearchParamSpec => ({ target, distribution, gridPoints, condition });

const LR = param('training.learningRate', { type: 'float', low: 0.001, high: 0.1, log: true });
const OPTIMIZER = param('training.optimizer', {
  type: 'categorical',
  choices: ['adam', 'sgd', 'rmsprop'],
});

function specWith(
  search: Partial<SearchSpec>,
  patch: Partial<ExperimentSpec> = {},
): ExperimentSpec {
  return { ...DEFAULT_SPEC, ...patch, search: { ...DEFAULT_SPEC.search, ...search } };
}

const script = (spec: ExperimentSpec, rest: Partial<PythonScriptInput> = {}): string =>
  pythonScript({ spec, info: BINARY, hasTest: false, ...rest });

/** The lines of one top-level function, from its `def` to the next blank-line gap. */
function functionOf(code: string, name: string): string {
  const start = code.indexOf(`\ndef ${name}(`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  const end = code.indexOf('\n\n\n', start + 1);
  return code.slice(start + 1, end < 0 ? undefined : end);
}

describe('pythonParams', () => {
  it('names every kind of target in readable snake case, layers numbered from 1', () => {
    expect(pythonName('training.learningRate')).toBe('learning_rate');
    expect(pythonName('training.batchSize')).toBe('batch_size');
    expect(pythonName('training.epochs')).toBe('epochs');
    expect(pythonName('training.optimizer')).toBe('optimizer');
    expect(pythonName('model.layers.1.units')).toBe('layer_2_units');
    expect(pythonName('model.layers.1.activation')).toBe('layer_2_activation');
    expect(pythonName('model.layers.0.kernelL2')).toBe('layer_1_kernel_l2');
    expect(pythonName('model.layers.3.returnSequences')).toBe('layer_4_return_sequences');
    expect(pythonName('model.repeat.1-1')).toBe('repeat_layer_2');
    expect(pythonName('model.repeat.0-2')).toBe('repeat_layers_1_3');
    expect(pythonName('dataset.noise level')).toBe('param_dataset_noise_level');
  });

  it('keeps the spec order, takes the app grid and names conditions by their Python name', () => {
    const units = param(
      'model.layers.1.units',
      { type: 'int', low: 4, high: 32, step: 4, log: false },
      { param: 'training.optimizer', in: ['sgd'] },
      4,
    );
    const params = pythonParams(specWith({ params: [LR, OPTIMIZER, units] }));
    expect(params.map((p) => p.name)).toEqual(['learning_rate', 'optimizer', 'layer_2_units']);
    expect(params[0]!.grid).toEqual(gridValues(LR.distribution, 3));
    expect(params[1]!.grid).toEqual(['adam', 'sgd', 'rmsprop']);
    expect(params[2]!.grid).toEqual(gridValues(units.distribution, 4));
    expect(params[2]!.condition).toEqual({ param: 'optimizer', in: ['sgd'] });
    expect(params[2]!.target).toBe('model.layers.1.units');
  });

  it('keeps names unique even for a target searched twice', () => {
    const names = pythonParams(specWith({ params: [LR, LR] })).map((p) => p.name);
    expect(names).toEqual(['learning_rate', 'learning_rate_2']);
  });
});

describe('pythonScript: the search space', () => {
  it('writes one suggest call per parameter, for each kind of distribution', () => {
    const code = script(
      specWith({
        params: [
          LR,
          param('model.layers.0.kernelL1', { type: 'float', low: 0, high: 0.5, log: false }),
          param('training.batchSize', { type: 'int', low: 16, high: 128, step: 16, log: false }),
          param('training.epochs', { type: 'int', low: 10, high: 50, step: 1, log: false }),
          param('model.layers.1.units', { type: 'int', low: 2, high: 64, step: 1, log: true }),
          OPTIMIZER,
          param('model.layers.0.activation', { type: 'categorical', choices: ['relu', 'tanh'] }),
        ],
      }),
    );
    expect(functionOf(code, 'suggest')).toBe(
      [
        'def suggest(trial):',
        '    """One trial\'s values of the searched parameters; a conditional one only while active."""',
        '    p = {}',
        '    p["learning_rate"] = trial.suggest_float("learning_rate", 0.001, 0.1, log=True)',
        '    p["layer_1_kernel_l1"] = trial.suggest_float("layer_1_kernel_l1", 0, 0.5)',
        '    p["batch_size"] = trial.suggest_int("batch_size", 16, 128, step=16)',
        '    p["epochs"] = trial.suggest_int("epochs", 10, 50)',
        '    p["layer_2_units"] = trial.suggest_int("layer_2_units", 2, 64, log=True)',
        '    p["optimizer"] = trial.suggest_categorical("optimizer", ["adam", "sgd", "rmsprop"])',
        '    p["layer_1_activation"] = trial.suggest_categorical("layer_1_activation", ["relu", "tanh"])',
        '    return p',
      ].join('\n'),
    );
  });

  it('writes a conditional parameter inside an if on its parent', () => {
    const code = script(
      specWith({
        params: [
          OPTIMIZER,
          param('training.learningRate', LR.distribution, {
            param: 'training.optimizer',
            in: ['sgd', 'adam'],
          }),
          param(
            'model.layers.0.units',
            { type: 'int', low: 2, high: 8, step: 2, log: false },
            { param: 'training.optimizer', in: ['rmsprop'] },
          ),
        ],
      }),
    );
    expect(functionOf(code, 'suggest')).toContain(
      [
        '    if p.get("optimizer") in ("sgd", "adam"):',
        '        p["learning_rate"] = trial.suggest_float("learning_rate", 0.001, 0.1, log=True)',
        '    if p.get("optimizer") in ("rmsprop",):',
        '        p["layer_1_units"] = trial.suggest_int("layer_1_units", 2, 8, step=2)',
      ].join('\n'),
    );
    // An inactive parameter keeps the spec's value.
    expect(code).toContain('    "learning_rate": 0.03,\n');
    expect(code).toContain('    "layer_1_units": 8,\n');
    expect(functionOf(code, 'objective')).toContain('p = {**SPEC_VALUES, **suggest(trial)}');
  });

  it('writes booleans, numbers and strings as Python literals', () => {
    const code = script(
      specWith({
        params: [
          param('training.batchSize', { type: 'categorical', choices: [16, 32.5, 1e-7] }),
          param('model.layers.0.activation', { type: 'categorical', choices: ['relu'] }),
        ],
      }),
    );
    expect(code).toContain('trial.suggest_categorical("batch_size", [16, 32.5, 1e-7])');
    expect(pythonValue(true)).toBe('True');
    expect(pythonValue(false)).toBe('False');
    expect(pythonValue(-0)).toBe('0');
    expect(pythonValue('a')).toBe('"a"');
  });
});

describe('pythonScript: the model', () => {
  it('writes searched layer fields as p[...] and the other fields as literals', () => {
    const code = script(
      specWith({
        params: [
          param('model.layers.0.units', { type: 'int', low: 2, high: 16, step: 1, log: false }),
          param('model.layers.0.activation', { type: 'categorical', choices: ['relu', 'elu'] }),
          param('model.layers.1.kernelL2', { type: 'float', low: 1e-5, high: 0.1, log: true }),
        ],
      }),
    );
    const build = functionOf(code, 'build_model');
    expect(build).toContain(
      '    model.add(layers.Dense(p["layer_1_units"], activation=p["layer_1_activation"]))',
    );
    // A call too long for one line takes one argument a line.
    expect(build).toContain(
      [
        '    model.add(',
        '        layers.Dense(',
        '            8,',
        '            activation="relu",',
        '            kernel_regularizer=regularizers.L1L2(l2=p["layer_2_kernel_l2"]),',
        '        )',
        '    )',
      ].join('\n'),
    );
    expect(build).toContain('    from keras import layers, regularizers\n');
    expect(build).toContain('    model.add(layers.Dense(1, activation="sigmoid"))');
  });

  it('imports regularizers only when a layer has a penalty', () => {
    expect(functionOf(script(DEFAULT_SPEC), 'build_model')).toContain(
      '    from keras import layers\n',
    );
  });

  it('takes the penalties off the validation and test losses when a layer may have one', () => {
    const searched = script(
      specWith({
        params: [
          param('model.layers.0.kernelL1', { type: 'float', low: 1e-5, high: 0.1, log: true }),
        ],
      }),
      { hasTest: true },
    );
    expect(functionOf(searched, 'train')).toContain(
      '            scores["val_loss"] -= penalty(model)\n',
    );
    expect(functionOf(searched, 'evaluate_test')).toContain('    scores["loss"] -= penalty(model)');
    expect(functionOf(searched, 'penalty')).toContain('model.losses');
    const plain = script(DEFAULT_SPEC, { hasTest: true });
    expect(plain).not.toContain('penalty');
  });

  it('writes convolution, pooling, dropout and recurrent fields as expressions', () => {
    const conv: LayerSpec[] = [
      ...SMALL_CONVNET.slice(0, 2),
      { type: 'dropout', rate: 0.25 },
      ...SMALL_CONVNET.slice(2),
    ];
    const code = pythonScript({
      spec: specWith(
        {
          params: [
            param('model.layers.0.kernelSize', {
              type: 'int',
              low: 3,
              high: 5,
              step: 2,
              log: false,
            }),
            param('model.layers.0.strides', { type: 'categorical', choices: [1, 2] }),
            param('model.layers.0.padding', { type: 'categorical', choices: ['valid', 'same'] }),
            param('model.layers.1.poolSize', { type: 'categorical', choices: [2, 3] }),
            param('model.layers.2.rate', { type: 'float', low: 0, high: 0.5, log: false }),
          ],
        },
        {
          model: { layers: conv },
          training: { ...DEFAULT_SPEC.training, loss: 'sparseCategoricalCrossentropy' },
        },
      ),
      info: { task: 'multiclass', inputShape: [28, 28, 1], outputSize: 10 },
      hasTest: false,
    });
    const build = functionOf(code, 'build_model');
    expect(build).toContain(
      [
        '        layers.Conv2D(',
        '            8,',
        '            kernel_size=(p["layer_1_kernel_size"], p["layer_1_kernel_size"]),',
        '            strides=(p["layer_1_strides"], p["layer_1_strides"]),',
        '            padding=p["layer_1_padding"],',
        '            activation="relu",',
        '        )',
      ].join('\n'),
    );
    expect(build).toContain(
      [
        '        layers.MaxPooling2D(',
        '            pool_size=(p["layer_2_pool_size"], p["layer_2_pool_size"]),',
        '            strides=(2, 2),',
        '        )',
      ].join('\n'),
    );
    expect(build).toContain('layers.Dropout(p["layer_3_rate"])');
    expect(build).toContain('loss="sparse_categorical_crossentropy"');
    expect(code).toContain('INPUT_SHAPE = (28, 28, 1)');
    expect(code).toContain('y is int32 class indices, shape (n,)');
  });

  it('gives recurrent layers the initialisers of the app and searched sequences', () => {
    const code = pythonScript({
      spec: specWith(
        {
          params: [
            param('model.layers.0.returnSequences', {
              type: 'categorical',
              choices: [true, false],
            }),
          ],
        },
        {
          model: {
            layers: [
              { type: 'simpleRNN', units: 8, activation: 'tanh', returnSequences: true },
              { type: 'lstm', units: 8, activation: 'relu', returnSequences: true },
              { type: 'gru', units: 4, activation: 'tanh', returnSequences: false },
              { type: 'dense', units: 1, activation: 'linear', kernelL1: 0, kernelL2: 0 },
            ],
          },
        },
      ),
      info: { task: 'regression', inputShape: [20, 1], outputSize: 1 },
      hasTest: false,
    });
    const build = functionOf(code, 'build_model');
    const oneLine = build.replace(/\n\s*/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')');
    expect(oneLine).toContain(
      'layers.SimpleRNN(8, return_sequences=p["layer_1_return_sequences"], recurrent_initializer="glorot_uniform")',
    );
    expect(oneLine).toContain(
      'layers.LSTM(8, activation="relu", return_sequences=True, recurrent_initializer="glorot_uniform", unit_forget_bias=False)',
    );
    expect(build).toContain(
      '    model.add(layers.GRU(4, recurrent_initializer="glorot_uniform", reset_after=False))\n',
    );
    expect(build).toContain('metrics=["mae"]');
    expect(code).toContain('"layer_1_return_sequences": True,');
  });

  it('writes a repeated layer or block as a loop around its layers', () => {
    const layers: LayerSpec[] = [
      { type: 'dense', units: 16, activation: 'relu', kernelL1: 0, kernelL2: 0 },
      { type: 'dropout', rate: 0.1 },
      { type: 'dense', units: 8, activation: 'relu', kernelL1: 0, kernelL2: 0 },
      { type: 'dense', units: 8, activation: 'tanh', kernelL1: 0, kernelL2: 0 },
      { type: 'dense', units: 1, activation: 'sigmoid', kernelL1: 0, kernelL2: 0 },
    ];
    const code = script(
      specWith(
        {
          params: [
            param('model.repeat.3-3', { type: 'int', low: 1, high: 3, step: 1, log: false }),
            param('model.repeat.0-2', { type: 'int', low: 1, high: 2, step: 1, log: false }),
            param('model.layers.2.units', { type: 'int', low: 4, high: 8, step: 4, log: false }),
          ],
        },
        { model: { layers } },
      ),
    );
    expect(functionOf(code, 'build_model')).toContain(
      [
        '    model.add(keras.Input(shape=INPUT_SHAPE))',
        '    for _ in range(p["repeat_layers_1_3"]):',
        '        model.add(layers.Dense(16, activation="relu"))',
        '        model.add(layers.Dropout(0.1))',
        '        model.add(layers.Dense(p["layer_3_units"], activation="relu"))',
        '    for _ in range(p["repeat_layer_4"]):',
        '        model.add(layers.Dense(8, activation="tanh"))',
        '    model.add(layers.Dense(1, activation="sigmoid"))',
      ].join('\n'),
    );
    expect(code).toContain('    "repeat_layer_4": 1,\n    "repeat_layers_1_3": 1,\n');
  });

  it('refuses overlapping repeats, which the app refuses too', () => {
    const repeat = (target: string) =>
      param(target, { type: 'int', low: 1, high: 2, step: 1, log: false });
    const spec = specWith({ params: [repeat('model.repeat.0-1'), repeat('model.repeat.1-1')] });
    expect(() => script(spec)).toThrow(/overlap/);
  });

  it('compiles with the optimizer, learning rate, loss and metric of the spec', () => {
    const spec: ExperimentSpec = {
      ...DEFAULT_SPEC,
      training: { ...DEFAULT_SPEC.training, optimizer: 'momentum', loss: 'huber' },
    };
    const build = functionOf(script(spec), 'build_model');
    expect(build).toContain(
      '        optimizer=keras.optimizers.SGD(learning_rate=float(p["learning_rate"]), momentum=0.9),',
    );
    expect(build).toContain('        loss=keras.losses.Huber(),');
    expect(build).toContain('        metrics=["accuracy"],');
    expect(build).toContain('    keras.utils.set_random_seed(SEED)');
  });

  it('picks the optimizer by name when it is searched', () => {
    const code = script(specWith({ params: [OPTIMIZER] }));
    expect(functionOf(code, 'build_model')).toContain(
      'optimizer=make_optimizer(p["optimizer"], p["learning_rate"]),',
    );
    const make = functionOf(code, 'make_optimizer');
    expect(make).toContain(
      '"momentum": lambda: keras.optimizers.SGD(learning_rate=learning_rate, momentum=0.9),',
    );
    expect(make).toContain(
      '"adamax": lambda: keras.optimizers.Adamax(learning_rate=learning_rate),',
    );
  });
});

describe('pythonScript: training', () => {
  it.each([
    ['constant', ['    return base']],
    ['step', ['    return base * 0.5 ** (epoch // 7)']],
    ['exponential', ['    return base * 0.5 ** (epoch / 7)']],
    [
      'cosine',
      [
        '    progress = 0 if epochs <= 1 else min(1, epoch / (epochs - 1))',
        '    floor = base * 0.5',
        '    return floor + (base - floor) * (1 + math.cos(math.pi * progress)) / 2',
      ],
    ],
  ] as const)('mirrors the %s learning-rate schedule', (kind, body) => {
    const spec: ExperimentSpec = {
      ...DEFAULT_SPEC,
      training: { ...DEFAULT_SPEC.training, schedule: { kind, factor: 0.5, everyEpochs: 7 } },
    };
    const schedule = functionOf(script(spec), 'learning_rate_at');
    expect(schedule.split('\n').slice(-body.length)).toEqual(body);
    expect(functionOf(script(spec), 'train')).toContain(
      '        rate = learning_rate_at(float(p["learning_rate"]), epoch, epochs)\n',
    );
  });

  it('trains an epoch at a time with fit, setting the learning rate first', () => {
    const train = functionOf(script(DEFAULT_SPEC), 'train');
    expect(train).toContain(
      [
        '            model.optimizer.learning_rate = rate',
        '            fit = model.fit(',
        '                x_train,',
        '                y_train,',
        '                batch_size=p["batch_size"],',
        '                epochs=epoch + 1,',
        '                initial_epoch=epoch,',
        '                shuffle=True,',
        '                verbose=0,',
        '                validation_data=(x_val, y_val),',
        '            )',
      ].join('\n'),
    );
  });

  it('stops early on the mean validation loss exactly as the app does', () => {
    const spec: ExperimentSpec = {
      ...DEFAULT_SPEC,
      training: {
        ...DEFAULT_SPEC.training,
        earlyStopping: { enabled: true, patience: 4, minDelta: 0.01, restoreBestWeights: true },
      },
    };
    const code = script(spec);
    expect(code).toContain('PATIENCE = 4\nMIN_DELTA = 0.01\nRESTORE_BEST_WEIGHTS = True\n');
    const train = functionOf(code, 'train');
    expect(train).toContain('        if metrics["val_loss"] < best_loss - MIN_DELTA:\n');
    expect(train).toContain('        if since_improvement >= PATIENCE:\n            break\n');
    expect(train).toContain(
      '    if best_weights is not None and best_epoch != len(history) - 1:\n',
    );
    const off = script(DEFAULT_SPEC);
    expect(off).not.toContain('PATIENCE');
    expect(functionOf(off, 'train')).not.toContain('best_loss');
  });

  it('reports the epoch mean of the objective and prunes in a search', () => {
    const code = script(specWith({ params: [LR] }));
    const train = functionOf(code, 'train');
    expect(train).toContain('            trial.report(value, epoch)\n');
    expect(train).toContain(
      '            if trial.should_prune():\n                raise optuna.TrialPruned()',
    );
    expect(train).toContain('mean over folds');
    expect(functionOf(code, 'objective')).toContain('return float("nan")');
    expect(functionOf(code, 'best_value')).toContain(
      'return min(values) if values else float("nan")',
    );
    expect(code).toContain('DIRECTION = "minimize"\nOBJECTIVE = "val_loss"\n');
  });

  it('maximises validation accuracy when that is the objective', () => {
    const code = script(specWith({ params: [LR], objective: 'valAccuracy' }));
    expect(code).toContain('DIRECTION = "maximize"\nOBJECTIVE = "val_accuracy"\n');
    expect(functionOf(code, 'best_value')).toContain('return max(values)');
  });

  it('evaluates on the test set and keeps the result as user attributes', () => {
    const code = script(specWith({ params: [LR] }), { hasTest: true });
    expect(functionOf(code, 'evaluate_test')).toContain('return_dict=True');
    expect(functionOf(code, 'objective')).toContain('trial.set_user_attr(name, value)');
    expect(code).toContain('x_val, y_val, x_test, y_test).');
    expect(script(specWith({ params: [LR] }))).not.toContain('evaluate_test');
  });
});

describe('pythonScript: cross-validation', () => {
  const cvSpec = (standardize: boolean) =>
    specWith({ params: [LR], cv: 4 }, { dataset: { ...DEFAULT_SPEC.dataset, standardize } });

  it('deals stratified folds for classification, re-standardised per fold', () => {
    const code = script(cvSpec(true), { hasTest: true });
    const folds = functionOf(code, 'make_folds');
    expect(code).toContain('CV = 4  # folds of cross-validation');
    expect(folds).toContain('    from sklearn.model_selection import StratifiedKFold\n');
    expect(folds).toContain(
      '    splitter = StratifiedKFold(n_splits=CV, shuffle=True, random_state=SEED)',
    );
    expect(folds).toContain('        x_train, x_val = standardize(x[train_rows], x[val_rows])');
    expect(functionOf(code, 'standardize')).toContain('affine map');
    // No single model to test, as in the app.
    expect(functionOf(code, 'objective')).not.toContain('evaluate_test');
  });

  it('deals plain folds for regression, and leaves data unscaled when the spec does', () => {
    const code = pythonScript({
      spec: cvSpec(false),
      info: { task: 'regression', inputShape: [1], outputSize: 1 },
      hasTest: false,
    });
    expect(functionOf(code, 'make_folds')).toContain('splitter = KFold(');
    expect(code).not.toContain('def standardize(');
  });

  it('trains one model on the app split without cross-validation', () => {
    const code = script(specWith({ params: [LR], cv: 1 }));
    expect(functionOf(code, 'make_folds')).toContain(
      '    return [(data["x_train"], data["y_train"], data["x_val"], data["y_val"])]',
    );
    expect(code).not.toContain('sklearn');
  });
});

describe('pythonScript: sampler and pruner', () => {
  it('gives the grid sampler the app grid and the seed', () => {
    const units = param(
      'model.layers.0.units',
      { type: 'int', low: 4, high: 16, step: 3, log: false },
      null,
      4,
    );
    const code = script(specWith({ strategy: 'grid', seed: 42, params: [LR, OPTIMIZER, units] }));
    expect(code).toContain(
      [
        'GRID = {',
        `    "learning_rate": [${gridValues(LR.distribution, 3).join(', ')}],`,
        '    "optimizer": ["adam", "sgd", "rmsprop"],',
        `    "layer_1_units": [${gridValues(units.distribution, 4).join(', ')}],`,
        '}',
      ].join('\n'),
    );
    expect(code).toContain('SAMPLER_SEED = 42\n');
    expect(code).toContain('STUDY_NAME = "traintab-42"');
    expect(functionOf(code, 'make_sampler')).toContain(
      'return optuna.samplers.GridSampler(GRID, seed=SAMPLER_SEED)',
    );
  });

  describe('N_TRIALS of a grid search', () => {
    const units = (values: string[]) =>
      param(
        'model.layers.0.units',
        { type: 'int', low: 4, high: 16, step: 4, log: false },
        { param: 'training.optimizer', in: values },
        4,
      );
    const nTrials = (code: string) => /^N_TRIALS = (\d+)$/m.exec(code)?.[1];

    it("adds the points Optuna's grid has more than the app's, and says why", () => {
      // Optuna: 3 × 3 × 4 = 36 points; the app: 3 × (adam + rmsprop + 4 × sgd) = 18.
      const code = script(
        specWith({ strategy: 'grid', maxTrials: 20, params: [LR, OPTIMIZER, units(['sgd'])] }),
      );
      expect(code).toContain(
        [
          '# GridSampler also takes each value of a conditional parameter where it is inactive, which runs',
          '# the same setting again, so it needs more trials than the app to reach as many settings:',
          "# maxTrials 20 + 18 (its grid has 36 points, the app's 18).",
          'N_TRIALS = 38\n',
        ].join('\n'),
      );
      // Active for two choices: the app's grid is 3 × (1 + 4 + 4) = 27, 9 fewer than Optuna's.
      const two = [LR, OPTIMIZER, units(['sgd', 'rmsprop'])];
      const twoSpec = specWith({ strategy: 'grid', maxTrials: 5, params: two });
      expect(nTrials(script(twoSpec))).toBe('14');
      // The README the app writes names the same default.
      expect(studyTrials(twoSpec)).toBe(14);
    });

    it('is maxTrials without a conditional parameter, and for any other strategy', () => {
      const plain = script(specWith({ strategy: 'grid', maxTrials: 20, params: [LR, OPTIMIZER] }));
      expect(nTrials(plain)).toBe('20');
      expect(plain).not.toContain('GridSampler also takes');
      for (const strategy of ['random', 'tpe', 'gp'] as const) {
        const params = [LR, OPTIMIZER, units(['sgd'])];
        expect(nTrials(script(specWith({ strategy, maxTrials: 20, params }))), strategy).toBe('20');
      }
    });
  });

  it('seeds the random sampler and gives TPE its start-up trials', () => {
    expect(functionOf(script(specWith({ params: [LR] })), 'make_sampler')).toContain(
      'optuna.samplers.RandomSampler(seed=SAMPLER_SEED)',
    );
    const tpe = script(specWith({ strategy: 'tpe', startupTrials: 7, params: [LR] }));
    expect(tpe).toContain('STARTUP_TRIALS = 7\n');
    expect(functionOf(tpe, 'tpe_sampler')).toContain('n_startup_trials=STARTUP_TRIALS,');
    expect(functionOf(tpe, 'tpe_sampler')).toContain('multivariate=True,');
    // Not on Optuna 3.1, whose multivariate TPE breaks with a liar and parallel processes.
    expect(functionOf(tpe, 'tpe_sampler')).toContain(
      'constant_liar = not optuna.__version__.startswith("3.1.")',
    );
    expect(functionOf(tpe, 'make_sampler')).toContain('return tpe_sampler()');
  });

  it('falls back from GP to TPE, saying why on stderr', () => {
    const code = script(specWith({ strategy: 'gp', params: [LR] }));
    const sampler = functionOf(code, 'make_sampler');
    expect(sampler).toContain('getattr(optuna.samplers, "GPSampler", None)');
    expect(sampler).toContain('file=sys.stderr');
    expect(sampler).toContain(
      'return gp_sampler(seed=SAMPLER_SEED, n_startup_trials=STARTUP_TRIALS)',
    );
    expect(code).toContain('import importlib.util\n');
    expect(script(specWith({ strategy: 'tpe', params: [LR] }))).not.toContain('importlib');
  });

  const pruner = (kind: SearchSpec['pruner']['kind'], extra: Partial<SearchSpec> = {}) =>
    functionOf(
      script(
        specWith({
          params: [LR],
          pruner: {
            kind,
            startupTrials: 6,
            warmupSteps: 2,
            minResource: 3,
            reductionFactor: 5,
            rungValue: 'last',
          },
          ...extra,
        }),
      ),
      'make_pruner',
    );

  it('writes each pruner with its settings', () => {
    expect(pruner('none')).toContain('return optuna.pruners.NopPruner()');
    expect(pruner('median')).toContain(
      'return optuna.pruners.MedianPruner(n_startup_trials=6, n_warmup_steps=2)',
    );
    expect(pruner('asha')).toContain(
      'optuna.pruners.SuccessiveHalvingPruner(\n        min_resource=3, reduction_factor=5\n    )',
    );
    expect(pruner('asha')).not.toContain('best value so far');
    expect(pruner('hyperband')).toContain(
      '        min_resource=3,\n        max_resource=100,\n        reduction_factor=5,',
    );
  });

  it("gives Hyperband the most epochs a trial can run, and notes ASHA's rung value", () => {
    const epochs = param('training.epochs', {
      type: 'int',
      low: 10,
      high: 60,
      step: 1,
      log: false,
    });
    expect(pruner('hyperband', { params: [epochs] })).toContain('max_resource=60,');
    const best = functionOf(
      script(specWith({ params: [LR], pruner: { ...DEFAULT_SPEC.search.pruner, kind: 'asha' } })),
      'make_pruner',
    );
    expect(best).toContain('best value so far');
  });
});

describe('pythonScript: the script as a whole', () => {
  it('imports Keras 3, NumPy and scikit-learn only inside the functions that train', () => {
    const code = script(specWith({ params: [LR], cv: 3 }), { hasTest: true });
    const topLevel = code.split('\n').filter((line) => /^(import|from) /.test(line));
    expect(topLevel).toEqual([
      'import argparse',
      'import json',
      'import math',
      'import random',
      'import sys',
      'import warnings',
      'from pathlib import Path',
      'import optuna',
    ]);
    expect(code).toContain('    import keras\n');
    expect(code).toContain('    from keras import layers\n');
    expect(code).not.toContain('tensorflow.keras');
    expect(code).not.toMatch(/^\s*(import|from) tensorflow/m);
  });

  it('trains once without a search: no Optuna, and --dry-run prints the settings', () => {
    const code = script(DEFAULT_SPEC, { hasTest: true });
    expect(code).not.toContain('optuna');
    expect(code).not.toContain('def suggest(');
    expect(code).not.toContain('import random');
    const main = functionOf(code, 'main');
    expect(main).toContain('        print(json.dumps(SPEC_VALUES), flush=True)');
    expect(main).toContain('    result = train(SPEC_VALUES, make_folds(data), verbose=True)');
    expect(main).toContain("evaluate_test(result['models'][0], data)");
    expect(code).toContain(
      'SPEC_VALUES = {\n    "learning_rate": 0.03,\n    "batch_size": 32,\n    "epochs": 100,\n    "optimizer": "adam",\n}',
    );
  });

  it('ignores the search cv in a single run, as the app does', () => {
    expect(script(specWith({ cv: 5 }))).not.toContain('CV =');
  });

  it('creates or joins the study with the storage, sampler, pruner and direction', () => {
    const code = script(specWith({ params: [LR], maxTrials: 50, maxMinutes: 1.5 }));
    expect(code).toContain('N_TRIALS = 50\nTIMEOUT = 90  # seconds\n');
    const main = functionOf(code, 'main');
    expect(main).toContain('        load_if_exists=True,\n');
    expect(main).toContain('        direction=DIRECTION,\n');
    expect(main).toContain('optuna.study.MaxTrialsCallback(args.n_trials, states=None)');
    const storage = functionOf(code, 'open_storage');
    expect(storage).toContain('from optuna.storages.journal import JournalFileBackend');
    expect(storage).toContain(
      'from optuna.storages import JournalFileStorage as JournalFileBackend',
    );
    expect(script(specWith({ params: [LR] }))).toContain('TIMEOUT = None  # seconds\n');
  });

  it('keeps a dry run out of the real study: its own default name, marked trials, a note', () => {
    const code = script(specWith({ params: [LR] }));
    expect(code).toContain('import sys\n');
    const parse = functionOf(code, 'parse_args');
    expect(parse).toContain('        "--study-name",\n');
    expect(parse).not.toContain('default=STUDY_NAME');
    expect(parse).toContain(
      [
        '    args = parser.parse_args()',
        '    if args.study_name is None:',
        "        # A dry run's trials have made-up values: they go to a study of their own.",
        '        args.study_name = f"{STUDY_NAME}-dry-run" if args.dry_run is not None else STUDY_NAME',
        '    return args',
      ].join('\n'),
    );
    expect(functionOf(code, 'dry_run')).toContain(
      '    def stand_in(trial):\n        trial.set_user_attr("dry_run", True)\n',
    );
    expect(functionOf(code, 'main')).toContain(
      [
        '        dry_run(study, args.dry_run)',
        '        if args.storage is not None:',
        '            print(',
        '                f"Dry run: {args.dry_run} trials, marked dry_run=True, written to the study"',
        '                f" {args.study_name!r} of --storage.",',
        '                file=sys.stderr,',
        '                flush=True,',
        '            )',
        '        return',
      ].join('\n'),
    );
  });

  it('escapes odd strings into ASCII Python literals', () => {
    expect(pythonString('plain')).toBe('"plain"');
    expect(pythonString('say "hi"\\now')).toBe('"say \\"hi\\"\\\\now"');
    expect(pythonString('a\nb\r\tc\u0000\u007f')).toBe('"a\\nb\\r\\tc\\u0000\\u007f"');
    expect(pythonString('é中')).toBe('"\\u00e9\\u4e2d"');
    expect(pythonString('😀')).toBe('"\\U0001f600"');
    expect(pythonString('\ud800x')).toBe('"\\ud800x"');
    expect(pythonString('"""')).toBe('"\\"\\"\\""');
    const code = pythonScript({
      spec: specWith(
        {
          params: [
            param('training.optimizer', { type: 'categorical', choices: ['adam', '"""\n\\'] }),
          ],
        },
        {
          dataset: {
            ...DEFAULT_SPEC.dataset,
            name: 'csv',
            csv: {
              fileName: 'naïve "data"\n.csv',
              hash: 'abcdef12',
              target: 'y',
              task: 'classification',
              missing: 'drop',
              shape: { task: 'binary', inputSize: 2, outputSize: 1 },
            },
          },
        },
      ),
      info: BINARY,
      hasTest: false,
    });
    expect(code).toContain('DATASET = "na\\u00efve \\"data\\"\\n.csv"\n');
    expect(code).toContain('["adam", "\\"\\"\\"\\n\\\\"]');
    expect(/^[\x20-\x7e\n]*$/.test(code)).toBe(true);
  });

  it('is deterministic: the same experiment gives the same script, with no date in it', () => {
    const spec = specWith({ strategy: 'tpe', params: [LR, OPTIMIZER], cv: 2 });
    const first = script(spec, { hasTest: true });
    expect(script(structuredClone(spec), { hasTest: true })).toBe(first);
    expect(first).not.toMatch(/20\d\d-\d\d-\d\d/);
  });

  it('writes lines of at most 100 characters, indented by four spaces, ending in one newline', () => {
    const code = script(specWith({ strategy: 'gp', params: [LR, OPTIMIZER], cv: 3 }), {
      hasTest: true,
    });
    for (const line of code.split('\n')) {
      expect(line.length, line).toBeLessThanOrEqual(100);
      expect((line.length - line.trimStart().length) % 4, line).toBe(0);
      expect(line, 'no trailing space').toBe(line.trimEnd());
    }
    expect(code.endsWith('\n    main()\n')).toBe(true);
  });
});
