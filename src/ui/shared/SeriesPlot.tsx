import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { thinEvenly } from '../../lib/thin';
import { formatLoss, formatPercent } from './format';
import type { SeriesChartProps } from './SeriesChart';

/** More points than a chart has pixels only cost rendering: a long run is thinned to this many. */
const MAX_POINTS = 800;

/**
 * The recharts part of SeriesChart, a chunk of its own: recharts is loaded after the first paint.
 * Straight segments: recharts measures a monotone curve's length on every render. No recharts
 * Legend: it measures itself once drawn and redraws the whole chart to make room, which doubled
 * the cost of showing a chart; SeriesChart lists the series in HTML instead.
 */
export function SeriesPlot({
  history,
  epochs,
  series,
  percent,
  height,
}: Required<Pick<SeriesChartProps, 'history' | 'epochs' | 'series' | 'percent' | 'height'>>) {
  return (
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
  );
}
