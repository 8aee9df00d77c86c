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
import { formatLoss, formatPercent } from './format';

const TRAIN_COLOR = '#2563eb';
const VALIDATION_COLOR = '#dc2626';

interface TrialCurveProps {
  title: string;
  history: EpochMetrics[];
  train: 'loss' | 'accuracy';
  validation: 'valLoss' | 'valAccuracy';
  percent: boolean;
}

/** One trial's train and validation curve of one metric. */
function TrialCurve({ title, history, train, validation, percent }: TrialCurveProps) {
  const format = (value: number) => (percent ? formatPercent(value) : formatLoss(value));
  return (
    <figure className="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <ResponsiveContainer width="100%" height={200}>
        <LineChart data={history} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="epoch" type="number" domain={[1, 'dataMax']} allowDecimals={false} />
          <YAxis
            domain={percent ? [0, 1] : [0, 'auto']}
            tickFormatter={(v: number) => (percent ? `${Math.round(v * 100)}%` : formatLoss(v))}
            width={52}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? format(value) : String(value))}
            labelFormatter={(epoch) => `Epoch ${String(epoch)}`}
          />
          <Legend />
          <Line
            type="monotone"
            dataKey={train}
            name="Train"
            stroke={TRAIN_COLOR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
          <Line
            type="monotone"
            dataKey={validation}
            name="Validation"
            stroke={VALIDATION_COLOR}
            dot={false}
            strokeWidth={2}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** Loss (and, for classification, accuracy) per epoch of one trial. */
export function TrialCurves({ name, history }: { name: string; history: EpochMetrics[] }) {
  const classification = history.some((m) => m.valAccuracy !== null);
  return (
    <div className="charts">
      <TrialCurve
        title={`${name}: train and validation loss`}
        history={history}
        train="loss"
        validation="valLoss"
        percent={false}
      />
      {classification && (
        <TrialCurve
          title={`${name}: train and validation accuracy`}
          history={history}
          train="accuracy"
          validation="valAccuracy"
          percent
        />
      )}
    </div>
  );
}
