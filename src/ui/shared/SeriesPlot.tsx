import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useTranslation } from 'react-i18next';
import { useAxisSize } from './use-axis-size';
import { thinEvenly } from '../../lib/thin';
import { formatLoss, formatPercent } from './format';
import { formatFraction } from '../i18n/format';
import type { SeriesChartProps } from './SeriesChart';

/** More points than a chart has pixels only cost rendering: a long run is thinned to this many. */
const MAX_POINTS = 800;
/** Where the x-axis names itself: a recharts position, not a word. */
const INSIDE_BOTTOM_RIGHT = 'insideBottomRight';

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
  const { t } = useTranslation('shared');
  const axisWidth = useAxisSize(52);
  // The x-axis keeps a line under its ticks for its name, so "epoch" never sits on the last one.
  const axisHeight = useAxisSize(40);
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
          height={axisHeight}
          label={{ value: t('chart.epochAxis'), position: INSIDE_BOTTOM_RIGHT, offset: 0 }}
        />
        <YAxis
          domain={percent ? [0, 1] : [0, 'auto']}
          tickFormatter={(v: number) => (percent ? formatFraction(v, 0) : formatLoss(v))}
          width={axisWidth}
        />
        <Tooltip
          formatter={(value) =>
            typeof value === 'number'
              ? percent
                ? formatPercent(value)
                : formatLoss(value)
              : String(value)
          }
          labelFormatter={(epoch) => t('chart.epoch', { epoch: String(epoch) })}
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
