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
import { formatLoss, formatPercent } from './format';
import type { SeriesChartProps } from './SeriesChart';

/** The recharts part of SeriesChart, a chunk of its own: recharts is loaded after the first paint. */
export function SeriesPlot({
  history,
  epochs,
  series,
  percent,
  height,
}: Required<Pick<SeriesChartProps, 'history' | 'epochs' | 'series' | 'percent' | 'height'>>) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart data={history} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
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
            type="monotone"
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
