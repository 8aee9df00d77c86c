import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../lib/count-format';
import { thinEvenly } from '../../lib/thin';
import { formatLoss, formatPercent } from '../shared/format';
import { LineSwatch } from '../shared/LineSwatch';
import { useAppState } from '../shared/store-context';
import type { ComparisonRow } from './comparison-rows';
import {
  chartRows,
  chartSummary,
  comparisonRows,
  lossCeiling,
  spansWidely,
} from './comparison-rows';

/** More points than a chart has pixels only cost rendering: a long run is thinned to this many. */
const MAX_POINTS = 800;
const TRAIN_DASH = '5 4';
const MUTED = '#64748b';

export interface ComparisonViewProps {
  /** Each variant's label by its key; a key without one is shown as it is. */
  labels: Record<string, string>;
}

/**
 * The variants of a lesson's comparison side by side: every variant's validation loss (solid)
 * and training loss (dashed) on one chart, a colour each, and a table of what each reached. The
 * store applies streamed epochs once a frame, so the chart redraws at most that often.
 */
export function ComparisonView({ labels }: ComparisonViewProps) {
  // The chart and table follow at a low priority, in slices React can interrupt for input.
  const variants = useDeferredValue(useAppState((s) => s.compare.variants));
  const rows = useMemo(() => comparisonRows(variants, labels), [variants, labels]);
  const ceiling = useMemo(() => lossCeiling(variants), [variants]);
  const wide = useMemo(() => spansWidely(variants, 100, ceiling), [variants, ceiling]);
  // A log axis by default once the losses span over 100×; the reader may switch it off.
  const [logChosen, setLogChosen] = useState<boolean | null>(null);
  const log = wide && (logChosen ?? true);
  const data = useMemo(() => thinEvenly(chartRows(variants, log), MAX_POINTS), [variants, log]);
  const epochs = Math.max(2, ...variants.map((v) => v.spec.training.epochs));
  const classification = rows.some((row) => row.classification);
  const logId = useId();
  return (
    <section className="comparison" aria-label="Side-by-side comparison">
      <figure className="chart">
        <figcaption>Loss per epoch: validation solid, training dashed</figcaption>
        <ComparisonChart
          data={data}
          rows={rows}
          epochs={epochs}
          log={log}
          ceiling={ceiling}
          summary={chartSummary(rows)}
        />
        {data.length === 0 && (
          <p className="chart-empty">
            No epochs yet: each variant’s curves appear here as it trains.
          </p>
        )}
        <ul className="chart-legend">
          {rows.map((row, k) => (
            <li key={`${k}:${row.key}`}>
              <LineSwatch stroke={row.color} strokeWidth={2} />
              {row.label}
            </li>
          ))}
          <li>
            <LineSwatch stroke={MUTED} strokeWidth={2} />
            validation
          </li>
          <li>
            <LineSwatch stroke={MUTED} strokeWidth={1.5} dash={TRAIN_DASH} />
            training
          </li>
        </ul>
        {wide && (
          <p className="hint">
            <input
              id={logId}
              type="checkbox"
              checked={log}
              onChange={(event) => setLogChosen(event.currentTarget.checked)}
            />{' '}
            <label htmlFor={logId}>Logarithmic loss axis (the losses span over 100×)</label>
          </p>
        )}
      </figure>
      {/* Focusable, so a keyboard can scroll it sideways in a narrow column. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label="Variants compared, table"
      >
        <table className="comparison-table">
          <caption>Variants compared</caption>
          <thead>
            <tr>
              <th scope="col">Variant</th>
              <th scope="col" className="num">
                Parameters
              </th>
              <th scope="col" className="num">
                Epochs
              </th>
              <th scope="col" className="num">
                Training loss
              </th>
              <th scope="col" className="num">
                Best validation loss (epoch)
              </th>
              {classification && (
                <th scope="col" className="num">
                  Validation accuracy
                </th>
              )}
              <th scope="col" className="num">
                Time (s)
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, k) => (
              <VariantRow key={`${k}:${row.key}`} row={row} classification={classification} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One variant's numbers; a row whose numbers did not change does not render again. */
const VariantRow = memo(function VariantRow({
  row,
  classification,
}: {
  row: ComparisonRow;
  classification: boolean;
}) {
  return (
    <tr>
      <th scope="row">
        <LineSwatch stroke={row.color} strokeWidth={3} />
        {row.label}
      </th>
      <td className="num">{row.params === null ? '—' : formatCount(row.params)}</td>
      <td className="num">
        {row.epochs} of {row.plannedEpochs}
      </td>
      <td className="num">{row.trainLoss === null ? '—' : formatLoss(row.trainLoss)}</td>
      <td className="num">
        {row.bestValLoss === null ? '—' : `${formatLoss(row.bestValLoss)} (${row.bestEpoch})`}
      </td>
      {classification && <td className="num">{formatPercent(row.valAccuracy)}</td>}
      <td className="num">{row.seconds === null ? '—' : row.seconds.toFixed(1)}</td>
      <td className={row.failed ? 'field-error' : undefined}>{row.status}</td>
    </tr>
  );
});

interface ComparisonChartProps {
  data: readonly Record<string, number>[];
  rows: readonly ComparisonRow[];
  epochs: number;
  log: boolean;
  /** The axis's top; a diverging variant's line leaves the chart there. */
  ceiling: number | null;
  summary: string;
}

/**
 * The recharts chart, memoised: it redraws when the data (once a frame while streaming) or the
 * axis changes. Its picture is an image to assistive technology; the table holds the numbers.
 */
const ComparisonChart = memo(function ComparisonChart({
  data,
  rows,
  epochs,
  log,
  ceiling,
  summary,
}: ComparisonChartProps) {
  return (
    <div role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart
          data={data as Record<string, number>[]}
          margin={{ top: 8, right: 16, bottom: 4, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={[1, epochs]}
            allowDecimals={false}
            label={{ value: 'epoch', position: 'insideBottomRight', offset: -2 }}
          />
          <YAxis
            scale={log ? 'log' : 'auto'}
            domain={[log ? 'auto' : 0, ceiling ?? 'auto']}
            allowDataOverflow
            tickFormatter={(v: number) => (v >= 1e4 ? v.toExponential(0) : formatLoss(v))}
            width={56}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatLoss(value) : String(value))}
            labelFormatter={(epoch) => `Epoch ${String(epoch)}`}
          />
          {rows.flatMap((row, k) => [
            <Line
              key={`val${k}`}
              type="linear"
              dataKey={`val${k}`}
              name={`${row.label}, validation`}
              stroke={row.color}
              strokeWidth={2}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />,
            <Line
              key={`train${k}`}
              type="linear"
              dataKey={`train${k}`}
              name={`${row.label}, training`}
              stroke={row.color}
              strokeWidth={1.25}
              strokeDasharray={TRAIN_DASH}
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />,
          ])}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
});
