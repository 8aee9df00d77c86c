/** A smooth function: returns f(x) and writes ∇f(x) into `gradient`. */
export type SmoothFunction = (x: Float64Array, gradient: Float64Array) => number;

/**
 * A smooth function in two parts, for one whose gradient costs more than its value: the
 * minimiser asks for the gradient only where it accepts a step, at the point of the last value.
 */
export interface SplitFunction {
  value(x: Float64Array): number;
  /** Writes ∇f at the x of the last `value` call into `gradient`. */
  gradient(gradient: Float64Array): void;
}

function split(f: SmoothFunction, dims: number): SplitFunction {
  const last = new Float64Array(dims);
  return { value: (x) => f(x, last), gradient: (gradient) => gradient.set(last) };
}

export interface BoxOptions {
  lower: ArrayLike<number>;
  upper: ArrayLike<number>;
  maxIterations: number;
  /** Stop when no coordinate of the projected gradient exceeds this. */
  gradientTolerance?: number;
  /** Stop when an iteration lowers f by less than this, relative to max(1, |f|). */
  relativeTolerance?: number;
}

export interface BoxResult {
  x: Float64Array;
  value: number;
  evaluations: number;
}

const MEMORY = 8;
const ARMIJO = 1e-4;
const MAX_BACKTRACKS = 30;

function project(x: Float64Array, lower: ArrayLike<number>, upper: ArrayLike<number>): void {
  for (let i = 0; i < x.length; i++) {
    x[i] = Math.min(upper[i] as number, Math.max(lower[i] as number, x[i] as number));
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += (a[i] as number) * (b[i] as number);
  return sum;
}

/** Coordinates pinned at a bound by a gradient that pushes outwards: they stay put this step. */
function pinnedMask(x: Float64Array, g: Float64Array, options: BoxOptions): Uint8Array {
  const pinned = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) {
    const xi = x[i] as number;
    const gi = g[i] as number;
    if (
      (xi <= (options.lower[i] as number) && gi > 0) ||
      (xi >= (options.upper[i] as number) && gi < 0)
    ) {
      pinned[i] = 1;
    }
  }
  return pinned;
}

/** L-BFGS two-loop recursion on the free coordinates: returns the search direction −H g. */
function direction(
  g: Float64Array,
  pinned: Uint8Array,
  steps: Float64Array[],
  changes: Float64Array[],
): Float64Array {
  const q = g.map((gi, i) => (pinned[i] ? 0 : gi));
  const alphas = new Float64Array(steps.length);
  for (let k = steps.length - 1; k >= 0; k--) {
    const s = steps[k] as Float64Array;
    const y = changes[k] as Float64Array;
    const alpha = dot(s, q) / dot(y, s);
    alphas[k] = alpha;
    for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) - alpha * (y[i] as number);
  }
  const last = steps.length - 1;
  const gamma =
    last >= 0
      ? dot(steps[last] as Float64Array, changes[last] as Float64Array) /
        dot(changes[last] as Float64Array, changes[last] as Float64Array)
      : 1;
  for (let i = 0; i < q.length; i++) q[i] = (q[i] as number) * gamma;
  for (let k = 0; k < steps.length; k++) {
    const s = steps[k] as Float64Array;
    const y = changes[k] as Float64Array;
    const beta = dot(y, q) / dot(y, s);
    for (let i = 0; i < q.length; i++)
      q[i] = (q[i] as number) + ((alphas[k] as number) - beta) * (s[i] as number);
  }
  for (let i = 0; i < q.length; i++) q[i] = pinned[i] ? 0 : -(q[i] as number);
  return q;
}

/**
 * Minimises f over the box [lower, upper] by projected L-BFGS with a backtracking (Armijo) line
 * search along the projected path; pinned coordinates are left out of each step. Small problems
 * only (a few to a few dozen variables): the GP's hyperparameters and its acquisition function.
 */
export function minimizeBox(
  smooth: SmoothFunction | SplitFunction,
  start: ArrayLike<number>,
  options: BoxOptions,
): BoxResult {
  const gradientTolerance = options.gradientTolerance ?? 1e-5;
  const relativeTolerance = options.relativeTolerance ?? 1e-10;
  let x = Float64Array.from(start);
  const f = typeof smooth === 'function' ? split(smooth, x.length) : smooth;
  project(x, options.lower, options.upper);
  let g = new Float64Array(x.length);
  let value = f.value(x);
  f.gradient(g);
  let evaluations = 1;
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];

  for (
    let iteration = 0;
    iteration < options.maxIterations && Number.isFinite(value);
    iteration++
  ) {
    const pinned = pinnedMask(x, g, options);
    let largest = 0;
    for (let i = 0; i < g.length; i++)
      if (!pinned[i]) largest = Math.max(largest, Math.abs(g[i] as number));
    if (largest <= gradientTolerance) break;

    let d = direction(g, pinned, steps, changes);
    if (dot(d, g) >= 0) {
      // Curvature pairs gone stale at the bounds: restart from steepest descent.
      steps.length = 0;
      changes.length = 0;
      d = direction(g, pinned, steps, changes);
    }
    // Without curvature information the first step moves the largest coordinate by at most 1.
    let t = steps.length === 0 ? Math.min(1, 1 / largest) : 1;
    let accepted = false;
    const trial = new Float64Array(x.length);
    const trialGradient = new Float64Array(x.length);
    let trialValue = value;
    for (let k = 0; k < MAX_BACKTRACKS; k++) {
      for (let i = 0; i < x.length; i++) trial[i] = (x[i] as number) + t * (d[i] as number);
      project(trial, options.lower, options.upper);
      trialValue = f.value(trial);
      evaluations++;
      let decrease = 0;
      for (let i = 0; i < x.length; i++)
        decrease += (g[i] as number) * ((trial[i] as number) - (x[i] as number));
      if (Number.isFinite(trialValue) && trialValue <= value + ARMIJO * decrease) {
        // Only an accepted step's gradient is ever used: a rejected one is not computed.
        f.gradient(trialGradient);
        accepted = true;
        break;
      }
      t *= 0.5;
    }
    if (!accepted) break;

    const s = trial.map((ti, i) => ti - (x[i] as number));
    const y = trialGradient.map((gi, i) => gi - (g[i] as number));
    if (dot(s, y) > 1e-12 * dot(y, y)) {
      steps.push(s);
      changes.push(y);
      if (steps.length > MEMORY) {
        steps.shift();
        changes.shift();
      }
    }
    const improvement = value - trialValue;
    x = trial;
    g = trialGradient;
    value = trialValue;
    if (improvement <= relativeTolerance * Math.max(1, Math.abs(value))) break;
  }
  return { x, value, evaluations };
}
