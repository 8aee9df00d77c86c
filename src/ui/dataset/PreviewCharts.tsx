import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import { SEQUENCE_TIMESTEPS, generateSignal } from '../../data/sequence';
import type { Dataset } from '../../data/types';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { PreparedData } from '../../experiment/prepare';

// The previews drawn with recharts, a chunk of their own: the default datasets need none of it.

/** Where the split markers' labels sit. */
const MARKER_LABEL = { position: 'insideTopLeft', fontSize: 11 } as const;

const pairs = (d: Dataset) =>
  Array.from({ length: d.count }, (_, i) => ({
    x: d.features[i] as number,
    y: d.targets[i] as number,
  }));

/** The 1-D curve's training and validation points, and the true curve the test uses. */
export function CurvePlot({ data }: { data: PreparedData }) {
  const { t } = useTranslation('dataset');
  const truth = useMemo(() => (data.test ? pairs(data.test) : []), [data]);
  return (
    <ResponsiveContainer width="100%" height={240}>
      <ComposedChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="x" domain={[-3, 3]} />
        <YAxis type="number" dataKey="y" domain={[-2, 2]} />
        <Legend iconSize={9} wrapperStyle={{ fontSize: 12 }} />
        <Line
          data={truth}
          dataKey="y"
          name={t('charts.trueCurve')}
          stroke="#64748b"
          dot={false}
          isAnimationActive={false}
        />
        <Scatter
          data={pairs(data.train)}
          name={t('charts.trainingPoints')}
          fill="#0877bd"
          isAnimationActive={false}
        />
        <Scatter
          data={pairs(data.validation)}
          name={t('charts.validationPoints')}
          fill="#f59322"
          shape="diamond"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

/** The sequence's signal with the points where validation and test windows begin. */
export function SequencePlot({ spec, data }: { spec: ExperimentSpec; data: PreparedData }) {
  const { t } = useTranslation('dataset');
  const points = useMemo(() => {
    const signal = generateSignal(spec.dataset);
    // At most ~600 points drawn; the split line stays exact.
    const step = Math.max(1, Math.ceil(signal.length / 600));
    return Array.from({ length: Math.ceil(signal.length / step) }, (_, i) => ({
      t: i * step,
      value: signal[i * step] as number,
    }));
  }, [spec.dataset]);
  const validationStarts = data.train.count + SEQUENCE_TIMESTEPS;
  const testStarts = validationStarts + data.validation.count;
  return (
    <ResponsiveContainer width="100%" height={220}>
      <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" dataKey="t" domain={[0, 'dataMax']} />
        <YAxis domain={[-2.5, 2.5]} />
        <Line
          dataKey="value"
          name={t('charts.signal')}
          stroke="#0877bd"
          dot={false}
          isAnimationActive={false}
        />
        <ReferenceLine
          x={validationStarts}
          stroke="#dc2626"
          label={{ value: t('charts.validationStarts'), ...MARKER_LABEL }}
        />
        {data.test && (
          <ReferenceLine
            x={testStarts}
            stroke="#7c3aed"
            label={{ value: t('charts.testStarts'), ...MARKER_LABEL }}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
