import { describe, expect, it } from 'vitest';
import type { LossSurface, OptimizerId, Vec2 } from './optimizer-paths';
import {
  ADAM,
  MAX_STEPS,
  OPTIMIZER_IDS,
  SURFACES,
  SURFACE_IDS,
  adamStep,
  distanceToMinimum,
  initialState,
  momentumStep,
  optimizerPath,
  sgdStep,
} from './optimizer-paths';

const distanceAfter = (surface: LossSurface, optimizer: OptimizerId, steps: number) => {
  const path = optimizerPath(surface, optimizer, surface.learningRates[optimizer], steps);
  return distanceToMinimum(surface, path.points[path.points.length - 1]!);
};

describe('the loss surfaces', () => {
  it.each(SURFACE_IDS)('%s: the gradient is the loss’s slope', (id) => {
    const surface = SURFACES[id];
    const h = 1e-6;
    const [x0, x1] = surface.bounds.w1;
    const [y0, y1] = surface.bounds.w2;
    for (const [fx, fy] of [
      [0.1, 0.2],
      [0.5, 0.5],
      [0.83, 0.37],
      [0.3, 0.9],
    ] as const) {
      const w: Vec2 = [x0 + fx * (x1 - x0), y0 + fy * (y1 - y0)];
      const [g1, g2] = surface.gradient(w);
      const d1 = (surface.loss([w[0] + h, w[1]]) - surface.loss([w[0] - h, w[1]])) / (2 * h);
      const d2 = (surface.loss([w[0], w[1] + h]) - surface.loss([w[0], w[1] - h])) / (2 * h);
      expect(g1).toBeCloseTo(d1, 4);
      expect(g2).toBeCloseTo(d2, 4);
    }
  });

  it.each(SURFACE_IDS)('%s: its minima are flat, at minLoss, and in view with the start', (id) => {
    const surface = SURFACES[id];
    const inView = ([w1, w2]: Vec2) =>
      w1 > surface.bounds.w1[0] &&
      w1 < surface.bounds.w1[1] &&
      w2 > surface.bounds.w2[0] &&
      w2 < surface.bounds.w2[1];
    expect(inView(surface.start)).toBe(true);
    for (const minimum of surface.minima) {
      expect(inView(minimum)).toBe(true);
      expect(surface.loss(minimum)).toBeCloseTo(surface.minLoss, 12);
      const [g1, g2] = surface.gradient(minimum);
      expect(Math.hypot(g1, g2)).toBeLessThan(1e-12);
    }
    expect(surface.loss(surface.start)).toBeGreaterThan(surface.minLoss);
  });

  it.each(SURFACE_IDS)('%s: its view is 6:5 wide, as the figure is', (id) => {
    const { w1, w2 } = SURFACES[id].bounds;
    expect((w1[1] - w1[0]) / (w2[1] - w2[0])).toBeCloseTo(6 / 5, 10);
  });
});

describe('the optimisers', () => {
  it('takes an Adam first step of about lr in each weight, whatever the gradient’s size', () => {
    for (const g of [
      [3, -0.002],
      [-250, 40],
      [1e-3, 1e-3],
    ] as Vec2[]) {
      for (const lr of [0.01, 0.15]) {
        const next = adamStep(initialState([1, 2]), g, lr);
        expect(next.t).toBe(1);
        expect(Math.abs(next.w[0] - 1)).toBeCloseTo(lr, 4);
        expect(Math.abs(next.w[1] - 2)).toBeCloseTo(lr, 4);
        // Downhill in each weight.
        expect(Math.sign(next.w[0] - 1)).toBe(-Math.sign(g[0]));
        expect(Math.sign(next.w[1] - 2)).toBe(-Math.sign(g[1]));
      }
    }
  });

  it('corrects Adam’s averages for their start at zero, as tf.train.adam does', () => {
    // A steady gradient keeps every bias-corrected step at lr · g / (|g| + ε).
    let state = initialState([0, 0]);
    const g: Vec2 = [0.5, -4];
    for (let t = 1; t <= 5; t++) {
      const before = state.w;
      state = adamStep(state, g, 0.1);
      expect(state.w[0] - before[0]).toBeCloseTo((-0.1 * 0.5) / (0.5 + ADAM.epsilon), 10);
      expect(state.w[1] - before[1]).toBeCloseTo((0.1 * 4) / (4 + ADAM.epsilon), 10);
    }
    // And a gradient that changes follows the formula step by step.
    const first = adamStep(initialState([0, 0]), [2, 0], 0.1);
    const second = adamStep(first, [1, 0], 0.1);
    const m = 0.9 * 0.1 * 2 + 0.1 * 1;
    const v = 0.999 * 0.001 * 4 + 0.001 * 1;
    const move = (0.1 * (m / (1 - 0.9 ** 2))) / (Math.sqrt(v / (1 - 0.999 ** 2)) + 1e-8);
    expect(first.w[0]).toBeCloseTo((-0.1 * 2) / (2 + 1e-8), 12);
    expect(second.w[0]).toBeCloseTo(first.w[0] - move, 12);
  });

  it('accumulates momentum as tf.train.momentum does: a ← βa + g, w ← w − lr·a', () => {
    const g: Vec2 = [1, -2];
    const once = momentumStep(initialState([0, 0]), g, 0.1);
    const twice = momentumStep(once, g, 0.1);
    expect(twice.w[0]).toBeCloseTo(-0.1 * (1 + 1.9), 12);
    expect(twice.w[1]).toBeCloseTo(0.2 * (1 + 1.9), 12);
  });

  it.each(SURFACE_IDS)('%s: momentum with β = 0 is plain SGD', (id) => {
    const surface = SURFACES[id];
    const lr = surface.learningRates.sgd;
    const plain = optimizerPath(surface, 'sgd', lr, 50);
    const noMomentum = optimizerPath(surface, (s, g, rate) => momentumStep(s, g, rate, 0), lr, 50);
    expect(noMomentum).toEqual(plain);
    expect(optimizerPath(surface, (s, g, rate) => sgdStep(s, g, rate), lr, 50)).toEqual(plain);
  });
});

describe('optimizerPath', () => {
  it('starts at the surface’s start and takes every step asked for', () => {
    const surface = SURFACES.valley;
    const path = optimizerPath(surface, 'adam', 0.1, MAX_STEPS);
    expect(path.diverged).toBe(false);
    expect(path.points).toHaveLength(MAX_STEPS + 1);
    expect(path.points[0]).toEqual({
      w1: surface.start[0],
      w2: surface.start[1],
      loss: surface.loss(surface.start),
    });
    for (const p of path.points) expect(p.loss).toBeCloseTo(surface.loss([p.w1, p.w2]), 12);
  });

  it('gets Adam and momentum nearer the valley’s minimum than SGD in 60 steps', () => {
    const valley = SURFACES.valley;
    const sgd = distanceAfter(valley, 'sgd', 60);
    expect(distanceAfter(valley, 'momentum', 60)).toBeLessThan(sgd);
    expect(distanceAfter(valley, 'adam', 60)).toBeLessThan(sgd);
  });

  it('flags SGD with too large a learning rate as diverged, and stops there', () => {
    const valley = SURFACES.valley;
    for (const lr of [0.3, 1, 5]) {
      const path = optimizerPath(valley, 'sgd', lr, MAX_STEPS);
      expect(path.diverged).toBe(true);
      expect(path.points.length).toBeLessThan(MAX_STEPS + 1);
      for (const p of path.points) expect(Number.isFinite(p.loss)).toBe(true);
    }
    // Just under the valley's edge of stability (2 / 10) it converges, slowly.
    expect(optimizerPath(valley, 'sgd', 0.19, MAX_STEPS).diverged).toBe(false);
  });

  it('stops at the first step that is not finite', () => {
    const broken: LossSurface = {
      ...SURFACES.valley,
      gradient: (w) => (w[0] === SURFACES.valley.start[0] ? [1, 1] : [Number.NaN, 0]),
    };
    const path = optimizerPath(broken, 'sgd', 0.1, 10);
    expect(path.diverged).toBe(true);
    expect(path.points).toHaveLength(2);
  });

  it.each(SURFACE_IDS)('%s: every optimiser gets nearer at its default rate', (id) => {
    const surface = SURFACES[id];
    for (const o of OPTIMIZER_IDS) {
      const path = optimizerPath(surface, o, surface.learningRates[o], MAX_STEPS);
      expect(path.diverged).toBe(false);
      const last = path.points[path.points.length - 1]!;
      expect(last.loss).toBeLessThan(path.points[0]!.loss);
    }
  });

  it('shows what each surface’s description promises', () => {
    // Rosenbrock: SGD is still crawling along the curved floor when the others arrive.
    const rosenbrock = SURFACES.rosenbrock;
    const crawl = distanceAfter(rosenbrock, 'sgd', MAX_STEPS);
    expect(crawl).toBeGreaterThan(1);
    expect(distanceAfter(rosenbrock, 'momentum', MAX_STEPS)).toBeLessThan(0.3);
    expect(distanceAfter(rosenbrock, 'adam', MAX_STEPS)).toBeLessThan(0.3);

    // Saddle: Adam steps off the ridge at once; SGD lingers on it.
    const saddle = SURFACES.saddle;
    const w1After = (o: OptimizerId, steps: number) =>
      Math.abs(optimizerPath(saddle, o, saddle.learningRates[o], steps).points[steps]!.w1);
    expect(w1After('adam', 10)).toBeGreaterThan(0.3);
    expect(w1After('sgd', 30)).toBeLessThan(0.05);

    // Bumpy: SGD settles in a dip; momentum rolls on to the global minimum.
    const bumpy = SURFACES.bumpy;
    const stuck = optimizerPath(bumpy, 'sgd', bumpy.learningRates.sgd, MAX_STEPS).points.at(-1)!;
    expect(Math.hypot(...bumpy.gradient([stuck.w1, stuck.w2]))).toBeLessThan(1e-3);
    expect(stuck.loss).toBeGreaterThan(0.3);
    expect(distanceAfter(bumpy, 'momentum', MAX_STEPS)).toBeLessThan(0.05);
  });
});

describe('distanceToMinimum', () => {
  it('measures to the nearest of several minima', () => {
    expect(distanceToMinimum(SURFACES.saddle, { w1: -0.7, w2: 0.4 })).toBeCloseTo(0.5, 12);
    expect(distanceToMinimum(SURFACES.valley, { w1: 3, w2: 4 })).toBeCloseTo(5, 12);
  });
});
