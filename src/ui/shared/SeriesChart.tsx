import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochMetrics } from '../../engine/client/protocol';
import { LazyArea, PartLoading, lazyPart } from './lazy-part';
import { LineSwatch } from './LineSwatch';

export const TRAIN_COLOR = '#2563eb';
export const VALIDATION_COLOR = '#dc2626';

type SeriesKey = 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy';
type Series = readonly { key: SeriesKey; name: string; color: string }[];

/** A metric's train and validation lines; made once per module, so memoised charts skip. */
export const seriesPair = (
  metric: 'loss' | 'accuracy',
  train: string,
  validation: string,
): Series => [
  { key: metric, name: train, color: TRAIN_COLOR },
  { key: metric === 'loss' ? 'valLoss' : 'valAccuracy', name: validation, color: VALIDATION_COLOR },
];

export interface SeriesChartProps {
  title: string;
  history: EpochMetrics[];
  epochs: number;
  series: Series;
  percent?: boolean;
  height?: number;
  /** What the empty chart says before the first epoch (by default: press Train). */
  empty?: string;
}

/** The plot itself (recharts, the largest library the page uses) is fetched after the first paint. */
export const seriesPlot = lazyPart(() => import('./SeriesPlot').then((m) => m.SeriesPlot));

/**
 * Metrics per epoch as lines, one per series, with the x-axis fixed to the planned epochs.
 * Memoised: the urgent render of a new epoch skips it, the deferred one redraws it.
 */
export const SeriesChart = memo(function SeriesChart({
  title,
  history,
  epochs,
  series,
  percent = false,
  height = 240,
  empty,
}: SeriesChartProps) {
  const { t } = useTranslation('shared');
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <LazyArea
        area={t('chart.area', { title })}
        fallback={<PartLoading style={{ height }} label={t('chart.loading')} />}
      >
        <seriesPlot.Component
          history={history}
          epochs={epochs}
          series={series}
          percent={percent}
          height={height}
        />
        {/* Inside the lazy area: not drawn over its placeholder or its error message. */}
        {history.length === 0 && <p className="chart-empty">{empty ?? t('chart.empty')}</p>}
      </LazyArea>
      <ul className="chart-legend">
        {series.map(({ key, name, color }) => (
          <li key={key}>
            <LineSwatch stroke={color} strokeWidth={2} />
            {name}
          </li>
        ))}
      </ul>
    </figure>
  );
});
