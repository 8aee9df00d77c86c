import type { DatasetName } from '../../data/catalog';
import { DATASETS } from '../../data/catalog';
import { CURVE_RANGE } from '../../data/curve';
import type { Dataset } from '../../data/types';
import type { Bounds } from '../shared/plot-scale';

export interface ThumbnailPlot {
  data: Dataset;
  bounds: Bounds;
  columns: [number, number];
}

export const PLANE_BOUNDS: Bounds = { xMin: -6, xMax: 6, yMin: -6, yMax: 6 };
const IRIS_PETALS: Bounds = { xMin: 0.5, xMax: 7.5, yMin: -0.3, yMax: 2.8 };

/** Pairs each value of a 1-D signal with its position, to plot it as points. */
function asPoints(xs: ArrayLike<number>, ys: ArrayLike<number>): Dataset {
  const features = new Float32Array(xs.length * 2);
  for (let i = 0; i < xs.length; i++) {
    features[2 * i] = xs[i] as number;
    features[2 * i + 1] = ys[i] as number;
  }
  return { features, targets: Float32Array.from(ys), count: xs.length, featureCount: 2 };
}

const cache = new Map<DatasetName, ThumbnailPlot | null>();

/** A small fixed sample of a generated dataset for its picker thumbnail; null for external data. */
export function thumbnailPlot(name: DatasetName): ThumbnailPlot | null {
  if (cache.has(name)) return cache.get(name) ?? null;
  const entry = DATASETS[name];
  let plot: ThumbnailPlot | null = null;
  if (entry.source === 'generated') {
    const { data } = entry.generate({
      name,
      seed: 1,
      numPoints: Math.min(entry.defaults.numPoints, 200),
      noise: entry.defaults.noise,
    });
    if (name === 'curve') {
      plot = {
        data: asPoints(data.features, data.targets),
        bounds: { xMin: CURVE_RANGE.min, xMax: CURVE_RANGE.max, yMin: -1.6, yMax: 1.6 },
        columns: [0, 1],
      };
    } else if (name === 'sequence') {
      const n = Math.min(data.count, 120);
      const xs = Array.from({ length: n }, (_, i) => i);
      plot = {
        data: asPoints(xs, data.targets.subarray(0, n)),
        bounds: { xMin: 0, xMax: n, yMin: -2, yMax: 2 },
        columns: [0, 1],
      };
    } else if (name === 'iris') {
      plot = { data, bounds: IRIS_PETALS, columns: [2, 3] };
    } else {
      plot = { data, bounds: PLANE_BOUNDS, columns: [0, 1] };
    }
  }
  cache.set(name, plot);
  return plot;
}
