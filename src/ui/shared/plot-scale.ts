/** A rectangle of data coordinates. */
export interface Bounds {
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/**
 * Maps data coordinates to canvas pixels with y pointing up, as on a chart: canvas rows grow
 * downwards, so larger y must land on smaller row numbers.
 */
export function toPixel(
  x: number,
  y: number,
  bounds: Bounds,
  width: number,
  height: number,
): [number, number] {
  const px = ((x - bounds.xMin) / (bounds.xMax - bounds.xMin)) * width;
  const py = (1 - (y - bounds.yMin) / (bounds.yMax - bounds.yMin)) * height;
  return [px, py];
}

/** Orange for class 0 / negative values, blue for class 1 / positive values, as in TensorFlow Playground. */
export const CLASS_COLORS = [
  '#f59322',
  '#0877bd',
  '#5fa55a',
  '#b15bc9',
  '#d9534f',
  '#6c757d',
  '#e4b200',
  '#17a2b8',
  '#8b5a2b',
  '#343a40',
];

/** A diverging colour for a regression value in [-1, 1]: orange below 0, blue above, white at 0. */
export function valueColor(value: number): string {
  const t = Math.max(-1, Math.min(1, value));
  const [r, g, b] = t < 0 ? [245, 147, 34] : [8, 119, 189];
  const mix = (c: number) => Math.round(255 + (c - 255) * Math.abs(t));
  return `rgb(${mix(r)}, ${mix(g)}, ${mix(b)})`;
}

/**
 * Axis ticks from 0 to a round number at or above `max`, about `count` of them, at steps of 1, 2,
 * 2.5 or 5 times a power of ten: 0.614 gives 0, 0.2, 0.4, 0.6, 0.8.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / (count - 1);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * power >= rough) ?? 10) * power;
  const steps = Math.ceil(max / step - 1e-9);
  return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
}
