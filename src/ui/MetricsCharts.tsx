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
import type { EpochMetrics } from '../engine/protocol';
import { specDatasetInfo } from '../spec/dataset-info';
import { useAppState } from './store-context';
import { formatLoss, formatPercent } from './format';

const TRAIN_COLOR = '#2563eb';
const VALIDATION_COLOR = '#dc2626';

interface SeriesChartProps {
  title: string;
  history: EpochMetrics[];
  epochs: number;
  series: { key: 'loss' | 'valLoss' | 'accuracy' | 'valAccuracy'; name: string; color: string }[];
  percent?: boolean;
}

function SeriesChart({ title, history, epochs, series, percent = false }: SeriesChartProps) {
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={240}>
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
      {history.length === 0 && (
        <p className="chart-empty">No epochs yet: press Train and the curves appear here live.</p>
      )}
    </figure>
  );
}

export function MetricsCharts() {
  const history = useAppState((s) => s.run.history);
  // Before the first run the charts follow the spec being edited, then the spec of the run shown.
  const epochs = useAppState(
    (s) => (s.run.status === 'idle' ? s.spec : s.run.spec).training.epochs,
  );
  const regression = useAppState(
    (s) =>
      specDatasetInfo((s.run.status === 'idle' ? s.spec : s.run.spec).dataset).task ===
      'regression',
  );
  return (
    <div className="charts">
      <SeriesChart
        title="Loss per epoch"
        history={history}
        epochs={epochs}
        series={[
          { key: 'loss', name: 'Train loss', color: TRAIN_COLOR },
          { key: 'valLoss', name: 'Validation loss', color: VALIDATION_COLOR },
        ]}
      />
      {!regression && (
        <SeriesChart
          title="Accuracy per epoch"
          history={history}
          epochs={epochs}
          percent
          series={[
            { key: 'accuracy', name: 'Train accuracy', color: TRAIN_COLOR },
            { key: 'valAccuracy', name: 'Validation accuracy', color: VALIDATION_COLOR },
          ]}
        />
      )}
    </div>
  );
}
