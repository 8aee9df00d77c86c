import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAxisSize } from '../shared/use-axis-size';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { SavedRun } from '../../store/saved-slice';
import { formatLoss } from '../shared/format';
import { LineSwatch } from '../shared/LineSwatch';

const COLORS = ['#2563eb', '#dc2626', '#15803d', '#7c3aed', '#ea580c', '#0891b2', '#db2777'];
const TRAIN_DASH = '5 4';

interface RunsOverlayProps {
  runs: readonly SavedRun[];
  titleOf(run: SavedRun): string;
}

/** One row per epoch: each run's train and validation loss, keyed by its place in `runs`. */
export function overlayRows(runs: readonly SavedRun[]): Record<string, number>[] {
  const epochs = Math.max(0, ...runs.map((run) => run.history.length));
  return Array.from({ length: epochs }, (_, i) => {
    const row: Record<string, number> = { epoch: i + 1 };
    runs.forEach((run, k) => {
      const metrics = run.history[i];
      if (!metrics) return;
      row[`train${k}`] = metrics.loss;
      row[`val${k}`] = metrics.valLoss;
    });
    return row;
  });
}

/** The ticked runs' train (dashed) and validation (solid) loss on one chart, a colour each. */
export function RunsOverlay({ runs, titleOf }: RunsOverlayProps) {
  const { t } = useTranslation(['saved', 'shared']);
  const axisWidth = useAxisSize(52);
  const rows = useMemo(() => overlayRows(runs), [runs]);
  const color = (k: number) => COLORS[k % COLORS.length] as string;
  return (
    <figure className="chart" aria-label={t('overlay.label')}>
      <figcaption>{t('overlay.caption')}</figcaption>
      <ResponsiveContainer width="100%" height={280}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatLoss(v)}
            width={axisWidth}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatLoss(value) : String(value))}
            labelFormatter={(epoch) => t('shared:chart.epoch', { epoch: String(epoch) })}
          />
          {runs.flatMap((run, k) => [
            <Line
              key={`val${k}`}
              type="linear"
              dataKey={`val${k}`}
              name={t('overlay.validation', { title: titleOf(run) })}
              stroke={color(k)}
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
            />,
            <Line
              key={`train${k}`}
              type="linear"
              dataKey={`train${k}`}
              name={t('overlay.train', { title: titleOf(run) })}
              stroke={color(k)}
              strokeWidth={1.5}
              strokeDasharray={TRAIN_DASH}
              dot={false}
              isAnimationActive={false}
            />,
          ])}
        </LineChart>
      </ResponsiveContainer>
      <ul className="chart-legend">
        {runs.map((run, k) => (
          <li key={run.id}>
            <LineSwatch stroke={color(k)} strokeWidth={2} />
            {titleOf(run)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
