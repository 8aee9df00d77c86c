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
