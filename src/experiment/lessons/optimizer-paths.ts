/**
 * The gradient-descent lesson's picture: how SGD, momentum and Adam walk down a loss surface of
 * just two weights, from the same start. Pure numbers, no DOM: the UI draws what this computes.
 *
 * The optimisers step exactly as TensorFlow.js's `tf.train.sgd`, `tf.train.momentum(lr, 0.9)` and
 * `tf.train.adam` do (the ones the app trains with), so what a student sees here is what their
 * network's weights do, two at a time.
 */

/** Two weights (w1, w2), or a gradient over them. */
export type Vec2 = readonly [number, number];

/** Where an optimiser is after a step: its two weights and the loss there. */
export interface PathPoint {
  readonly w1: number;
  readonly w2: number;
  readonly loss: number;
}

export const SURFACE_IDS = ['valley', 'rosenbrock', 'saddle', 'bumpy'] as const;
export type SurfaceId = (typeof SURFACE_IDS)[number];

export const OPTIMIZER_IDS = ['sgd', 'momentum', 'adam'] as const;
export type OptimizerId = (typeof OPTIMIZER_IDS)[number];

/**
 * A loss over two weights, with where to look at it and where to start walking. The UI names it
 * by its id (catalog:surfaces): a short name for a menu and a sentence on what to watch for.
 */
export interface LossSurface {
  readonly id: SurfaceId;
  loss(w: Vec2): number;
  gradient(w: Vec2): Vec2;
  /** The part of the plane to draw, [min, max] in each weight; 6:5 wide, as the figure is. */
  readonly bounds: { readonly w1: Vec2; readonly w2: Vec2 };
  /** Where every optimiser starts. */
  readonly start: Vec2;
  /** The global minima (most surfaces have one); the distance to the minimum is to the nearest. */
  readonly minima: readonly Vec2[];
  /** The loss at the minima. */
  readonly minLoss: number;
  /** Learning rates that show each optimiser's character on this surface in about 100 steps. */
  readonly learningRates: Readonly<Record<OptimizerId, number>>;
}

// A narrow valley: a quadratic 100 times steeper across than along, turned 20° so that no single
// weight runs along it (which would let Adam's per-weight step sizes cheat).
const VALLEY_ANGLE = Math.PI / 9;
const VALLEY_COS = Math.cos(VALLEY_ANGLE);
const VALLEY_SIN = Math.sin(VALLEY_ANGLE);
const VALLEY_ALONG = 0.1;
const VALLEY_ACROSS = 10;

/** The valley's coordinates along and across its floor. */
const valleyAxes = ([w1, w2]: Vec2): Vec2 => [
  VALLEY_COS * w1 + VALLEY_SIN * w2,
  -VALLEY_SIN * w1 + VALLEY_COS * w2,
];

// Rosenbrock's banana, (1 − w1)² + b (w2 − w1²)², with b = 10 rather than the usual 100, so
// that its curved valley is crossed in a hundred steps rather than thousands.
const ROSENBROCK_B = 10;

// Bumps on a bowl: 0.25 (w1² + w2²) + 0.4 (1 − cos 3w1 · cos 3w2). Both parts are 0 only at the
// origin, the global minimum; the ripples make local minima around it.
const BOWL = 0.25;
const BUMP = 0.4;
const BUMP_FREQUENCY = 3;

export const SURFACES: Readonly<Record<SurfaceId, LossSurface>> = {
  valley: {
    id: 'valley',
    loss: (w) => {
      const [along, across] = valleyAxes(w);
      return 0.5 * (VALLEY_ALONG * along * along + VALLEY_ACROSS * across * across);
    },
    gradient: (w) => {
      const [along, across] = valleyAxes(w);
      const gAlong = VALLEY_ALONG * along;
      const gAcross = VALLEY_ACROSS * across;
      return [
        VALLEY_COS * gAlong - VALLEY_SIN * gAcross,
        VALLEY_SIN * gAlong + VALLEY_COS * gAcross,
      ];
    },
    bounds: { w1: [-3, 1.2], w2: [-2, 1.5] },
    start: [-2.6, -1.3],
    minima: [[0, 0]],
    minLoss: 0,
    learningRates: { sgd: 0.19, momentum: 0.05, adam: 0.15 },
  },
  rosenbrock: {
    id: 'rosenbrock',
    loss: ([w1, w2]) => (1 - w1) ** 2 + ROSENBROCK_B * (w2 - w1 * w1) ** 2,
    gradient: ([w1, w2]) => {
      const bend = w2 - w1 * w1;
      return [-2 * (1 - w1) - 4 * ROSENBROCK_B * w1 * bend, 2 * ROSENBROCK_B * bend];
    },
    bounds: { w1: [-2, 1.6], w2: [-0.7, 2.3] },
    start: [-1.5, 2],
    minima: [[1, 1]],
    minLoss: 0,
    learningRates: { sgd: 0.012, momentum: 0.004, adam: 0.1 },
  },
  saddle: {
    id: 'saddle',
    loss: ([w1, w2]) => 0.25 * (w1 * w1 - 1) ** 2 + 0.5 * w2 * w2,
    gradient: ([w1, w2]) => [w1 * (w1 * w1 - 1), w2],
    bounds: { w1: [-1.8, 1.8], w2: [-1.5, 1.5] },
    start: [0.001, 1.2],
    minima: [
      [1, 0],
      [-1, 0],
    ],
    minLoss: 0,
    learningRates: { sgd: 0.1, momentum: 0.05, adam: 0.05 },
  },
  bumpy: {
    id: 'bumpy',
    loss: ([w1, w2]) =>
      BOWL * (w1 * w1 + w2 * w2) +
      BUMP * (1 - Math.cos(BUMP_FREQUENCY * w1) * Math.cos(BUMP_FREQUENCY * w2)),
    gradient: ([w1, w2]) => {
      const c1 = Math.cos(BUMP_FREQUENCY * w1);
      const c2 = Math.cos(BUMP_FREQUENCY * w2);
      const k = BUMP * BUMP_FREQUENCY;
      return [
        2 * BOWL * w1 + k * Math.sin(BUMP_FREQUENCY * w1) * c2,
        2 * BOWL * w2 + k * c1 * Math.sin(BUMP_FREQUENCY * w2),
      ];
    },
    bounds: { w1: [-3, 3], w2: [-2.5, 2.5] },
    start: [-2.6, 1.9],
    minima: [[0, 0]],
    minLoss: 0,
    learningRates: { sgd: 0.1, momentum: 0.02, adam: 0.1 },
  },
};

/** What an optimiser carries from step to step: the weights, its step count and its averages. */
export interface OptimizerState {
  readonly w: Vec2;
  /** Steps taken so far. */
  readonly t: number;
  /** Momentum's accumulated gradient, or Adam's first moment (mean of gradients). */
  readonly m: Vec2;
  /** Adam's second moment (mean of squared gradients); unused by the others. */
  readonly v: Vec2;
}

export const initialState = (w: Vec2): OptimizerState => ({ w, t: 0, m: [0, 0], v: [0, 0] });

export interface AdamSettings {
  readonly beta1: number;
  readonly beta2: number;
  readonly epsilon: number;
}

export const MOMENTUM = 0.9;
/**
 * Adam's usual settings. ε is the paper's 1e-8; tf.train.adam defaults to the backend's epsilon
 * (1e-7) and Keras to 1e-7 too, a difference far below anything these pictures can show.
 */
export const ADAM: AdamSettings = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };

/** w ← w − lr·g. */
export function sgdStep(state: OptimizerState, g: Vec2, lr: number): OptimizerState {
  const [w1, w2] = state.w;
  return { ...state, w: [w1 - lr * g[0], w2 - lr * g[1]], t: state.t + 1 };
}

/**
 * Heavy-ball momentum as tf.train.momentum computes it: a ← β·a + g, then w ← w − lr·a. (Keras's
 * SGD(momentum=β) keeps v = β·v − lr·g instead: the same steps while lr stays fixed.)
 */
export function momentumStep(
  state: OptimizerState,
  g: Vec2,
  lr: number,
  beta = MOMENTUM,
): OptimizerState {
  const a: Vec2 = [beta * state.m[0] + g[0], beta * state.m[1] + g[1]];
  const [w1, w2] = state.w;
  return { ...state, w: [w1 - lr * a[0], w2 - lr * a[1]], m: a, t: state.t + 1 };
}

/**
 * Adam as tf.train.adam computes it, per weight: m ← β1·m + (1 − β1)·g,
 * v ← β2·v + (1 − β2)·g², then w ← w − lr · m̂ / (√v̂ + ε), with the bias-corrected
 * m̂ = m / (1 − β1ᵗ) and v̂ = v / (1 − β2ᵗ) at step t = 1, 2, …
 * The first step is therefore lr · sign(g) in each weight (give or take ε), and while the
 * gradient holds steady the steps stay about lr long, whatever the gradient's size. (Keras folds
 * the corrections into the rate, lr·√(1 − β2ᵗ)/(1 − β1ᵗ), and adds ε to √v rather than √v̂: the
 * same steps but for ε.)
 */
export function adamStep(
  state: OptimizerState,
  g: Vec2,
  lr: number,
  { beta1, beta2, epsilon }: AdamSettings = ADAM,
): OptimizerState {
  const t = state.t + 1;
  const m: Vec2 = [
    beta1 * state.m[0] + (1 - beta1) * g[0],
    beta1 * state.m[1] + (1 - beta1) * g[1],
  ];
  const v: Vec2 = [
    beta2 * state.v[0] + (1 - beta2) * g[0] * g[0],
    beta2 * state.v[1] + (1 - beta2) * g[1] * g[1],
  ];
  const correct1 = 1 - beta1 ** t;
  const correct2 = 1 - beta2 ** t;
  const move = (i: 0 | 1) => (lr * (m[i] / correct1)) / (Math.sqrt(v[i] / correct2) + epsilon);
  const [w1, w2] = state.w;
  return { w: [w1 - move(0), w2 - move(1)], t, m, v };
}

/** One optimiser's step: the state after following gradient `g` with learning rate `lr`. */
export type StepFunction = (state: OptimizerState, g: Vec2, lr: number) => OptimizerState;

/** An optimiser of the picture; the UI names it by its id (catalog:pathOptimizers). */
export interface OptimizerInfo {
  readonly id: OptimizerId;
  readonly step: StepFunction;
}

export const OPTIMIZERS: Readonly<Record<OptimizerId, OptimizerInfo>> = {
  sgd: { id: 'sgd', step: (s, g, lr) => sgdStep(s, g, lr) },
  momentum: { id: 'momentum', step: (s, g, lr) => momentumStep(s, g, lr) },
  adam: { id: 'adam', step: (s, g, lr) => adamStep(s, g, lr) },
};

/** The most steps the lesson animates. */
export const MAX_STEPS = 100;

/**
 * A loss this many times the starting loss (plus one) counts as diverged: on these surfaces
 * nothing comes back from there, and it would take hundreds of steps more to overflow.
 */
export const DIVERGED_FACTOR = 1e6;

export interface OptimizerPath {
  /** The start (step 0) then one point per step: `steps + 1` points unless it diverged. */
  readonly points: readonly PathPoint[];
  /** True when a step left the finite numbers or blew the loss up (see DIVERGED_FACTOR). */
  readonly diverged: boolean;
}

const pathPoint = (surface: LossSurface, w: Vec2): PathPoint => ({
  w1: w[0],
  w2: w[1],
  loss: surface.loss(w),
});

/**
 * Where `optimizer` goes on `surface` from the surface's start in `steps` steps of `learningRate`.
 * It stops early at a step whose weights or loss are not finite, or whose loss is past
 * DIVERGED_FACTOR times the start's, and marks the path diverged; that step is left out.
 */
export function optimizerPath(
  surface: LossSurface,
  optimizer: OptimizerId | StepFunction,
  learningRate: number,
  steps: number,
): OptimizerPath {
  const step = typeof optimizer === 'function' ? optimizer : OPTIMIZERS[optimizer].step;
  const first = pathPoint(surface, surface.start);
  const limit = DIVERGED_FACTOR * (Math.abs(first.loss) + 1);
  const points: PathPoint[] = [first];
  let state = initialState(surface.start);
  for (let i = 0; i < steps; i++) {
    state = step(state, surface.gradient(state.w), learningRate);
    const point = pathPoint(surface, state.w);
    const finite =
      Number.isFinite(point.w1) && Number.isFinite(point.w2) && Number.isFinite(point.loss);
    if (!finite || point.loss > limit) return { points, diverged: true };
    points.push(point);
  }
  return { points, diverged: false };
}

/** How far (w1, w2) is from the surface's nearest global minimum. */
export function distanceToMinimum(surface: LossSurface, { w1, w2 }: Pick<PathPoint, 'w1' | 'w2'>) {
  return Math.min(...surface.minima.map(([m1, m2]) => Math.hypot(w1 - m1, w2 - m2)));
}
