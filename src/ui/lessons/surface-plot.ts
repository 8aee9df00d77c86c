import {
  MAX_STEPS,
  OPTIMIZER_IDS,
  distanceToMinimum,
} from '../../experiment/lessons/optimizer-paths';
import type {
  LossSurface,
  OptimizerId,
  OptimizerPath,
  PathPoint,
  Vec2,
} from '../../experiment/lessons/optimizer-paths';
import { i18n } from '../i18n/i18n';
import { formatList, formatNumber } from '../i18n/format';
import { formatLoss } from '../shared/format';
import { pathOptimizerLabel, surfaceLabel } from '../shared/catalog-text';

/**
 * The numbers behind the optimiser-paths figure, kept apart from React so they can be tested:
 * where a weight lands on the picture, the loss's contour levels and bands, the contour lines,
 * and how much of a runaway path to draw.
 */

/** The plot's size in SVG units; every surface's view is 6:5 wide, as this is. */
export const PLOT_WIDTH = 360;
export const PLOT_HEIGHT = 300;

/** The banded picture is painted at twice the plot's size, so band edges stay sharp on a projector. */
const RASTER_SCALE = 2;
/** Contour lines are traced on a grid of this many cells across (and 5/6 as many down). */
const LINE_CELLS = 120;
/** The bands span this many decades of loss above the minimum. */
const DECADES = 3;
/** The top level sits at this quantile of the loss over the view, so most of it is banded. */
const TOP_QUANTILE = 0.9;

export interface PlotScale {
  /** The SVG x of weight w1. */
  x(w1: number): number;
  /** The SVG y of weight w2 (larger w2 higher up). */
  y(w2: number): number;
}

export function plotScale(
  bounds: LossSurface['bounds'],
  width = PLOT_WIDTH,
  height = PLOT_HEIGHT,
): PlotScale {
  const [x0, x1] = bounds.w1;
  const [y0, y1] = bounds.w2;
  return {
    x: (w1) => ((w1 - x0) / (x1 - x0)) * width,
    y: (w2) => ((y1 - w2) / (y1 - y0)) * height,
  };
}

/** The loss on a grid over the surface's view; row 0 is the top (largest w2). */
export interface LossGrid {
  readonly cols: number;
  readonly rows: number;
  readonly values: Float64Array;
}

/**
 * Samples the loss at `cols` × `rows` points: at pixel centres ('centers', for painting) or on
 * the grid's nodes from edge to edge ('nodes', for tracing lines).
 */
export function sampleLoss(
  surface: LossSurface,
  cols: number,
  rows: number,
  at: 'centers' | 'nodes',
): LossGrid {
  const [x0, x1] = surface.bounds.w1;
  const [y0, y1] = surface.bounds.w2;
  const offset = at === 'centers' ? 0.5 : 0;
  const xSteps = at === 'centers' ? cols : cols - 1;
  const ySteps = at === 'centers' ? rows : rows - 1;
  const values = new Float64Array(cols * rows);
  for (let r = 0; r < rows; r++) {
    const w2 = y1 - ((r + offset) / ySteps) * (y1 - y0);
    for (let c = 0; c < cols; c++) {
      const w1 = x0 + ((c + offset) / xSteps) * (x1 - x0);
      values[r * cols + c] = surface.loss([w1, w2]);
    }
  }
  return { cols, rows, values };
}

/** 1, 2 and 5 times the powers of ten from `lo` to `hi`: log-spaced levels with round names. */
export function niceLogLevels(lo: number, hi: number): number[] {
  if (!(lo > 0) || !(hi >= lo) || !Number.isFinite(hi)) return [];
  const levels: number[] = [];
  for (let power = Math.floor(Math.log10(lo)); power <= Math.ceil(Math.log10(hi)); power++) {
    for (const mantissa of [1, 1.5, 2, 3, 5, 7]) {
      // Rounded so that 0.1 × 3 is 0.3, not 0.30000000000000004.
      const level = Number((mantissa * 10 ** power).toPrecision(2));
      if (level >= lo * (1 - 1e-9) && level <= hi * (1 + 1e-9)) levels.push(level);
    }
  }
  return levels;
}

/**
 * The contour levels for a grid of losses whose lowest possible value is `minLoss`: round,
 * log-spaced levels of loss above the minimum, from the view's 90th percentile down three decades,
 * so a valley shows rings all the way in to its floor.
 */
export function contourLevels(grid: LossGrid, minLoss: number): number[] {
  const above = Float64Array.from(grid.values, (v) => v - minLoss)
    .filter((v) => Number.isFinite(v))
    .sort();
  const top = above[Math.min(above.length - 1, Math.floor(TOP_QUANTILE * above.length))];
  if (top === undefined || !(top > 0)) return [];
  return niceLogLevels(top / 10 ** DECADES, top).map((level) => minLoss + level);
}

/** Which band a loss falls in: 0 below the first level, levels.length at or above the last. */
export function bandOf(value: number, levels: readonly number[]): number {
  let band = 0;
  while (band < levels.length && value >= (levels[band] as number)) band++;
  return band;
}

type Rgb = readonly [number, number, number];

/** A calm sequential palette, near-white at the minimum to a soft slate blue high up. */
const BAND_STOPS: readonly Rgb[] = [
  [251, 252, 248],
  [233, 240, 236],
  [213, 226, 228],
  [190, 208, 218],
  [166, 187, 206],
];

const hex = (rgb: Rgb) =>
  `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;

/** `count` colours evenly along the palette, lowest loss first. */
export function bandColors(count: number): Rgb[] {
  const last = BAND_STOPS.length - 1;
  return Array.from({ length: count }, (_, i) => {
    const t = count > 1 ? (i / (count - 1)) * last : 0;
    const k = Math.min(last - 1, Math.floor(t));
    const f = t - k;
    const a = BAND_STOPS[k] as Rgb;
    const b = BAND_STOPS[k + 1] as Rgb;
    return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
  });
}

/** One pixel per grid point, coloured by its band: RGBA bytes, row 0 at the top. */
export function bandRgba(
  grid: LossGrid,
  levels: readonly number[],
  colors: readonly Rgb[],
): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(grid.values.length * 4);
  const fallback = colors[colors.length - 1] ?? [255, 255, 255];
  for (let i = 0; i < grid.values.length; i++) {
    const value = grid.values[i] as number;
    const color = Number.isFinite(value) ? (colors[bandOf(value, levels)] ?? fallback) : fallback;
    rgba[i * 4] = color[0];
    rgba[i * 4 + 1] = color[1];
    rgba[i * 4 + 2] = color[2];
    rgba[i * 4 + 3] = 255;
  }
  return rgba;
}

/**
 * The contour lines of a grid (sampled at 'nodes') at each level, by marching squares, as one SVG
 * path scaled to width × height. A cell whose corners alternate is split by its centre's value.
 */
export function isolinePath(
  grid: LossGrid,
  levels: readonly number[],
  width = PLOT_WIDTH,
  height = PLOT_HEIGHT,
): string {
  const { cols, rows, values } = grid;
  const sx = width / (cols - 1);
  const sy = height / (rows - 1);
  const at = (c: number, r: number) => values[r * cols + c] as number;
  const parts: string[] = [];
  // A segment that starts where the last one ended (as neighbours along a row often do) only
  // adds its far end: the path is about a third shorter.
  let end: string | null = null;
  const segment = (a: string, b: string) => {
    if (a === end) parts.push(`L${b}`);
    else if (b === end) parts.push(`L${a}`);
    else parts.push(`M${a}L${b}`);
    end = a === end ? b : b === end ? a : b;
  };
  const point = (x: number, y: number) => `${(x * sx).toFixed(1)} ${(y * sy).toFixed(1)}`;
  for (const level of levels) {
    for (let r = 0; r < rows - 1; r++) {
      for (let c = 0; c < cols - 1; c++) {
        const tl = at(c, r);
        const tr = at(c + 1, r);
        const br = at(c + 1, r + 1);
        const bl = at(c, r + 1);
        const high = [tl >= level, tr >= level, br >= level, bl >= level];
        if (high.every(Boolean) || !high.some(Boolean)) continue;
        // Where the level crosses each edge, if it does: top, right, bottom, left.
        const cross = (a: number, b: number) => (level - a) / (b - a);
        const top = high[0] !== high[1] ? point(c + cross(tl, tr), r) : null;
        const right = high[1] !== high[2] ? point(c + 1, r + cross(tr, br)) : null;
        const bottom = high[3] !== high[2] ? point(c + cross(bl, br), r + 1) : null;
        const left = high[0] !== high[3] ? point(c, r + cross(tl, bl)) : null;
        const found = [top, right, bottom, left].filter((p): p is string => p !== null);
        if (found.length === 2) {
          segment(found[0] as string, found[1] as string);
        } else if (top && right && bottom && left) {
          // A saddle cell: cut off the two corners whose side of the level the centre is not on.
          const centreHigh = (tl + tr + br + bl) / 4 >= level;
          if (centreHigh !== high[0]) {
            segment(top, left);
            segment(right, bottom);
          } else {
            segment(top, right);
            segment(bottom, left);
          }
        }
      }
    }
  }
  return parts.join('');
}

/** Everything drawn behind the paths, for one surface. */
export interface ContourPicture {
  /** The contour levels, as losses. */
  readonly levels: readonly number[];
  /** The bands' colours as CSS hex, lowest loss first (levels.length + 1 of them). */
  readonly colors: readonly string[];
  /** The bands painted at width × height pixels, RGBA, row 0 at the top. */
  readonly rgba: Uint8ClampedArray;
  readonly width: number;
  readonly height: number;
  /** The contour lines as an SVG path in plot units. */
  readonly lines: string;
}

const pictures = new Map<LossSurface, ContourPicture>();

/** The surface's bands and lines; computed once per surface, then reused. */
export function contourPicture(surface: LossSurface): ContourPicture {
  const cached = pictures.get(surface);
  if (cached) return cached;
  const width = PLOT_WIDTH * RASTER_SCALE;
  const height = PLOT_HEIGHT * RASTER_SCALE;
  // The levels come from the coarser grid the lines are traced on: the same picture, sooner.
  const nodes = sampleLoss(
    surface,
    LINE_CELLS + 1,
    Math.round((LINE_CELLS * PLOT_HEIGHT) / PLOT_WIDTH) + 1,
    'nodes',
  );
  const levels = contourLevels(nodes, surface.minLoss);
  const colors = bandColors(levels.length + 1);
  const picture: ContourPicture = {
    levels,
    colors: colors.map(hex),
    rgba: bandRgba(sampleLoss(surface, width, height, 'centers'), levels, colors),
    width,
    height,
    lines: isolinePath(nodes, levels),
  };
  pictures.set(surface, picture);
  return picture;
}

/**
 * The part of a path worth drawing: every point while it stays within `reach` views' widths of the
 * view, then the point where it crosses that far edge, so a diverging path runs off the picture
 * without sending the SVG coordinates into the millions.
 */
export function visiblePoints(
  points: readonly Pick<PathPoint, 'w1' | 'w2'>[],
  bounds: LossSurface['bounds'],
  reach = 1,
): Vec2[] {
  const [x0, x1] = bounds.w1;
  const [y0, y1] = bounds.w2;
  const lo: Vec2 = [x0 - reach * (x1 - x0), y0 - reach * (y1 - y0)];
  const hi: Vec2 = [x1 + reach * (x1 - x0), y1 + reach * (y1 - y0)];
  const inside = (p: Vec2) => p[0] >= lo[0] && p[0] <= hi[0] && p[1] >= lo[1] && p[1] <= hi[1];
  const out: Vec2[] = [];
  for (const { w1, w2 } of points) {
    const p: Vec2 = [w1, w2];
    if (inside(p)) {
      out.push(p);
      continue;
    }
    const q = out[out.length - 1];
    if (q) {
      // The furthest t in [0, 1] along q → p that stays inside the box.
      let t = 1;
      for (const axis of [0, 1] as const) {
        const d = p[axis] - q[axis];
        if (d > 0 && p[axis] > hi[axis]) t = Math.min(t, (hi[axis] - q[axis]) / d);
        if (d < 0 && p[axis] < lo[axis]) t = Math.min(t, (lo[axis] - q[axis]) / d);
      }
      out.push([q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])]);
    }
    break;
  }
  return out;
}

/** The learning rates a student may type: from tiny to far past divergence. */
export const LEARNING_RATE_RANGE = [0.0001, 10] as const;

export const isLearningRate = (value: number) =>
  Number.isFinite(value) && value >= LEARNING_RATE_RANGE[0] && value <= LEARNING_RATE_RANGE[1];

/** Where an optimiser's path is once `shown` steps are revealed. */
export interface PathStatus {
  /** Its latest point (the last finite one, if it diverged). */
  readonly point: PathPoint;
  /** Steps it has taken: `shown`, or fewer once it diverged. */
  readonly steps: number;
  /** The step that blew up, once revealed; null while it has not. */
  readonly divergedAt: number | null;
  /** From its latest point to the nearest minimum. */
  readonly distance: number;
}

export function pathStatus(surface: LossSurface, path: OptimizerPath, shown: number): PathStatus {
  const last = path.points.length - 1;
  const steps = Math.max(0, Math.min(shown, last));
  const point = path.points[steps] as PathPoint;
  return {
    point,
    steps,
    divergedAt: path.diverged && shown > last ? last + 1 : null,
    distance: distanceToMinimum(surface, point),
  };
}

/** A loss for the legend and table: three figures, or a power of ten once it is tiny. */
export const formatPathLoss = (loss: number) =>
  loss !== 0 && Math.abs(loss) < 1e-3 ? loss.toExponential(1) : formatLoss(loss);

const coordinate = (value: number) => String(Number(value.toFixed(2)) || 0);

/** Two weights as "(w1, w2)" to two decimals. */
export const formatWeights = ({ w1, w2 }: Pick<PathPoint, 'w1' | 'w2'>) =>
  `(${coordinate(w1)}, ${coordinate(w2)})`;

/** A name as it reads inside a sentence: "Narrow valley" is "narrow valley" after "the". */
const inSentence = (name: string) => name.charAt(0).toLocaleLowerCase() + name.slice(1);

/**
 * The figure's text alternative, in the language on screen: the surface, the step, and where each
 * optimiser has got to.
 */
export function describePaths(
  surface: LossSurface,
  statuses: Readonly<Record<OptimizerId, PathStatus>>,
  shown: number,
): string {
  const [s1, s2] = surface.start;
  const head = i18n.t('lessons:paths.alt.head', {
    count: surface.minima.length,
    surface: inSentence(surfaceLabel(surface.id)),
    minima: formatList(surface.minima.map(([w1, w2]) => formatWeights({ w1, w2 }))),
    optimizers: OPTIMIZER_IDS.map((o) => pathOptimizerLabel(o)).join(
      i18n.t('lessons:paths.alt.nameSeparator'),
    ),
    start: formatWeights({ w1: s1, w2: s2 }),
  });
  if (shown === 0) return i18n.t('lessons:paths.alt.before', { head });
  const each = OPTIMIZER_IDS.map((o) => {
    const s = statuses[o];
    const name = pathOptimizerLabel(o);
    return s.divergedAt === null
      ? i18n.t('lessons:paths.alt.at', {
          name,
          loss: formatPathLoss(s.point.loss),
          distance: formatNumber(s.distance, 2, 2),
        })
      : i18n.t('lessons:paths.alt.diverged', { name, step: s.divergedAt });
  });
  return i18n.t('lessons:paths.alt.after', {
    head,
    shown,
    total: MAX_STEPS,
    each: each.join(i18n.t('lessons:paths.alt.separator')),
  });
}
