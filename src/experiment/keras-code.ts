/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
import type { Task } from '../data/types';
import type { Activation } from './activations';
import type { ExperimentSpec, LossName, OptimizerName } from './experiment';
import type { LayerOf, LayerSpec } from './layers';
import { pythonBool, pythonNumber, pythonString, pythonTuple } from './python-literals';

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

/** Also here, where keras-code.test.ts and earlier callers import it from. */
export { pythonNumber } from './python-literals';

/**
 * How `kerasLayer` writes a layer for a script rather than for reading: `fields` holds a Python
 * expression for each searched field (`{ units: 'p["layer_2_units"]' }`), written instead of the
 * literal; `asInTheApp` gives recurrent layers the initialisers the app's layers have (Glorot
 * uniform recurrent kernels, an LSTM forget-gate bias of 0) rather than Keras' defaults.
 */
export interface KerasLayerOptions {
  fields?: Readonly<Partial<Record<string, string>>>;
  asInTheApp?: boolean;
}

/** Each field of a layer as Python source: the searched expression, or the literal. */
type FieldCode = (key: string, literal: () => string) => { code: string; searched: boolean };

const fieldCode =
  (options: KerasLayerOptions): FieldCode =>
  (key, literal) => {
    const expression = options.fields?.[key];
    return expression === undefined
      ? { code: literal(), searched: false }
      : { code: expression, searched: true };
  };

function activationArg(field: FieldCode, activation: Activation, skipIf?: Activation): string[] {
  const { code, searched } = field('activation', () => pythonString(activation));
  return !searched && activation === skipIf ? [] : [`activation=${code}`];
}

function regularizerArg(field: FieldCode, l1: number, l2: number): string[] {
  const args = [];
  const a = field('kernelL1', () => pythonNumber(l1, 'L1'));
  const b = field('kernelL2', () => pythonNumber(l2, 'L2'));
  if (a.searched || l1 !== 0) args.push(`l1=${a.code}`);
  if (b.searched || l2 !== 0) args.push(`l2=${b.code}`);
  return args.length > 0 ? [`kernel_regularizer=regularizers.L1L2(${args.join(', ')})`] : [];
}

function paddingArg(field: FieldCode, padding: 'valid' | 'same'): string[] {
  const { code, searched } = field('padding', () => pythonString(padding));
  return searched || padding !== 'valid' ? [`padding=${code}`] : [];
}

function poolingArgs(
  field: FieldCode,
  { poolSize, strides, padding }: LayerOf<'maxPooling2d' | 'averagePooling2d'>,
): string[] {
  const size = field('poolSize', () => pythonNumber(poolSize, 'Pool size'));
  const args = [`pool_size=(${size.code}, ${size.code})`];
  // Keras' default strides are the pool size.
  const s = field('strides', () => pythonNumber(strides, 'Strides'));
  if (size.searched || s.searched || strides !== poolSize)
    args.push(`strides=(${s.code}, ${s.code})`);
  return [...args, ...paddingArg(field, padding)];
}

function recurrentArgs(
  field: FieldCode,
  layer: LayerOf<'simpleRNN' | 'lstm' | 'gru'>,
  asInTheApp: boolean,
): string[] {
  const args = [field('units', () => pythonNumber(layer.units, 'Units')).code];
  args.push(...activationArg(field, layer.activation, 'tanh'));
  const sequences = field('returnSequences', () => pythonBool(layer.returnSequences));
  if (sequences.searched || layer.returnSequences) args.push(`return_sequences=${sequences.code}`);
  if (asInTheApp) {
    // The app's recurrent kernels start Glorot uniform (Keras: orthogonal).
    args.push('recurrent_initializer="glorot_uniform"');
    // Its forget-gate bias starts at 0 (Keras: 1).
    if (layer.type === 'lstm') args.push('unit_forget_bias=False');
  }
  return args;
}

function conv2dArgs(field: FieldCode, layer: LayerOf<'conv2d'>): string[] {
  const k = field('kernelSize', () => pythonNumber(layer.kernelSize, 'Kernel size')).code;
  const s = field('strides', () => pythonNumber(layer.strides, 'Strides'));
  return [
    field('filters', () => pythonNumber(layer.filters, 'Filters')).code,
    `kernel_size=(${k}, ${k})`,
    ...(s.searched || layer.strides !== 1 ? [`strides=(${s.code}, ${s.code})`] : []),
    ...paddingArg(field, layer.padding),
    ...activationArg(field, layer.activation),
    ...regularizerArg(field, layer.kernelL1, layer.kernelL2),
  ];
}

/** The `layers.X(...)` call that builds one layer in Keras. */
export function kerasLayer(layer: LayerSpec, options: KerasLayerOptions = {}): string {
  const call = (name: string, args: readonly string[] = []) => `layers.${name}(${args.join(', ')})`;
  const field = fieldCode(options);
  const asInTheApp = options.asInTheApp ?? false;
  switch (layer.type) {
    case 'dense':
      return call('Dense', [
        field('units', () => pythonNumber(layer.units, 'Units')).code,
        ...activationArg(field, layer.activation),
        ...regularizerArg(field, layer.kernelL1, layer.kernelL2),
      ]);
    case 'dropout':
      return call('Dropout', [field('rate', () => pythonNumber(layer.rate, 'Rate')).code]);
    case 'batchNormalization':
      return call('BatchNormalization');
    case 'flatten':
      return call('Flatten');
    case 'reshape':
      return call('Reshape', [pythonTuple(layer.targetShape, 'Target shape')]);
    case 'conv2d':
      return call('Conv2D', conv2dArgs(field, layer));
    case 'maxPooling2d':
      return call('MaxPooling2D', poolingArgs(field, layer));
    case 'averagePooling2d':
      return call('AveragePooling2D', poolingArgs(field, layer));
    case 'globalAveragePooling2d':
      return call('GlobalAveragePooling2D');
    case 'simpleRNN':
      return call('SimpleRNN', recurrentArgs(field, layer, asInTheApp));
    case 'lstm':
      return call('LSTM', recurrentArgs(field, layer, asInTheApp));
    case 'gru':
      // TensorFlow.js' GRU has no reset_after: Keras must match it to have the same parameters.
      return call('GRU', [...recurrentArgs(field, layer, asInTheApp), 'reset_after=False']);
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
  return kerasOptimizerCall(optimizer, pythonNumber(learningRate, 'Learning rate'));
}

/** The same with the learning rate as a Python expression (`learning_rate`, a variable). */
export function kerasOptimizerCall(optimizer: OptimizerName, learningRate: string): string {
  const { name, extra } = OPTIMIZER_CALLS[optimizer];
  return `keras.optimizers.${name}(learning_rate=${learningRate}${extra})`;
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
