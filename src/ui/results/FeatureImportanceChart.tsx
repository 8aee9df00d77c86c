import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PredictionsOf } from '../../engine/client/protocol';
import { formatFraction, formatNumber } from '../i18n/format';
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
  const { t } = useTranslation('results');
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
  const height = features.length * ROW + 8;
  const baseline =
    importance.metric === 'accuracy'
      ? formatFraction(importance.baseline, 1)
      : formatNumber(importance.baseline, 3, 3);
  const drop = (value: number) => formatDrop(t, value, importance.metric);

  return (
    <figure className="feature-importance">
      <figcaption>
        {t(
          importance.metric === 'accuracy'
            ? 'featureImportance.captionAccuracy'
            : 'featureImportance.captionR2',
          { count: importance.repeats, baseline },
        )}
      </figcaption>
      <svg
        className="plot"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-label={t('featureImportance.label', {
          features: features
            .map((f) => `${f.name} ${drop(f.mean)}`)
            .join(t('featureImportance.separator')),
        })}
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
                {drop(feature.mean)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="hint">{t('featureImportance.hint')}</p>
    </figure>
  );
}

/** A drop in accuracy in percentage points ("1.5 pts"), a drop in R² as a number. */
const formatDrop = (t: TFunction<'results'>, value: number, metric: 'accuracy' | 'r2') =>
  metric === 'accuracy'
    ? t('featureImportance.points', { value: formatNumber(value * 100, 1, 1) })
    : formatNumber(value, 3, 3);
