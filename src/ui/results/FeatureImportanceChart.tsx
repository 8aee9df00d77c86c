import type { PredictionsOf } from '../../engine/client/protocol';
import { useAppState } from '../shared/store-context';

interface FeatureImportanceChartProps {
  importance: PredictionsOf<'feature-importance'>;
  /** Whether the run's data is an uploaded CSV, whose column names only the page knows. */
  csv: boolean;
}

const ROW = 26;
const LABEL = 150;
const WIDTH = 560;
const VALUE = 70;

/**
 * Permutation importance (scikit-learn's): how much the validation score drops when one feature's
 * column is shuffled, so the model can no longer use it; bars are the mean over the shuffles and
 * the whiskers one standard deviation either way.
 */
export function FeatureImportanceChart({ importance, csv }: FeatureImportanceChartProps) {
  // The names of the file the run trained on: another file, or another target, has other columns.
  const csvNames = useAppState((s) => {
    const trained = s.run.spec.dataset.csv;
    if (!csv || !trained || s.csv.status !== 'loaded' || !s.csv.result.ok) return null;
    const same = s.csv.hash === trained.hash && s.csv.choices.target === trained.target;
    return same ? s.csv.result.info.featureNames : null;
  });
  const features = importance.features
    .map((feature, index) => ({ ...feature, name: csvNames?.[index] ?? feature.name }))
    .sort((a, b) => b.mean - a.mean);
  const top = Math.max(1e-9, ...features.map((f) => f.mean + f.std));
  const low = Math.min(0, ...features.map((f) => f.mean - f.std));
  const span = top - low;
  const plot = WIDTH - LABEL - VALUE;
  const xOf = (value: number) => LABEL + ((value - low) / span) * plot;
  const metric = importance.metric === 'accuracy' ? 'accuracy' : 'R²';
  const height = features.length * ROW + 8;
  const baseline =
    importance.metric === 'accuracy'
      ? `${(importance.baseline * 100).toFixed(1)}%`
      : importance.baseline.toFixed(3);

  return (
    <figure className="feature-importance">
      <figcaption>
        Permutation importance: the drop in validation {metric} when a feature is shuffled (
        {importance.repeats} shuffles each; the model scores {baseline} unshuffled)
      </figcaption>
      <svg
        className="plot"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={`Permutation importance of each feature: ${features
          .map((f) => `${f.name} ${formatDrop(f.mean, importance.metric)}`)
          .join(', ')}`}
      >
        <line className="zero-line" x1={xOf(0)} x2={xOf(0)} y1={0} y2={height} />
        {features.map((feature, index) => {
          const y = index * ROW + 4;
          const from = xOf(Math.min(0, feature.mean));
          const to = xOf(Math.max(0, feature.mean));
          return (
            <g key={feature.name} className="importance-row">
              <text x={LABEL - 8} y={y + ROW / 2 + 1} textAnchor="end">
                {feature.name}
              </text>
              <rect
                className={feature.mean < 0 ? 'fi-bar negative' : 'fi-bar'}
                x={from}
                y={y + 4}
                width={Math.max(1, to - from)}
                height={ROW - 10}
              />
              <line
                className="whisker"
                x1={xOf(feature.mean - feature.std)}
                x2={xOf(feature.mean + feature.std)}
                y1={y + ROW / 2 - 1}
                y2={y + ROW / 2 - 1}
              />
              <text x={WIDTH - 4} y={y + ROW / 2 + 1} textAnchor="end" className="value">
                {formatDrop(feature.mean, importance.metric)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="hint">
        Near zero: the model hardly uses the feature (or another feature carries the same
        information). Below zero: shuffling it happened to help, which is noise.
      </p>
    </figure>
  );
}

const formatDrop = (value: number, metric: 'accuracy' | 'r2') =>
  metric === 'accuracy' ? `${(value * 100).toFixed(1)} pts` : value.toFixed(3);
