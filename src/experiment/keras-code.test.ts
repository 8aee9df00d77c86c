import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Task } from '../data/types';
import type { Activation } from './activations';
import { ACTIVATIONS } from './activations';
import { LOSSES, OPTIMIZERS } from './experiment';
import type { KerasCodeInput, KerasTraining } from './keras-code';
import { kerasCode, kerasLayer, kerasLoss, kerasOptimizer, pythonNumber } from './keras-code';
import type { LayerOf, LayerSpec } from './layers';

const DEFAULT_TRAINING: KerasTraining = {
  optimizer: 'adam',
  learningRate: 0.03,
  loss: 'binaryCrossentropy',
  batchSize: 32,
  epochs: 100,
  validationSplit: 0.2,
};

const dense = (units: number, activation: Activation) =>
  ({ type: 'dense', units, activation, kernelL1: 0, kernelL2: 0 }) as const satisfies LayerSpec;

describe('kerasCode', () => {
  it('writes the default MLP exactly as the seed article does', () => {
    const code = kerasCode({
      inputShape: [2],
      layers: [dense(8, 'relu'), dense(8, 'relu'), dense(1, 'sigmoid')],
      training: DEFAULT_TRAINING,
      task: 'binary',
    });
    expect(code).toBe(
      [
        'from tensorflow import keras',
        'from tensorflow.keras import layers, regularizers',
        '',
        'model = keras.Sequential()',
        'model.add(keras.Input(shape=(2,)))',
        'model.add(layers.Dense(8, activation="relu"))',
        'model.add(layers.Dense(8, activation="relu"))',
        'model.add(layers.Dense(1, activation="sigmoid"))',
        'model.compile(',
        '    optimizer=keras.optimizers.Adam(learning_rate=0.03),',
        '    loss="binary_crossentropy",',
        '    metrics=["accuracy"],',
        ')',
        'model.summary()',
        '# model.fit(x_train, y_train, batch_size=32, epochs=100, validation_split=0.2)',
        '',
      ].join('\n'),
    );
  });

  it('writes the classic MNIST convnet', () => {
    const code = kerasCode({
      inputShape: [28, 28, 1],
      layers: [
        conv(32),
        { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
        conv(64),
        { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
        { type: 'flatten' },
        { type: 'dropout', rate: 0.5 },
        dense(10, 'softmax'),
      ],
      training: {
        optimizer: 'adam',
        learningRate: 0.001,
        loss: 'sparseCategoricalCrossentropy',
        batchSize: 128,
        epochs: 15,
        validationSplit: 0.1,
      },
      task: 'multiclass',
    });
    expect(code).toBe(
      [
        'from tensorflow import keras',
        'from tensorflow.keras import layers, regularizers',
        '',
        'model = keras.Sequential()',
        'model.add(keras.Input(shape=(28, 28, 1)))',
        'model.add(layers.Conv2D(32, kernel_size=(3, 3), activation="relu"))',
        'model.add(layers.MaxPooling2D(pool_size=(2, 2)))',
        'model.add(layers.Conv2D(64, kernel_size=(3, 3), activation="relu"))',
        'model.add(layers.MaxPooling2D(pool_size=(2, 2)))',
        'model.add(layers.Flatten())',
        'model.add(layers.Dropout(0.5))',
        'model.add(layers.Dense(10, activation="softmax"))',
        'model.compile(',
        '    optimizer=keras.optimizers.Adam(learning_rate=0.001),',
        '    loss="sparse_categorical_crossentropy",',
        '    metrics=["accuracy"],',
        ')',
        'model.summary()',
        '# model.fit(x_train, y_train, batch_size=128, epochs=15, validation_split=0.1)',
        '',
      ].join('\n'),
    );
  });

  it('measures regression with mean absolute error', () => {
    const code = kerasCode({
      inputShape: [20, 1],
      layers: [{ type: 'lstm', units: 16, activation: 'tanh', returnSequences: false }],
      training: { ...DEFAULT_TRAINING, loss: 'huber' },
      task: 'regression',
    });
    expect(code).toContain('    loss=keras.losses.Huber(),\n    metrics=["mae"],\n');
    expect(code).toContain('model.add(keras.Input(shape=(20, 1)))');
  });

  it('refuses to write NaN or Infinity into Python', () => {
    const bad = (patch: Partial<KerasTraining>): KerasCodeInput => ({
      inputShape: [2],
      layers: [dense(1, 'sigmoid')],
      training: { ...DEFAULT_TRAINING, ...patch },
      task: 'binary',
    });
    expect(() => kerasCode(bad({ learningRate: Number.NaN }))).toThrow(/Learning rate/);
    expect(() => kerasCode(bad({ validationSplit: Infinity }))).toThrow(/Validation split/);
    expect(() => kerasLayer({ type: 'dropout', rate: -Infinity })).toThrow(/Rate/);
  });
});

function conv(filters: number, patch: Partial<LayerOf<'conv2d'>> = {}): LayerSpec {
  return {
    type: 'conv2d',
    filters,
    kernelSize: 3,
    strides: 1,
    padding: 'valid',
    activation: 'relu',
    kernelL1: 0,
    kernelL2: 0,
    ...patch,
  };
}

describe('kerasLayer', () => {
  const cases: [string, LayerSpec, string][] = [
    ['Dense with linear output', dense(1, 'linear'), 'layers.Dense(1, activation="linear")'],
    [
      'Dense with both penalties',
      { type: 'dense', units: 64, activation: 'elu', kernelL1: 0.001, kernelL2: 0.01 },
      'layers.Dense(64, activation="elu", kernel_regularizer=regularizers.L1L2(l1=0.001, l2=0.01))',
    ],
    [
      'Dense with L2 only',
      { type: 'dense', units: 4, activation: 'selu', kernelL1: 0, kernelL2: 0.0001 },
      'layers.Dense(4, activation="selu", kernel_regularizer=regularizers.L1L2(l2=0.0001))',
    ],
    [
      'Dense with L1 only',
      { type: 'dense', units: 4, activation: 'softplus', kernelL1: 1e-7, kernelL2: 0 },
      'layers.Dense(4, activation="softplus", kernel_regularizer=regularizers.L1L2(l1=1e-7))',
    ],
    ['Dropout', { type: 'dropout', rate: 0.25 }, 'layers.Dropout(0.25)'],
    ['Dropout of zero', { type: 'dropout', rate: 0 }, 'layers.Dropout(0)'],
    ['BatchNormalization', { type: 'batchNormalization' }, 'layers.BatchNormalization()'],
    ['Flatten', { type: 'flatten' }, 'layers.Flatten()'],
    ['Reshape to one axis', { type: 'reshape', targetShape: [784] }, 'layers.Reshape((784,))'],
    [
      'Reshape to an image',
      { type: 'reshape', targetShape: [28, 28, 1] },
      'layers.Reshape((28, 28, 1))',
    ],
    ['Conv2D with defaults', conv(8), 'layers.Conv2D(8, kernel_size=(3, 3), activation="relu")'],
    [
      'Conv2D with strides, same padding and penalties',
      conv(16, { kernelSize: 5, strides: 2, padding: 'same', activation: 'swish', kernelL2: 0.5 }),
      'layers.Conv2D(16, kernel_size=(5, 5), strides=(2, 2), padding="same", activation="swish", kernel_regularizer=regularizers.L1L2(l2=0.5))',
    ],
    [
      'MaxPooling2D with strides unlike its pool',
      { type: 'maxPooling2d', poolSize: 3, strides: 1, padding: 'same' },
      'layers.MaxPooling2D(pool_size=(3, 3), strides=(1, 1), padding="same")',
    ],
    [
      'AveragePooling2D with default strides',
      { type: 'averagePooling2d', poolSize: 2, strides: 2, padding: 'valid' },
      'layers.AveragePooling2D(pool_size=(2, 2))',
    ],
    [
      'AveragePooling2D with strides and padding',
      { type: 'averagePooling2d', poolSize: 2, strides: 3, padding: 'same' },
      'layers.AveragePooling2D(pool_size=(2, 2), strides=(3, 3), padding="same")',
    ],
    [
      'GlobalAveragePooling2D',
      { type: 'globalAveragePooling2d' },
      'layers.GlobalAveragePooling2D()',
    ],
    [
      'SimpleRNN with its defaults',
      { type: 'simpleRNN', units: 32, activation: 'tanh', returnSequences: false },
      'layers.SimpleRNN(32)',
    ],
    [
      'SimpleRNN with relu and sequences',
      { type: 'simpleRNN', units: 32, activation: 'relu', returnSequences: true },
      'layers.SimpleRNN(32, activation="relu", return_sequences=True)',
    ],
    [
      'LSTM returning sequences',
      { type: 'lstm', units: 64, activation: 'tanh', returnSequences: true },
      'layers.LSTM(64, return_sequences=True)',
    ],
    [
      'LSTM with another activation',
      { type: 'lstm', units: 8, activation: 'sigmoid', returnSequences: false },
      'layers.LSTM(8, activation="sigmoid")',
    ],
    [
      'GRU with its defaults',
      { type: 'gru', units: 12, activation: 'tanh', returnSequences: false },
      'layers.GRU(12, reset_after=False)',
    ],
    [
      'GRU with everything set',
      { type: 'gru', units: 12, activation: 'linear', returnSequences: true },
      'layers.GRU(12, activation="linear", return_sequences=True, reset_after=False)',
    ],
  ];

  it.each(cases)('writes %s', (_name, layer, expected) => {
    expect(kerasLayer(layer)).toBe(expected);
  });

  it('names every activation the Keras way', () => {
    for (const activation of ACTIVATIONS) {
      expect(kerasLayer(dense(2, activation))).toBe(`layers.Dense(2, activation="${activation}")`);
    }
  });
});

describe('kerasOptimizer and kerasLoss', () => {
  it.each([
    ['sgd', 'keras.optimizers.SGD(learning_rate=0.01)'],
    ['momentum', 'keras.optimizers.SGD(learning_rate=0.01, momentum=0.9)'],
    ['adam', 'keras.optimizers.Adam(learning_rate=0.01)'],
    ['rmsprop', 'keras.optimizers.RMSprop(learning_rate=0.01)'],
    ['adagrad', 'keras.optimizers.Adagrad(learning_rate=0.01)'],
    ['adadelta', 'keras.optimizers.Adadelta(learning_rate=0.01)'],
    ['adamax', 'keras.optimizers.Adamax(learning_rate=0.01)'],
  ] as const)('writes %s', (optimizer, expected) => {
    expect(kerasOptimizer(optimizer, 0.01)).toBe(expected);
  });

  it.each([
    ['binaryCrossentropy', '"binary_crossentropy"'],
    ['sparseCategoricalCrossentropy', '"sparse_categorical_crossentropy"'],
    ['meanSquaredError', '"mean_squared_error"'],
    ['meanAbsoluteError', '"mean_absolute_error"'],
    ['huber', 'keras.losses.Huber()'],
  ] as const)('writes the %s loss', (loss, expected) => {
    expect(kerasLoss(loss)).toBe(expected);
  });

  it('prints numbers in a form Python reads', () => {
    expect(pythonNumber(0.001)).toBe('0.001');
    expect(pythonNumber(1e-6)).toBe('0.000001');
    expect(pythonNumber(1e-7)).toBe('1e-7');
    expect(pythonNumber(10)).toBe('10');
    expect(pythonNumber(-0)).toBe('0');
  });
});

/** A pool of layers covering every type and option, to draw varied models from. */
const LAYER_POOL: LayerSpec[] = [
  dense(16, 'relu'),
  { type: 'dense', units: 3, activation: 'softmax', kernelL1: 0.01, kernelL2: 0.02 },
  { type: 'dropout', rate: 0.3 },
  { type: 'batchNormalization' },
  { type: 'flatten' },
  { type: 'reshape', targetShape: [12] },
  { type: 'reshape', targetShape: [4, 3] },
  { type: 'reshape', targetShape: [2, 2, 3] },
  conv(8),
  conv(4, { kernelSize: 1, strides: 3, padding: 'same', activation: 'tanh', kernelL1: 0.1 }),
  { type: 'maxPooling2d', poolSize: 2, strides: 2, padding: 'valid' },
  { type: 'maxPooling2d', poolSize: 3, strides: 1, padding: 'same' },
  { type: 'averagePooling2d', poolSize: 2, strides: 1, padding: 'same' },
  { type: 'globalAveragePooling2d' },
  { type: 'simpleRNN', units: 5, activation: 'elu', returnSequences: true },
  { type: 'lstm', units: 6, activation: 'tanh', returnSequences: false },
  { type: 'gru', units: 7, activation: 'swish', returnSequences: true },
];
const INPUT_SHAPES = [[2], [28, 28, 1], [20, 1], [4], [8, 8, 3]];
const TASKS: Task[] = ['binary', 'multiclass', 'regression'];
const LEARNING_RATES = [0.03, 0.001, 1e-6, 1e-7, 10, 0.5];

/** Thirty deterministic models that mix every layer, optimizer, loss, task and number form. */
const VARIED_MODELS: KerasCodeInput[] = Array.from({ length: 30 }, (_, i) => ({
  inputShape: INPUT_SHAPES[i % INPUT_SHAPES.length]!,
  layers: Array.from(
    { length: (i % 6) + 1 },
    (_, j) => LAYER_POOL[(i * 7 + j * 3) % LAYER_POOL.length]!,
  ),
  training: {
    optimizer: OPTIMIZERS[i % OPTIMIZERS.length]!,
    learningRate: LEARNING_RATES[i % LEARNING_RATES.length]!,
    loss: LOSSES[i % LOSSES.length]!,
    batchSize: 1 + ((i * 37) % 1024),
    epochs: 1 + i * 333,
    validationSplit: 0.05 + (i % 10) * 0.05,
  },
  task: TASKS[i % TASKS.length]!,
}));

describe('generated code for varied models', () => {
  it('mixes every pooled layer, optimizer, loss and task', () => {
    expect(new Set(VARIED_MODELS.flatMap((m) => m.layers))).toEqual(new Set(LAYER_POOL));
    expect(new Set(VARIED_MODELS.map((m) => m.training.optimizer))).toEqual(new Set(OPTIMIZERS));
    expect(new Set(VARIED_MODELS.map((m) => m.training.loss))).toEqual(new Set(LOSSES));
    expect(new Set(VARIED_MODELS.map((m) => m.task))).toEqual(new Set(TASKS));
  });

  it('has a sound structure: one add per layer, balanced brackets, only Python literals', () => {
    for (const model of VARIED_MODELS) {
      const code = kerasCode(model);
      const lines = code.split('\n');
      expect(lines.filter((l) => l.startsWith('model.add(layers.'))).toHaveLength(
        model.layers.length,
      );
      expect(code).not.toMatch(/NaN|Infinity|undefined|null|\btrue\b|\bfalse\b/);
      let depth = 0;
      for (const line of lines.filter((l) => !l.startsWith('#'))) {
        expect(line.split('"').length % 2, line).toBe(1);
        for (const char of line) {
          if ('([{'.includes(char)) depth += 1;
          if (')]}'.includes(char)) depth -= 1;
          expect(depth, line).toBeGreaterThanOrEqual(0);
        }
        // Only the model.compile( call spans lines.
        const inCompile = line === 'model.compile(' || line.startsWith('    ');
        expect(depth, line).toBe(inCompile ? 1 : 0);
      }
    }
  });
});

const hasPython = spawnSync('python3', ['--version']).status === 0;

describe('generated code parses as Python', () => {
  const dir = mkdtempSync(join(tmpdir(), 'traintab-keras-code-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Compiles every source in one python3 run; py_compile names each file that fails. */
  const compile = (sources: Record<string, string>) => {
    const files = Object.entries(sources).map(([name, source]) => {
      const file = join(dir, `${name}.py`);
      writeFileSync(file, source);
      return file;
    });
    return spawnSync('python3', ['-m', 'py_compile', ...files], { encoding: 'utf8' });
  };

  it.skipIf(!hasPython)(
    'py_compile rejects broken code, so the check can fail (needs python3)',
    () => {
      const result = compile({
        fine: 'x = (784,)\n',
        broken: 'model.add(layers.Reshape((784,))\n',
      });
      expect(result.status).not.toBe(0);
      expect(result.stderr).toContain('broken.py');
      expect(result.stderr).not.toContain('fine.py');
    },
  );

  it.skipIf(!hasPython)('py_compile accepts the code of 30 varied models (needs python3)', () => {
    const sources = Object.fromEntries(VARIED_MODELS.map((m, i) => [`model_${i}`, kerasCode(m)]));
    const result = compile(sources);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
