import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Rng } from '../../lib/rng';
import { createRng } from '../../lib/rng';
import { ACTIVATIONS } from '../../experiment/activations';
import { LAYER_CATALOG, layerOutputShape } from '../../experiment/layer-catalog';
import type { LayerSpec, LayerType } from '../../experiment/layers';
import { LAYER_TYPES, layerSchema } from '../../experiment/layers';
import { inferModel } from '../../experiment/shape-inference';
import { buildLayer } from './layer-builders';

/** Input shapes of the generated models: tabular, small images, sequences. */
const INPUT_SHAPES: readonly (readonly number[])[] = [
  [2],
  [4],
  [12, 12, 1],
  [8, 8, 3],
  [20, 1],
  [10, 3],
];
const VALID_PER_INPUT = 80;
const INVALID_CASES = 500;

const pick = <T>(rng: Rng, items: readonly T[]): T => items[rng.int(items.length)]!;
const between = (rng: Rng, min: number, max: number): number => min + rng.int(max - min + 1);
const sizeOf = (shape: readonly number[]): number => shape.reduce((a, b) => a * b, 1);
const PADDINGS = ['valid', 'same'] as const;

/** Splits n into `dims` whole factors at random, e.g. 24 into (2, 3, 4). */
function factorize(rng: Rng, n: number, dims: number): number[] {
  const factors: number[] = [];
  let rest = n;
  for (let i = 1; i < dims; i++) {
    const divisors = Array.from({ length: rest }, (_, d) => d + 1).filter((d) => rest % d === 0);
    const divisor = pick(rng, divisors);
    factors.push(divisor);
    rest /= divisor;
  }
  return [...factors, rest];
}

/** A schema-valid layer of the given type with small random settings, valid or not for `shape`. */
function randomLayer(rng: Rng, type: LayerType, shape: readonly number[]): LayerSpec {
  const regularizers = () => ({
    kernelL1: pick(rng, [0, 0, 0.001]),
    kernelL2: pick(rng, [0, 0, 0.01]),
  });
  const layer: LayerSpec = (() => {
    switch (type) {
      case 'dense':
        return {
          type,
          units: between(rng, 1, 12),
          activation: pick(rng, ACTIVATIONS),
          ...regularizers(),
        };
      case 'dropout':
        return { type, rate: pick(rng, [0, 0.1, 0.5, 0.95]) };
      case 'batchNormalization':
      case 'flatten':
      case 'globalAveragePooling2d':
        return { type };
      case 'reshape':
        return { type, targetShape: factorize(rng, sizeOf(shape), between(rng, 1, 3)) };
      case 'conv2d':
        return {
          type,
          filters: between(rng, 1, 6),
          kernelSize: between(rng, 1, 5),
          strides: between(rng, 1, 3),
          padding: pick(rng, PADDINGS),
          activation: pick(rng, ACTIVATIONS),
          ...regularizers(),
        };
      case 'maxPooling2d':
      case 'averagePooling2d':
        return {
          type,
          poolSize: between(rng, 1, 4),
          strides: between(rng, 1, 4),
          padding: pick(rng, PADDINGS),
        };
      case 'simpleRNN':
      case 'lstm':
      case 'gru':
        return {
          type,
          units: between(rng, 1, 8),
          activation: pick(rng, ACTIVATIONS),
          returnSequences: rng.next() < 0.5,
        };
    }
  })();
  return layerSchema.parse(layer);
}

/** `depth` layers, each drawn at random until one fits the shape before it. */
function randomValidStack(rng: Rng, inputShape: readonly number[], depth: number): LayerSpec[] {
  const layers: LayerSpec[] = [];
  let shape = inputShape;
  while (layers.length < depth) {
    const layer = randomLayer(rng, pick(rng, LAYER_TYPES), shape);
    const output = layerOutputShape(shape, layer);
    if ('shape' in output) {
      layers.push(layer);
      shape = output.shape;
    }
  }
  return layers;
}

/** How TensorFlow.js treats a layer that cannot take its input. */
type Breakage = 'rejected when added' | 'empty output' | 'rejected when run' | 'accepted';

interface Breaker {
  kind: string;
  applies(shape: readonly number[]): boolean;
  make(rng: Rng, shape: readonly number[]): LayerSpec;
  /** What tfjs does with the layer `make` returned. */
  tfjs(layer: LayerSpec, shape: readonly number[]): Breakage;
}

const BREAKERS: readonly Breaker[] = [
  {
    kind: 'image layer on a non-image',
    applies: (shape) => shape.length !== 3,
    make: (rng, shape) =>
      randomLayer(
        rng,
        pick(rng, [
          'conv2d',
          'maxPooling2d',
          'averagePooling2d',
          'globalAveragePooling2d',
        ] as const),
        shape,
      ),
    tfjs: () => 'rejected when added',
  },
  {
    kind: 'recurrent layer on a non-sequence',
    applies: (shape) => shape.length !== 2,
    make: (rng, shape) => randomLayer(rng, pick(rng, ['simpleRNN', 'lstm', 'gru'] as const), shape),
    tfjs: () => 'rejected when added',
  },
  {
    // Keras would pass a 1-D input through; tfjs' Flatten insists on at least 2-D.
    kind: 'Flatten on a flat input',
    applies: (shape) => shape.length === 1,
    make: () => ({ type: 'flatten' }),
    tfjs: () => 'rejected when added',
  },
  {
    // tfjs checks a Reshape's size only on real data: with the batch size unknown when the model is
    // built it returns the target shape unchecked.
    kind: 'Reshape to another size',
    applies: () => true,
    make: (rng, shape) => {
      const size = sizeOf(shape);
      const wrong =
        rng.next() < 0.5 || size === 1 ? size + between(rng, 1, 9) : between(rng, 1, size - 1);
      return { type: 'reshape', targetShape: factorize(rng, wrong, between(rng, 1, 3)) };
    },
    tfjs: () => 'rejected when run',
  },
  {
    // tfjs' Sequential.add rejects a side below 0 but silently builds a side of exactly 0, and its
    // kernels even run, returning empty tensors. An image with no pixels is never what a student
    // meant, so the validator is stricter than tfjs there, on purpose.
    kind: 'kernel or window larger than the image',
    applies: (shape) => shape.length === 3 && Math.min(shape[0]!, shape[1]!) < 15,
    make: (rng, shape) => {
      const size = between(rng, Math.min(shape[0]!, shape[1]!) + 1, 15);
      const type = pick(rng, ['conv2d', 'maxPooling2d', 'averagePooling2d'] as const);
      const layer = randomLayer(rng, type, shape);
      switch (layer.type) {
        case 'conv2d':
          return { ...layer, kernelSize: size, padding: 'valid' };
        case 'maxPooling2d':
        case 'averagePooling2d':
          return { ...layer, poolSize: size, padding: 'valid' };
        default:
          throw new Error(`unexpected ${layer.type}`);
      }
    },
    tfjs: (layer, shape) => {
      const [size, strides] =
        layer.type === 'conv2d'
          ? [layer.kernelSize, layer.strides]
          : layer.type === 'maxPooling2d' || layer.type === 'averagePooling2d'
            ? [layer.poolSize, layer.strides]
            : [0, 1];
      const sides = shape.slice(0, 2).map((n) => Math.floor((n - size) / strides) + 1);
      return sides.some((side) => side < 0) ? 'rejected when added' : 'empty output';
    },
  },
];

interface ModelCase {
  inputShape: readonly number[];
  layers: LayerSpec[];
}
interface InvalidCase extends ModelCase {
  brokenIndex: number;
  /** The input of the broken layer. */
  shapeBefore: readonly number[];
  breaker: Breaker;
}

function randomInvalidCase(rng: Rng): InvalidCase {
  const inputShape = pick(rng, INPUT_SHAPES);
  const prefix = randomValidStack(rng, inputShape, rng.int(4));
  const shape = inferModel(inputShape, prefix).outputShape!;
  const breaker = pick(
    rng,
    BREAKERS.filter((b) => b.applies(shape)),
  );
  const suffix = Array.from({ length: rng.int(3) }, () =>
    randomLayer(rng, pick(rng, LAYER_TYPES), [4, 4, 1]),
  );
  return {
    inputShape,
    layers: [...prefix, layerSchema.parse(breaker.make(rng, shape)), ...suffix],
    brokenIndex: prefix.length,
    shapeBefore: shape,
    breaker,
  };
}

/** Builds the layers into a Sequential model the way the engine does. */
function buildInto(model: tf.Sequential, { inputShape, layers }: ModelCase, seed: number): void {
  const rng = createRng(seed);
  layers.forEach((layer, index) =>
    model.add(
      buildLayer(layer, {
        ...(index === 0 ? { inputShape: [...inputShape] } : {}),
        seed: () => rng.nextSeed(),
      }),
    ),
  );
}

/** A layer's output shape without the batch dimension. */
function outputShapeOf(layer: tf.layers.Layer): number[] {
  const [batch, ...shape] = layer.outputShape;
  const dims = shape.filter((d): d is number => typeof d === 'number');
  if (batch !== null || dims.length !== shape.length)
    throw new Error(`${layer.name} has several outputs or an unknown size`);
  return dims;
}

/** Builds the stack up to its broken layer, which must be the first one tfjs objects to. */
function tfjsBreakage({ inputShape, layers, brokenIndex }: InvalidCase): Breakage {
  const model = tf.sequential();
  try {
    buildInto(model, { inputShape, layers: layers.slice(0, brokenIndex) }, 1);
    const broken = buildLayer(layers[brokenIndex]!, {
      ...(brokenIndex === 0 ? { inputShape: [...inputShape] } : {}),
      seed: () => 2,
    });
    try {
      model.add(broken);
    } catch {
      // Conv2D creates its weights before checking its input; a rejected layer is not the
      // model's to dispose.
      for (const weight of broken.weights) weight.dispose();
      return 'rejected when added';
    }
    if (outputShapeOf(model.layers[brokenIndex]!).some((d) => d <= 0)) return 'empty output';
    try {
      tf.tidy(() => {
        model.predict(tf.zeros([1, ...inputShape]));
      });
    } catch {
      return 'rejected when run';
    }
    return 'accepted';
  } finally {
    model.dispose();
  }
}

const validCases: ModelCase[] = INPUT_SHAPES.flatMap((inputShape, i) => {
  const rng = createRng(1000 + i);
  return Array.from({ length: VALID_PER_INPUT }, () => ({
    inputShape,
    layers: randomValidStack(rng, inputShape, between(rng, 1, 5)),
  }));
});
const invalidRng = createRng(4242);
const invalidCases = Array.from({ length: INVALID_CASES }, () => randomInvalidCase(invalidRng));

const describeCase = ({ inputShape, layers }: ModelCase) =>
  JSON.stringify({ inputShape, layers: layers.map((l) => Object.values(l).join(' ')) });

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('inferModel agrees with TensorFlow.js on random valid models', () => {
  it('the generated models use all 12 layer types, many times each', () => {
    const counts = new Map<LayerType, number>();
    for (const { layers } of validCases)
      for (const { type } of layers) counts.set(type, (counts.get(type) ?? 0) + 1);
    for (const type of LAYER_TYPES) expect(counts.get(type), type).toBeGreaterThanOrEqual(15);
    expect(validCases.length).toBeGreaterThanOrEqual(300);
  });

  it.each(INPUT_SHAPES.map((shape) => [shape.join('×'), shape] as const))(
    `input (%s): ${VALID_PER_INPUT} models, layer by layer`,
    (_name, inputShape) => {
      const baseline = tf.memory().numTensors;
      for (const spec of validCases.filter((c) => c.inputShape === inputShape)) {
        const context = describeCase(spec);
        const inferred = inferModel(spec.inputShape, spec.layers);
        expect(inferred.firstError, context).toBeNull();
        expect(inferred.modelError, context).toBeNull();
        const model = tf.sequential();
        try {
          buildInto(model, spec, 7);
          expect(model.layers, context).toHaveLength(spec.layers.length);
          model.layers.forEach((layer, i) => {
            expect(outputShapeOf(layer), `${context} layer ${i}`).toEqual(
              inferred.layers[i]!.outputShape,
            );
            expect(layer.countParams(), `${context} layer ${i}`).toBe(inferred.layers[i]!.params);
          });
          expect(model.countParams(), context).toBe(inferred.totalParams);
          // Running it on real data confirms the shapes the symbolic build reported.
          const predicted = tf.tidy(() => {
            const output = model.predict(tf.zeros([2, ...spec.inputShape]));
            if (Array.isArray(output)) throw new Error('several outputs');
            return output.shape;
          });
          expect(predicted, context).toEqual([2, ...inferred.outputShape!]);
        } finally {
          model.dispose();
        }
        expect(tf.memory().numTensors, context).toBe(baseline);
      }
    },
  );
});

describe('inferModel rejects random invalid models, and so does TensorFlow.js', () => {
  it(`generates ${INVALID_CASES} invalid models of every kind`, () => {
    for (const breaker of BREAKERS) {
      const count = invalidCases.filter((c) => c.breaker === breaker).length;
      expect(count, breaker.kind).toBeGreaterThanOrEqual(20);
    }
  });

  it('reports the first broken layer, and nothing after it', () => {
    for (const spec of invalidCases) {
      const context = `${spec.breaker.kind}: ${describeCase(spec)}`;
      const inferred = inferModel(spec.inputShape, spec.layers);
      expect(inferred.firstError?.index, context).toBe(spec.brokenIndex);
      expect(inferred.layers[spec.brokenIndex]!.error, context).toBe(inferred.firstError!.problem);
      expect(inferred.outputShape, context).toBeNull();
      for (const layer of inferred.layers.slice(spec.brokenIndex)) {
        expect(layer.outputShape, context).toBeNull();
        expect(layer.params, context).toBe(0);
      }
      for (const layer of inferred.layers.slice(0, spec.brokenIndex))
        expect(layer.error, context).toBeNull();
    }
  });

  it('TensorFlow.js objects at the same layer (or builds a layer with no output)', () => {
    const baseline = tf.memory().numTensors;
    const seen = new Set<Breakage>();
    for (const spec of invalidCases) {
      const context = `${spec.breaker.kind}: ${describeCase(spec)}`;
      const breakage = tfjsBreakage(spec);
      expect(breakage, context).toBe(
        spec.breaker.tfjs(spec.layers[spec.brokenIndex]!, spec.shapeBefore),
      );
      seen.add(breakage);
      expect(tf.memory().numTensors, context).toBe(baseline);
    }
    expect([...seen].sort()).toEqual(['empty output', 'rejected when added', 'rejected when run']);
  });
});

describe('buildLayer', () => {
  const IMAGE_MODEL: ModelCase = {
    inputShape: [8, 8, 3],
    layers: [
      { ...LAYER_CATALOG.conv2d.defaults, filters: 4 },
      { type: 'batchNormalization' },
      LAYER_CATALOG.maxPooling2d.defaults,
      { type: 'flatten' },
      { type: 'dropout', rate: 0.5 },
      { ...LAYER_CATALOG.dense.defaults, kernelL2: 0.01 },
    ],
  };
  const SEQUENCE_MODEL: ModelCase = {
    inputShape: [10, 3],
    layers: [
      { type: 'simpleRNN', units: 4, activation: 'tanh', returnSequences: true },
      { type: 'lstm', units: 4, activation: 'tanh', returnSequences: true },
      { type: 'gru', units: 4, activation: 'tanh', returnSequences: false },
    ],
  };

  async function weightsOf(spec: ModelCase, seed: number) {
    const model = tf.sequential();
    try {
      buildInto(model, spec, seed);
      // Layer names are unique per model, so weights are named by their role and position only.
      return await Promise.all(
        model.weights.map(async (w, i) => ({
          name: `${i} ${w.originalName.split('/').pop() ?? ''}`,
          values: await w.read().array(),
        })),
      );
    } finally {
      model.dispose();
    }
  }

  it.each([
    ['image', IMAGE_MODEL],
    ['sequence', SEQUENCE_MODEL],
  ] as const)('%s layers: same seeds, same weights; biases start at 0', async (_name, spec) => {
    const baseline = tf.memory().numTensors;
    const first = await weightsOf(spec, 1);
    expect(await weightsOf(spec, 1)).toEqual(first);
    const other = await weightsOf(spec, 2);
    const kernels = first.filter((w) => /kernel$/i.test(w.name));
    expect(kernels.length).toBeGreaterThan(0);
    kernels.forEach((kernel) => {
      expect(other.find((w) => w.name === kernel.name)!.values).not.toEqual(kernel.values);
    });
    for (const bias of first.filter((w) => /bias$/.test(w.name)))
      expect(new Set([bias.values].flat(4)), bias.name).toEqual(new Set([0]));
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('sets the spec’s regularizers, Keras’ sigmoid gates and seeded Glorot initializers', () => {
    let lastSeed = 10;
    const seed = () => ++lastSeed;
    const config = (layer: LayerSpec) => buildLayer(layer, { seed }).getConfig();
    expect(config({ ...LAYER_CATALOG.dense.defaults, kernelL1: 0.001 }).kernelRegularizer).toEqual({
      className: 'L1L2',
      config: { l1: 0.001, l2: 0 },
    });
    expect(config(LAYER_CATALOG.conv2d.defaults).kernelRegularizer).toBeNull();
    const lstm = config(LAYER_CATALOG.lstm.defaults);
    expect(lstm).toMatchObject({
      recurrentActivation: 'sigmoid',
      returnSequences: false,
      kernelInitializer: { config: { mode: 'fanAvg', distribution: 'uniform', seed: 13 } },
      recurrentInitializer: { config: { mode: 'fanAvg', distribution: 'uniform', seed: 14 } },
      biasInitializer: { className: 'Zeros' },
    });
    expect(config(LAYER_CATALOG.gru.defaults).recurrentActivation).toBe('sigmoid');
    expect(config(LAYER_CATALOG.maxPooling2d.defaults)).toMatchObject({
      poolSize: [2, 2],
      strides: [2, 2],
    });
  });

  it('Dropout draws a new seeded mask at every call, and passes values through when predicting', async () => {
    const masks = async () => {
      const layer = buildLayer({ type: 'dropout', rate: 0.5 }, { seed: () => 99 });
      const applied = (x: tf.Tensor, training: boolean) => {
        const y = layer.apply(x, { training });
        if (Array.isArray(y) || !(y instanceof tf.Tensor)) throw new Error('not a tensor');
        return y;
      };
      const [x, passed, ...trained] = tf.tidy(() => {
        const ones = tf.ones([1, 64]);
        return [ones, applied(ones, false), ...[1, 2, 3].map(() => applied(ones, true))];
      });
      try {
        expect(await (passed as tf.Tensor).array()).toEqual(await (x as tf.Tensor).array());
        return await Promise.all(trained.map((y) => y.array()));
      } finally {
        tf.dispose([x as tf.Tensor, passed as tf.Tensor, ...trained]);
      }
    };
    const baseline = tf.memory().numTensors;
    const first = await masks();
    expect(await masks()).toEqual(first);
    expect(first[1]).not.toEqual(first[0]);
    expect(first[2]).not.toEqual(first[1]);
    const dropped = [first[0]].flat(2).filter((v) => v === 0).length;
    expect(dropped).toBeGreaterThan(10);
    expect(dropped).toBeLessThan(54);
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('Dropout masks do not depend on how many predictions ran between training steps', async () => {
    // Live predictions follow the clock: a rerun must drop the same units whatever ran between.
    const trainedMasks = async (predictionsBetween: number) => {
      const layer = buildLayer({ type: 'dropout', rate: 0.5 }, { seed: () => 7 });
      const masks = tf.tidy(() => {
        const ones = tf.ones([1, 64]);
        return [1, 2, 3].map(() => {
          for (let i = 0; i < predictionsBetween; i++) layer.apply(ones, { training: false });
          return layer.apply(ones, { training: true }) as tf.Tensor;
        });
      });
      try {
        return await Promise.all(masks.map((m) => m.array()));
      } finally {
        tf.dispose(masks);
      }
    };
    expect(await trainedMasks(3)).toEqual(await trainedMasks(0));
  });
});
