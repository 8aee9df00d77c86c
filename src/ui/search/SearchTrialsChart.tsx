import { memo, useDeferredValue, useState } from 'react';
import type { Direction, ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import { thinEvenly } from '../../lib/thin';
import {
  CartesianGrid,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useShallow } from 'zustand/shallow';
import { EpochBrush } from './EpochBrush';
import type { EpochWindow } from './EpochBrush';
import { SearchTrialsLegend } from './SearchTrialsLegend';
import { SearchTrialsTooltip } from './SearchTrialsTooltip';
import { TrialPaths } from './TrialPaths';
import { SEPARATE_LINES_LIMIT } from './curve-paths';
import type { ChartRow } from '../../store/search-curves';
import { searchCurveRows, seriesKey } from '../../store/search-curves';
import { LINE_STYLES, styledLines, windowMax } from './trial-lines';
import { OBJECTIVE_NAMES, formatObjective, trialTitle } from './search-view';
import { useAppState } from '../shared/store-context';
import { formatLoss } from '../shared/format';
import { niceTicks } from '../shared/plot-scale';

interface SearchTrialsChartProps {
  selected: number | null;
  onSelect(number: number): void;
}

const Y_AXIS_WIDTH = 52;
/** More epochs than the chart has pixels only cost rendering: the separate lines are thinned. */
const MAX_POINTS = 800;
const MARGIN = { top: 8, right: 16, bottom: 4, left: 0 };

/**
 * Every trial's objective per epoch in one chart. The zoom (a controlled Brush) and the selected
 * trial live in React state, so curves streaming in never reset what the user is looking at.
 */
export function SearchTrialsChart({ selected, onSelect }: SearchTrialsChartProps) {
  const latest = useAppState(
    useShallow((s) => ({
      trials: s.search.trials,
      rows: searchCurveRows(s),
      objective: s.search.objective,
      direction: s.search.direction,
      bestNumber: s.search.bestNumber,
      // The search's own range (its base spec), not the builder's current epochs.
      epochLimit: s.search.epochLimit,
    })),
  );
  // The chart redraws at a low priority, in slices React can interrupt for input.
  const deferred = useDeferredValue(latest);
  return <TrialsPlot {...deferred} selected={selected} onSelect={onSelect} />;
}

interface TrialsPlotProps extends SearchTrialsChartProps {
  trials: readonly SearchTrialView[];
  rows: ChartRow[];
  objective: ObjectiveMetric;
  direction: Direction;
  bestNumber: number | null;
  epochLimit: number;
}

const TrialsPlot = memo(function TrialsPlot({
  trials,
  rows,
  objective,
  direction,
  bestNumber,
  epochLimit,
  selected,
  onSelect,
}: TrialsPlotProps) {
  const epochs = Math.max(epochLimit, rows.length);
  const [chosen, setZoom] = useState<EpochWindow | null>(null);
  // A window past the last epoch (the spec's epochs were lowered since) shows everything.
  const zoom = chosen && chosen.endIndex < epochs ? chosen : null;
  const percent = objective === 'valAccuracy';
  // Zoomed in, the y-axis fits the epochs shown rather than every epoch.
  const yMax = zoom ? windowMax(rows, zoom.startIndex, zoom.endIndex) : null;
  const metric = OBJECTIVE_NAMES[objective];
  const lines = styledLines(trials, bestNumber, selected);
  // A crowded search draws its curves that are not emphasised as a few grouped paths; the y-axis
  // then takes its range from every curve, since those paths are not recharts series.
  const crowded = lines.length > SEPARATE_LINES_LIMIT;
  const emphasised = (rank: number) => rank >= LINE_STYLES.running.rank;
  const grouped = crowded ? lines.filter((line) => !emphasised(line.style.rank)) : [];
  const separate = crowded ? lines.filter((line) => emphasised(line.style.rank)) : lines;
  const allMax = crowded && !percent && !zoom ? windowMax(rows, 0, rows.length - 1) : null;
  const ticks = allMax !== null ? niceTicks(allMax) : null;
  const top = yMax ?? ticks?.at(-1) ?? null;
  const format = (value: number) => formatObjective(objective, value);

  return (
    <figure className="chart search-chart" aria-label="Validation curves of all trials">
      <figcaption>
        Validation curves of all trials: {metric} per epoch
        {zoom && (
          <button type="button" className="icon" onClick={() => setZoom(null)}>
            Show all epochs
          </button>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={thinEvenly(rows, MAX_POINTS)} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={zoom ? [zoom.startIndex + 1, zoom.endIndex + 1] : [1, Math.max(2, epochs)]}
            allowDataOverflow
            allowDecimals={false}
          />
          <YAxis
            domain={percent ? [0, 1] : [0, top ?? 'auto']}
            {...(ticks ? { ticks } : {})}
            allowDataOverflow
            tickFormatter={(v: number) => (percent ? `${Math.round(v * 100)}%` : formatLoss(v))}
            width={Y_AXIS_WIDTH}
          />
          <Tooltip
            content={({ active, label }) =>
              active ? (
                <SearchTrialsTooltip
                  row={rows.find((r) => r.epoch === Number(label))}
                  trials={trials}
                  bestNumber={bestNumber}
                  selected={selected}
                  direction={direction}
                  format={format}
                />
              ) : null
            }
          />
          {grouped.length > 0 && (
            <TrialPaths lines={grouped} objective={objective} onSelect={onSelect} />
          )}
          {separate.map(({ trial, style }) => (
            <Line
              key={trial.number}
              type="linear"
              dataKey={seriesKey(trial.number)}
              name={trialTitle(trial.number)}
              stroke={style.stroke}
              strokeWidth={style.strokeWidth}
              strokeOpacity={style.strokeOpacity}
              {...(style.dash ? { strokeDasharray: style.dash } : {})}
              dot={false}
              activeDot={style.rank >= LINE_STYLES.running.rank ? { r: 3 } : false}
              isAnimationActive={false}
              className="trial-line"
              onClick={() => onSelect(trial.number)}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      {rows.length > 1 && (
        <EpochBrush
          epochs={epochs}
          zoom={zoom}
          onZoom={setZoom}
          left={Y_AXIS_WIDTH + MARGIN.left}
          right={MARGIN.right}
        />
      )}
      {rows.length === 0 ? (
        <p className="chart-empty">Curves appear here as trials train.</p>
      ) : (
        <SearchTrialsLegend
          trials={trials}
          bestNumber={bestNumber}
          selected={selected}
          format={format}
        />
      )}
    </figure>
  );
});
