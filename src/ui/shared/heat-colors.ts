/** Colour maps for small pictures of values (hidden units, saliency, attributions, digits). */

type Rgb = readonly [number, number, number];

const ORANGE: Rgb = [245, 147, 34];
const BLUE: Rgb = [8, 119, 189];
const RED: Rgb = [200, 30, 45];

const mix = ([r, g, b]: Rgb, amount: number): Rgb => {
  const t = Math.max(0, Math.min(1, amount));
  return [255 + (r - 255) * t, 255 + (g - 255) * t, 255 + (b - 255) * t];
};

function paint(count: number, colorAt: (i: number) => Rgb, flipRows?: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(count * 4);
  const width = flipRows ? count / flipRows : count;
  for (let i = 0; i < count; i++) {
    // Row 0 of a function's grid is at its lowest y: drawn at the bottom.
    const target = flipRows ? (flipRows - 1 - Math.floor(i / width)) * width + (i % width) : i;
    rgba.set([...colorAt(i), 255], target * 4);
  }
  return rgba;
}

/** The largest absolute value among `count` values from `offset`; 1 when all are 0. */
export function reach(values: Float32Array, offset: number, count: number): number {
  let top = 0;
  for (let i = 0; i < count; i++) top = Math.max(top, Math.abs(values[offset + i] as number));
  return top > 0 && Number.isFinite(top) ? top : 1;
}

/**
 * Orange below zero, white at zero, blue above, on [-scale, scale] (TensorFlow Playground's
 * colours). `rows` flips a grid whose row 0 is at the bottom.
 */
export function divergingRgba(
  values: Float32Array,
  offset: number,
  count: number,
  scale: number,
  rows?: number,
): Uint8ClampedArray {
  return paint(
    count,
    (i) => {
      const t = (values[offset + i] as number) / scale;
      return mix(t < 0 ? ORANGE : BLUE, Math.abs(t));
    },
    rows,
  );
}

/** White at zero to red at `scale`: how strongly each pixel sways the answer. */
export function intensityRgba(
  values: Float32Array,
  offset: number,
  count: number,
  scale: number,
): Uint8ClampedArray {
  return paint(count, (i) => mix(RED, Math.abs(values[offset + i] as number) / scale));
}

/** A digit as on paper: ink for 1, white for 0. */
export function inkRgba(values: Float32Array, offset: number, count: number): Uint8ClampedArray {
  return paint(count, (i) => {
    const ink = 255 * (1 - Math.max(0, Math.min(1, values[offset + i] as number)));
    return [ink, ink, ink];
  });
}
