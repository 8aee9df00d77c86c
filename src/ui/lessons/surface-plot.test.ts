import { describe, expect, it } from 'vitest';
import type { OptimizerId, OptimizerPath } from '../../experiment/lessons/optimizer-paths';
import { MAX_STEPS, SURFACES, optimizerPath } from '../../experiment/lessons/optimizer-paths';
import { i18n } from '../i18n/i18n';
import type { LossGrid, PathStatus } from './surface-plot';
import {
  PLOT_HEIGHT,
  PLOT_WIDTH,
  bandColors,
  bandOf,
  bandRgba,
  contourLevels,
  contourPicture,
  describePaths,
  formatPathLoss,
  formatWeights,
  isLearningRate,
  isolinePath,
  niceLogLevels,
  pathStatus,
  plotScale,
  sampleLoss,
  visiblePoints,
} from './surface-plot';

/** Every "x y" pair in an SVG path of M and L commands. */
const pathPoints = (d: string) =>
  d
    .split(/[ML]/)
    .filter(Boolean)
    .map((pair) => pair.split(' ').map(Number) as [number, number]);

describe('plotScale', () => {
  it('puts the view’s corners at the plot’s, larger w2 higher up', () => {
    const scale = plotScale(SURFACES.valley.bounds);
    const { w1, w2 } = SURFACES.valley.bounds;
    expect(scale.x(w1[0])).toBeCloseTo(0, 10);
    expect(scale.x(w1[1])).toBeCloseTo(PLOT_WIDTH, 10);
    expect(scale.y(w2[1])).toBeCloseTo(0, 10);
    expect(scale.y(w2[0])).toBeCloseTo(PLOT_HEIGHT, 10);
  });
});

describe('contour levels', () => {
  it('are 1, 1.5, 2, 3, 5 and 7 times powers of ten within the range', () => {
    expect(niceLogLevels(0.01, 1)).toEqual([
      0.01, 0.015, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.5, 0.7, 1,
    ]);
    expect(niceLogLevels(0.04, 0.06)).toEqual([0.05]);
    expect(niceLogLevels(0, 1)).toEqual([]);
    expect(niceLogLevels(1, Number.POSITIVE_INFINITY)).toEqual([]);
  });

  it.each(Object.keys(SURFACES) as (keyof typeof SURFACES)[])(
    '%s: log-spaced over three decades above the minimum',
    (id) => {
      const surface = SURFACES[id];
      const levels = contourLevels(sampleLoss(surface, 60, 50, 'centers'), surface.minLoss);
      expect(levels.length).toBeGreaterThanOrEqual(12);
      for (let i = 1; i < levels.length; i++) {
        expect(levels[i]).toBeGreaterThan(levels[i - 1]!);
        // Never more than 2× apart: the bands are about evenly spaced on a log scale.
        expect((levels[i]! - surface.minLoss) / (levels[i - 1]! - surface.minLoss)).toBeLessThan(
          2.01,
        );
      }
      const spread = (levels.at(-1)! - surface.minLoss) / (levels[0]! - surface.minLoss);
      expect(spread).toBeGreaterThan(300);
      expect(spread).toBeLessThanOrEqual(1000);
    },
  );

  it('finds none on a flat surface', () => {
    const flat: LossGrid = { cols: 2, rows: 2, values: new Float64Array([3, 3, 3, 3]) };
    expect(contourLevels(flat, 3)).toEqual([]);
  });

  it('puts a loss in the band above the last level it reaches', () => {
    const levels = [0.1, 1, 10];
    expect(bandOf(0.05, levels)).toBe(0);
    expect(bandOf(0.1, levels)).toBe(1);
    expect(bandOf(5, levels)).toBe(2);
    expect(bandOf(10, levels)).toBe(3);
    expect(bandOf(1e9, levels)).toBe(3);
  });
});

describe('band colours', () => {
  it('darken steadily from the lowest loss up', () => {
    const colors = bandColors(9);
    expect(colors).toHaveLength(9);
    const lightness = colors.map(([r, g, b]) => r + g + b);
    for (let i = 1; i < lightness.length; i++) {
      expect(lightness[i]).toBeLessThan(lightness[i - 1]!);
    }
    // Light enough everywhere for dark, coloured paths on top.
    expect(Math.min(...colors.flat())).toBeGreaterThan(150);
  });

  it('paint each grid point opaque, in its band’s colour', () => {
    const grid: LossGrid = { cols: 3, rows: 1, values: new Float64Array([0, 5, Number.NaN]) };
    const colors = bandColors(2);
    const rgba = bandRgba(grid, [1], colors);
    expect(rgba).toHaveLength(12);
    expect([rgba[3], rgba[7], rgba[11]]).toEqual([255, 255, 255]);
    expect(Array.from(rgba.slice(0, 3))).toEqual(colors[0]!.map(Math.round));
    expect(Array.from(rgba.slice(4, 7))).toEqual(colors[1]!.map(Math.round));
    // A loss that is not a number is painted as the highest band.
    expect(Array.from(rgba.slice(8, 11))).toEqual(colors[1]!.map(Math.round));
  });
});

describe('isolinePath', () => {
  it('traces a circle for a bowl', () => {
    // r² on a 41 × 41 grid over [-2, 2]², drawn at 400 × 400: the level 1 is a circle of 100.
    const n = 41;
    const values = new Float64Array(n * n);
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) values[r * n + c] = ((c - 20) / 10) ** 2 + ((r - 20) / 10) ** 2;
    }
    const d = isolinePath({ cols: n, rows: n, values }, [1], 400, 400);
    const points = pathPoints(d);
    expect(points.length).toBeGreaterThan(40);
    for (const [x, y] of points) expect(Math.hypot(x - 200, y - 200)).toBeCloseTo(100, -0.5);
  });

  it('splits a saddle cell by its centre', () => {
    const grid = (centreHigh: boolean): LossGrid => ({
      cols: 2,
      rows: 2,
      // tl, tr, bl, br: the top-left and bottom-right corners are above the level 0.5.
      values: new Float64Array(centreHigh ? [1, 0, 0, 1] : [1, 0, 0, 0.6]),
    });
    expect(isolinePath(grid(true), [0.5], 10, 10).match(/M/g)).toHaveLength(2);
    expect(isolinePath(grid(false), [0.5], 10, 10).match(/M/g)).toHaveLength(2);
    expect(isolinePath(grid(true), [0.5], 10, 10)).not.toEqual(
      isolinePath(grid(false), [0.5], 10, 10),
    );
  });

  it('draws nothing for a level the grid never crosses', () => {
    const grid: LossGrid = { cols: 2, rows: 2, values: new Float64Array([1, 2, 3, 4]) };
    expect(isolinePath(grid, [10], 10, 10)).toBe('');
  });
});

describe('contourPicture', () => {
  it('paints the bands at twice the plot’s size, once per surface', () => {
    const picture = contourPicture(SURFACES.saddle);
    expect(picture.width).toBe(2 * PLOT_WIDTH);
    expect(picture.height).toBe(2 * PLOT_HEIGHT);
    expect(picture.rgba).toHaveLength(picture.width * picture.height * 4);
    expect(picture.colors).toHaveLength(picture.levels.length + 1);
    expect(picture.colors[0]).toMatch(/^#[0-9a-f]{6}$/);
    expect(picture.lines.length).toBeGreaterThan(100);
    for (const [x, y] of pathPoints(picture.lines)) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(PLOT_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(PLOT_HEIGHT);
    }
    expect(contourPicture(SURFACES.saddle)).toBe(picture);
  });
});

describe('visiblePoints', () => {
  const bounds = { w1: [0, 1], w2: [0, 1] } as const;

  it('keeps a path that stays near the view', () => {
    const points = [
      { w1: 0.5, w2: 0.5 },
      { w1: 1.9, w2: -0.9 },
    ];
    expect(visiblePoints(points, bounds)).toEqual([
      [0.5, 0.5],
      [1.9, -0.9],
    ]);
  });

  it('ends a runaway path where it leaves a view’s width beyond the view', () => {
    const points = [
      { w1: 0.5, w2: 0.5 },
      { w1: 0.5, w2: 1.5 },
      { w1: 0.5, w2: 4.5 },
      { w1: 0.5, w2: -400 },
    ];
    const visible = visiblePoints(points, bounds);
    expect(visible).toHaveLength(3);
    expect(visible[2]![0]).toBeCloseTo(0.5, 12);
    expect(visible[2]![1]).toBeCloseTo(2, 12);
  });

  it('cuts a diagonal escape at whichever edge it meets first', () => {
    const visible = visiblePoints(
      [
        { w1: 0, w2: 0 },
        { w1: 10, w2: 5 },
      ],
      bounds,
    );
    expect(visible[1]![0]).toBeCloseTo(2, 12);
    expect(visible[1]![1]).toBeCloseTo(1, 12);
  });
});

describe('what the figure reports', () => {
  const valley = SURFACES.valley;
  const paths: Record<OptimizerId, OptimizerPath> = {
    sgd: optimizerPath(valley, 'sgd', 0.5, MAX_STEPS),
    momentum: optimizerPath(valley, 'momentum', 0.05, MAX_STEPS),
    adam: optimizerPath(valley, 'adam', 0.15, MAX_STEPS),
  };
  const statusesAt = (shown: number) =>
    Object.fromEntries(
      Object.entries(paths).map(([o, path]) => [o, pathStatus(valley, path, shown)]),
    ) as Record<OptimizerId, PathStatus>;

  it('follows each path step by step, and says where one diverged', () => {
    const last = paths.sgd.points.length - 1;
    expect(paths.sgd.diverged).toBe(true);
    const before = statusesAt(last);
    expect(before.sgd.divergedAt).toBeNull();
    expect(before.sgd.steps).toBe(last);
    const after = statusesAt(last + 5);
    expect(after.sgd.divergedAt).toBe(last + 1);
    expect(after.sgd.steps).toBe(last);
    expect(after.adam.steps).toBe(last + 5);
    expect(after.adam.point).toBe(paths.adam.points[last + 5]);
    expect(after.adam.distance).toBeCloseTo(
      Math.hypot(after.adam.point.w1, after.adam.point.w2),
      12,
    );
  });

  it('sums the figure up in its text alternative', () => {
    const start = describePaths(valley, statusesAt(0), 0);
    expect(start).toContain('narrow valley');
    expect(start).toContain('minimum at (0, 0)');
    expect(start).toContain('from (-2.6, -1.3)');
    expect(start).toContain('before their first step');
    const later = describePaths(valley, statusesAt(60), 60);
    expect(later).toContain(`after 60 of ${MAX_STEPS} steps`);
    expect(later).toMatch(/SGD diverged at step \d+/);
    expect(later).toMatch(/Adam at loss [\d.e-]+, [\d.]+ from the minimum/);
    expect(describePaths(SURFACES.saddle, statusesAt(0), 0)).toContain(
      'minima at (1, 0) and (-1, 0)',
    );
    // A name keeps its capitals after its first letter.
    expect(describePaths(SURFACES.rosenbrock, statusesAt(0), 0)).toContain(
      'the curved valley (Rosenbrock) loss surface',
    );
  });

  it('sums the figure up in Chinese when Chinese is on screen', async () => {
    await i18n.changeLanguage('zh-CN');
    try {
      const start = describePaths(valley, statusesAt(0), 0);
      expect(start).toMatch(
        /^损失曲面“[^”]+”的等高线图，两个坐标轴分别是权重 w1 和 w2，最小值位于 \(0, 0\)。/,
      );
      expect(start).toMatch(
        /^[^;；]*SGD、[^;；]+、Adam 都从 \(-2\.6, -1\.3\) 出发，还没有迈出第一步。$/,
      );
      const later = describePaths(valley, statusesAt(60), 60);
      expect(later).toContain(`，${MAX_STEPS} 步中已走了 60 步：SGD 在第 `);
      expect(later).toMatch(/；Adam 的损失为 [\d.e-]+，距离最小值 [\d.]+。$/);
      expect(describePaths(SURFACES.saddle, statusesAt(0), 0)).toContain(
        '最小值位于 (1, 0)和(-1, 0)。',
      );
    } finally {
      await i18n.changeLanguage('en');
    }
  });

  it('writes a tiny loss as a power of ten', () => {
    expect(formatPathLoss(0.0386)).toBe('0.0386');
    expect(formatPathLoss(0.00000979)).toBe('9.8e-6');
    expect(formatPathLoss(0)).toBe('0.00');
    // Whole from 100 on, grouped as the language writes numbers.
    expect(formatPathLoss(1234)).toBe('1,234');
  });

  it('writes weights to two decimals', () => {
    expect(formatWeights({ w1: -0.0001, w2: 1.23456 })).toBe('(0, 1.23)');
  });

  it('accepts learning rates from 0.0001 to 10', () => {
    expect(isLearningRate(0.1)).toBe(true);
    expect(isLearningRate(10)).toBe(true);
    expect(isLearningRate(0)).toBe(false);
    expect(isLearningRate(11)).toBe(false);
    expect(isLearningRate(Number.NaN)).toBe(false);
  });
});
