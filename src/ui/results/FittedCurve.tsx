import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Scatter,
  XAxis,
  YAxis,
} from 'recharts';
import type { Dataset } from '../../data/types';
import type { PredictionsOf } from '../../engine/client/protocol';
import type { PreparedData } from '../../experiment/prepare';
import { formatSignificant } from '../i18n/format';

interface FittedCurveProps {
  curve: PredictionsOf<'curve'>;
  data: PreparedData;
}

const pairs = (d: Dataset) =>
  Array.from({ length: d.count }, (_, i) => ({
    x: d.features[i * d.featureCount] as number,
    y: d.targets[i] as number,
  }));

/** The x-range of the curve widened to half a power of ten, so recharts picks round ticks. */
function roundDomain(xs: Float32Array): [number, number] {
  const lo = xs[0] ?? 0;
  const hi = xs[xs.length - 1] ?? 1;
  const step = hi > lo ? 10 ** Math.floor(Math.log10(hi - lo)) / 2 : 1;
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/** Three significant digits; `|| 0` keeps a tick at -0 from reading "-0". */
const formatTick = (value: number) => formatSignificant(value || 0, 3);

/** The 1-D regression data (train and validation) with the curve the model currently predicts. */
export function FittedCurve({ curve, data }: FittedCurveProps) {
  const { t } = useTranslation('results');
  const train = useMemo(() => pairs(data.train), [data.train]);
  const validation = useMemo(() => pairs(data.validation), [data.validation]);
  const fitted = useMemo(
    () => Array.from(curve.xs, (x, i) => ({ x, y: curve.ys[i] as number })),
    [curve],
  );
  return (
    <div className="fitted-curve" role="img" aria-label={t('curve.label', { epoch: curve.epoch })}>
      <ResponsiveContainer width="100%" height={240}>
        <ComposedChart margin={{ top: 8, right: 8, bottom: 0, left: -20 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={roundDomain(curve.xs)}
            tickFormatter={formatTick}
          />
          <YAxis type="number" dataKey="y" domain={['auto', 'auto']} tickFormatter={formatTick} />
          <Legend iconSize={9} wrapperStyle={{ fontSize: 12 }} />
          <Scatter data={train} name={t('curve.train')} fill="#0877bd" isAnimationActive={false} />
          <Scatter
            data={validation}
            name={t('curve.validation')}
            fill="#f59322"
            shape="diamond"
            isAnimationActive={false}
          />
          <Line
            data={fitted}
            dataKey="y"
            name={t('curve.prediction')}
            stroke="#0f172a"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
