/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
import type { Task } from '../data/types';
import type { Activation } from './activations';
import type { ExperimentSpec, LossName, OptimizerName } from './experiment';
import type { LayerSpec } from './layers';

export type KerasTraining = Pick<
  ExperimentSpec['training'],
  'optimizer' | 'learningRate' | 'loss' | 'batchSize' | 'epochs' | 'validationSplit'
>;

export interface KerasCodeInput {
  /** Shape of one example, without the batch dimension. */
  inputShape: readonly number[];
  /** The layers exactly as the model has them: nothing is added in front (no implicit Flatten). */
  layers: readonly LayerSpec[];
  training: KerasTraining;
  task: Task;
}

/** A number as Python source; JavaScript's shortest round-trip form (0.001, 1e-7) parses there too. */
export function pythonNumber(value: number, label = 'Value'): string {
  if (!Number.isFinite(value)) {
    throw new RangeError(`${label} must be a finite number to write Keras code, got ${value}`);
  }
  return Object.is(value, -0) ? '0' : String(value);
}

const pythonBool = (value: boolean): string => (value ? 'True' : 'False');

/** A Python tuple literal: (784,) needs the trailing comma to be a tuple at all. */
function pythonTuple(values: readonly number[], label = 'Value'): string {
  const items = values.map((v) => pythonNumber(v, label));
  return items.length === 1 ? `(${items[0]},)` : `(${items.join(', ')})`;
}

const pythonString = (value: string): string => JSON.stringify(value);

const activationArg = (activation: Activation): string => `activation=${pythonString(activation)}`;

function regularizerArg(l1: number, l2: number): string[] {
  const args = [];
  if (l1 !== 0) args.push(`l1=${pythonNumber(l1, 'L1')}`);
  if (l2 !== 0) args.push(`l2=${pythonNumber(l2, 'L2')}`);
  return args.length > 0 ? [`kernel_regularizer=regularizers.L1L2(${args.join(', ')})`] : [];
}

function poolingArgs(poolSize: number, strides: number, padding: 'valid' | 'same'): string[] {
  const size = pythonNumber(poolSize, 'Pool size');
  const args = [`pool_size=(${size}, ${size})`];
  // Keras' default strides are the pool size.
  if (strides !== poolSize) {
    const s = pythonNumber(strides, 'Strides');
    args.push(`strides=(${s}, ${s})`);
  }
  if (padding !== 'valid') args.push(`padding=${pythonString(padding)}`);
  return args;
}

function recurrentArgs(units: number, activation: Activation, returnSequences: boolean): string[] {
  const args = [pythonNumber(units, 'Units')];
  if (activation !== 'tanh') args.push(activationArg(activation));
  if (returnSequences) args.push(`return_sequences=${pythonBool(true)}`);
  return args;
}

/** The `layers.X(...)` call that builds one layer in Keras. */
export function kerasLayer(layer: LayerSpec): string {
  const call = (name: string, args: readonly string[] = []) => `layers.${name}(${args.join(', ')})`;
  switch (layer.type) {
    case 'dense':
      return call('Dense', [
        pythonNumber(layer.units, 'Units'),
        activationArg(layer.activation),
        ...regularizerArg(layer.kernelL1, layer.kernelL2),
      ]);
    case 'dropout':
      return call('Dropout', [pythonNumber(layer.rate, 'Rate')]);
    case 'batchNormalization':
      return call('BatchNormalization');
    case 'flatten':
      return call('Flatten');
    case 'reshape':
      return call('Reshape', [pythonTuple(layer.targetShape, 'Target shape')]);
    case 'conv2d': {
      const k = pythonNumber(layer.kernelSize, 'Kernel size');
      const s = pythonNumber(layer.strides, 'Strides');
      return call('Conv2D', [
        pythonNumber(layer.filters, 'Filters'),
        `kernel_size=(${k}, ${k})`,
        ...(layer.strides !== 1 ? [`strides=(${s}, ${s})`] : []),
        ...(layer.padding !== 'valid' ? [`padding=${pythonString(layer.padding)}`] : []),
        activationArg(layer.activation),
        ...regularizerArg(layer.kernelL1, layer.kernelL2),
      ]);
    }
    case 'maxPooling2d':
      return call('MaxPooling2D', poolingArgs(layer.poolSize, layer.strides, layer.padding));
    case 'averagePooling2d':
      return call('AveragePooling2D', poolingArgs(layer.poolSize, layer.strides, layer.padding));
    case 'globalAveragePooling2d':
      return call('GlobalAveragePooling2D');
    case 'simpleRNN':
      return call('SimpleRNN', recurrentArgs(layer.units, layer.activation, layer.returnSequences));
    case 'lstm':
      return call('LSTM', recurrentArgs(layer.units, layer.activation, layer.returnSequences));
    case 'gru':
      // TensorFlow.js' GRU has no reset_after: Keras must match it to have the same parameters.
      return call('GRU', [
        ...recurrentArgs(layer.units, layer.activation, layer.returnSequences),
        'reset_after=False',
      ]);
    default: {
      const unknown: never = layer;
      throw new Error(`Unknown layer type: ${(unknown as { type: string }).type}`);
    }
  }
}

const OPTIMIZER_CALLS: Record<OptimizerName, { name: string; extra: string }> = {
  sgd: { name: 'SGD', extra: '' },
  momentum: { name: 'SGD', extra: ', momentum=0.9' },
  adam: { name: 'Adam', extra: '' },
  rmsprop: { name: 'RMSprop', extra: '' },
  adagrad: { name: 'Adagrad', extra: '' },
  adadelta: { name: 'Adadelta', extra: '' },
  adamax: { name: 'Adamax', extra: '' },
};

/** The `keras.optimizers.X(...)` expression for an optimizer and learning rate. */
export function kerasOptimizer(optimizer: OptimizerName, learningRate: number): string {
  const { name, extra } = OPTIMIZER_CALLS[optimizer];
  return `keras.optimizers.${name}(learning_rate=${pythonNumber(learningRate, 'Learning rate')}${extra})`;
}

const LOSS_CODE: Record<LossName, string> = {
  binaryCrossentropy: '"binary_crossentropy"',
  sparseCategoricalCrossentropy: '"sparse_categorical_crossentropy"',
  meanSquaredError: '"mean_squared_error"',
  meanAbsoluteError: '"mean_absolute_error"',
  huber: 'keras.losses.Huber()',
};

/** The loss argument of model.compile: a Keras loss name, or a loss object where there is none. */
export const kerasLoss = (loss: LossName): string => LOSS_CODE[loss];

/** Python Keras code that builds, compiles and (commented out) trains the same model. */
export function kerasCode(input: KerasCodeInput): string {
  const { inputShape, layers, training, task } = input;
  const metric = task === 'regression' ? '"mae"' : '"accuracy"';
  const fit = [
    `batch_size=${pythonNumber(training.batchSize, 'Batch size')}`,
    `epochs=${pythonNumber(training.epochs, 'Epochs')}`,
    `validation_split=${pythonNumber(training.validationSplit, 'Validation split')}`,
  ].join(', ');
  return [
    'from tensorflow import keras',
    'from tensorflow.keras import layers, regularizers',
    '',
    'model = keras.Sequential()',
    `model.add(keras.Input(shape=${pythonTuple(inputShape, 'Input shape')}))`,
    ...layers.map((layer) => `model.add(${kerasLayer(layer)})`),
    'model.compile(',
    `    optimizer=${kerasOptimizer(training.optimizer, training.learningRate)},`,
    `    loss=${kerasLoss(training.loss)},`,
    `    metrics=[${metric}],`,
    ')',
    'model.summary()',
    `# model.fit(x_train, y_train, ${fit})`,
    '',
  ].join('\n');
}
