/* eslint-disable traintab/no-english-phrase -- Python code and its comments, shown as code in every language */
/**
 * The model part of experiment.py: build_model(p), its layers (searched fields as `p[...]`,
 * searched repeats as loops) and, when the optimizer is searched, make_optimizer.
 */
import { OPTIMIZERS } from '../experiment/experiment';
import { kerasLayer, kerasLoss, kerasOptimizerCall } from '../experiment/keras-code';
import { pythonString } from '../experiment/python-literals';
import { LAYER_FIELD, REPEAT } from '../experiment/search-targets';
import type { Context } from './python-context';
import type { Lines } from './python-literals';
import { indent, paramKey } from './python-literals';

/** build_model, then make_optimizer when a trial picks the optimizer. */
export function modelFunctions(ctx: Context): Lines[] {
  return [buildModelFunction(ctx), ...(optimizerSearched(ctx) ? [optimizerFunction()] : [])];
}

const optimizerSearched = (ctx: Context): boolean =>
  ctx.params.some((p) => p.target === 'training.optimizer');

const usesRegularizers = (layers: readonly string[]): boolean =>
  layers.some((line) => line.includes('regularizers.'));

/** Whether a layer of the model has an L1/L2 penalty, or may have one in a trial. */
export const hasPenalties = (ctx: Context): boolean => usesRegularizers(layerLines(ctx));

/** The model's layers, searched fields as `p[...]` and repeated blocks as loops. */
function layerLines(ctx: Context): string[] {
  const layers = ctx.spec.model.layers;
  const repeats = repeatedBlocks(ctx);
  const lines: string[] = [];
  layers.forEach((layer, index) => {
    const block = repeats.find((r) => r.from === index);
    if (block) lines.push(`for _ in range(${paramKey(block.name)}):`);
    const inBlock = repeats.some((r) => index >= r.from && index <= r.to);
    const fields = Object.fromEntries(
      ctx.params.flatMap((p) => {
        const field = LAYER_FIELD.exec(p.target);
        return field && Number(field[1]) === index ? [[field[2] as string, paramKey(p.name)]] : [];
      }),
    );
    const code = kerasLayer(layer, { fields, asInTheApp: true });
    lines.push(...indent(addLayer(code, inBlock ? 2 : 1), inBlock ? 1 : 0));
  });
  return lines;
}

const MAX_LINE = 99;

/** `model.add(layers.X(...))`, its arguments one a line when the call is too long for one. */
function addLayer(call: string, depth: number): string[] {
  const line = `model.add(${call})`;
  if (line.length + 4 * depth <= MAX_LINE) return [line];
  const open = call.indexOf('(');
  const args = splitArguments(call.slice(open + 1, -1));
  return [
    'model.add(',
    `    ${call.slice(0, open)}(`,
    ...args.map((arg) => `        ${arg},`),
    '    )',
    ')',
  ];
}

/** The top-level, comma-separated arguments of a call: commas inside brackets or strings stay. */
function splitArguments(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '\\') i++;
      else if (char === '"') quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === '(' || char === '[') depth++;
    else if (char === ')' || char === ']') depth--;
    else if (char === ',' && depth === 0) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  args.push(text.slice(start).trim());
  return args.filter((arg) => arg !== '');
}

/** The searched repeats that name layers of the model, in order; they may not overlap. */
function repeatedBlocks(ctx: Context): { name: string; from: number; to: number }[] {
  const count = ctx.spec.model.layers.length;
  const blocks = ctx.params
    .flatMap((p) => {
      const repeat = REPEAT.exec(p.target);
      return repeat ? [{ name: p.name, from: Number(repeat[1]), to: Number(repeat[2]) }] : [];
    })
    .filter((b) => b.from <= b.to && b.to < count)
    .sort((a, b) => a.from - b.from);
  blocks.forEach((block, i) => {
    const previous = blocks[i - 1];
    if (previous && block.from <= previous.to) {
      throw new RangeError(`Repeated blocks ${previous.name} and ${block.name} overlap`);
    }
  });
  return blocks;
}

function buildModelFunction(ctx: Context): string[] {
  const layers = layerLines(ctx);
  const metric = ctx.task === 'regression' ? '"mae"' : '"accuracy"';
  const optimizer = optimizerSearched(ctx)
    ? 'make_optimizer(p["optimizer"], p["learning_rate"])'
    : kerasOptimizerCall(ctx.spec.training.optimizer, 'float(p["learning_rate"])');
  return [
    'def build_model(p):',
    '    """The Keras model of one trial (or of the single run), built and compiled as the app does."""',
    '    import keras',
    `    from keras import layers${usesRegularizers(layers) ? ', regularizers' : ''}`,
    '',
    "    # Seeds Python, NumPy and the backend: the initial weights, dropout and fit's shuffling.",
    '    keras.utils.set_random_seed(SEED)',
    '    model = keras.Sequential()',
    '    model.add(keras.Input(shape=INPUT_SHAPE))',
    ...indent(layers),
    '    model.compile(',
    `        optimizer=${optimizer},`,
    `        loss=${kerasLoss(ctx.spec.training.loss)},`,
    `        metrics=[${metric}],`,
    '    )',
    '    return model',
  ];
}

function optimizerFunction(): string[] {
  return [
    'def make_optimizer(name, learning_rate):',
    '    """The optimizer the app calls `name` (Keras requires a float learning rate)."""',
    '    import keras',
    '',
    '    learning_rate = float(learning_rate)',
    '    optimizers = {',
    ...OPTIMIZERS.map(
      (name) =>
        `        ${pythonString(name)}: lambda: ${kerasOptimizerCall(name, 'learning_rate')},`,
    ),
    '    }',
    '    return optimizers[name]()',
  ];
}
