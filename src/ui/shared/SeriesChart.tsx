import { memo } from 'react';
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { EpochMetrics } from '../../engine/client/protocol';
import { thinEvenly } from '../../lib/thin';
import { formatLoss, formatPercent } from './format';

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

interface SeriesChartProps {
  title: string;
  history: EpochMetrics[];
  epochs: number;
  series: readonly {
    key: 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy';
    name: string;
    color: string;
  }[];
  percent?: boolean;
  height?: number;
  /** What the empty chart says before the first epoch. */
  empty?: string;
}

/** Metrics per epoch as lines, one per series, with the x-axis fixed to the planned epochs. */
/** More points than a chart has pixels only cost rendering: a long run is thinned to this many. */
const MAX_POINTS = 800;

/** Memoised: the urgent render of a new epoch skips it, the deferred one redraws it. */
export const SeriesChart = memo(function SeriesChart({
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
      <ResponsiveContainer width="100%" height={height}>
        <LineChart
          data={thinEvenly(history, MAX_POINTS)}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[1, Math.max(2, epochs)]}
            allowDecimals={false}
            label={{ value: 'epoch', position: 'insideBottomRight', offset: -2 }}
          />
          <YAxis
            domain={percent ? [0, 1] : [0, 'auto']}
            tickFormatter={(v: number) => (percent ? `${Math.round(v * 100)}%` : formatLoss(v))}
            width={52}
          />
          <Tooltip
            formatter={(value) =>
              typeof value === 'number'
                ? percent
                  ? formatPercent(value)
                  : formatLoss(value)
                : String(value)
            }
            labelFormatter={(epoch) => `Epoch ${String(epoch)}`}
          />
          <Legend />
          {series.map((s) => (
            <Line
              key={s.key}
              type="linear"
              dataKey={s.key}
              name={s.name}
              stroke={s.color}
              dot={false}
              strokeWidth={2}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {history.length === 0 && <p className="chart-empty">{empty}</p>}
    </figure>
  );
});
