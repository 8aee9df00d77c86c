import type { EpochMetrics } from '../../engine/client/protocol';
import { LazyArea, PartLoading, lazyPart } from './lazy-part';

export const TRAIN_COLOR = '#2563eb';
export const VALIDATION_COLOR = '#dc2626';

export interface SeriesChartProps {
  title: string;
  history: EpochMetrics[];
  epochs: number;
  series: { key: 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy'; name: string; color: string }[];
  percent?: boolean;
  height?: number;
  /** What the empty chart says before the first epoch. */
  empty?: string;
}

/** The plot itself (recharts, the largest library the page uses) is fetched after the first paint. */
export const seriesPlot = lazyPart(() => import('./SeriesPlot').then((m) => m.SeriesPlot));

/** Metrics per epoch as lines, one per series, with the x-axis fixed to the planned epochs. */
export function SeriesChart({
  title,
  history,
  epochs,
  series,
  percent = false,
  height = 240,
  empty = 'No epochs yet: press Train and the curves appear here live.',
}: SeriesChartProps) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <LazyArea
        area={`the chart "${title}"`}
        fallback={<PartLoading style={{ height }} label="Loading the chart…" />}
      >
        <seriesPlot.Component
          history={history}
          epochs={epochs}
          series={series}
          percent={percent}
          height={height}
        />
        {/* Inside the lazy area: not drawn over its placeholder or its error message. */}
        {history.length === 0 && <p className="chart-empty">{empty}</p>}
      </LazyArea>
    </figure>
  );
}
