import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
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
import { formatCount, formatNumber } from '../i18n/format';
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
/** Where the x-axis names itself: a recharts position, not a word. */
const INSIDE_BOTTOM_RIGHT = 'insideBottomRight';

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
  const { t } = useTranslation('lessons');
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
    <section className="comparison" aria-label={t('comparison.label')}>
      <figure className="chart">
        <figcaption>{t('comparison.caption')}</figcaption>
        <ComparisonChart
          data={data}
          rows={rows}
          epochs={epochs}
          log={log}
          ceiling={ceiling}
          summary={chartSummary(rows)}
        />
        {data.length === 0 && <p className="chart-empty">{t('comparison.empty')}</p>}
        <ul className="chart-legend">
          {rows.map((row, k) => (
            <li key={`${k}:${row.key}`}>
              <LineSwatch stroke={row.color} strokeWidth={2} />
              {row.label}
            </li>
          ))}
          <li>
            <LineSwatch stroke={MUTED} strokeWidth={2} />
            {t('comparison.validation')}
          </li>
          <li>
            <LineSwatch stroke={MUTED} strokeWidth={1.5} dash={TRAIN_DASH} />
            {t('comparison.training')}
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
            <label htmlFor={logId}>{t('comparison.logAxis')}</label>
          </p>
        )}
      </figure>
      {/* Focusable, so a keyboard can scroll it sideways in a narrow column. */}
      <div
        className="table-scroll"
        tabIndex={0}
        role="region"
        aria-label={t('comparison.tableRegion')}
      >
        <table className="comparison-table">
          <caption>{t('comparison.table')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('comparison.columns.variant')}</th>
              <th scope="col" className="num">
                {t('comparison.columns.params')}
              </th>
              <th scope="col" className="num">
                {t('comparison.columns.epochs')}
              </th>
              <th scope="col" className="num">
                {t('comparison.columns.trainLoss')}
              </th>
              <th scope="col" className="num">
                {t('comparison.columns.bestValLoss')}
              </th>
              {classification && (
                <th scope="col" className="num">
                  {t('comparison.columns.valAccuracy')}
                </th>
              )}
              <th scope="col" className="num">
                {t('comparison.columns.seconds')}
              </th>
              <th scope="col">{t('comparison.columns.status')}</th>
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
  const { t } = useTranslation('lessons');
  return (
    <tr>
      <th scope="row">
        <LineSwatch stroke={row.color} strokeWidth={3} />
        {row.label}
      </th>
      <td className="num">{row.params === null ? '—' : formatCount(row.params)}</td>
      <td className="num">
        {t('comparison.epochsOf', {
          epochs: formatCount(row.epochs),
          planned: formatCount(row.plannedEpochs),
        })}
      </td>
      <td className="num">{row.trainLoss === null ? '—' : formatLoss(row.trainLoss)}</td>
      <td className="num">
        {row.bestValLoss === null
          ? '—'
          : t('comparison.bestAt', {
              loss: formatLoss(row.bestValLoss),
              epoch: formatCount(row.bestEpoch ?? 0),
            })}
      </td>
      {classification && <td className="num">{formatPercent(row.valAccuracy)}</td>}
      <td className="num">{row.seconds === null ? '—' : formatNumber(row.seconds, 1, 1)}</td>
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
  const { t } = useTranslation('lessons');
  const axisWidth = useAxisSize(56);
  // The x-axis keeps a line under its ticks for its name, so "epoch" never sits on the last one.
  const axisHeight = useAxisSize(40);
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
            height={axisHeight}
            label={{ value: t('comparison.epochAxis'), position: INSIDE_BOTTOM_RIGHT, offset: 0 }}
          />
          <YAxis
            scale={log ? 'log' : 'auto'}
            domain={[log ? 'auto' : 0, ceiling ?? 'auto']}
            allowDataOverflow
            tickFormatter={(v: number) => (v >= 1e4 ? v.toExponential(0) : formatLoss(v))}
            width={axisWidth}
          />
          <Tooltip
            formatter={(value) => (typeof value === 'number' ? formatLoss(value) : String(value))}
            labelFormatter={(epoch) => t('comparison.epoch', { epoch: String(epoch) })}
          />
          {rows.flatMap((row, k) => [
            <Line
              key={`val${k}`}
              type="linear"
              dataKey={`val${k}`}
              name={t('comparison.validationLine', { label: row.label })}
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
              name={t('comparison.trainingLine', { label: row.label })}
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
