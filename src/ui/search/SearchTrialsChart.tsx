import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction, ObjectiveMetric } from '../../experiment/search-schema';
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
import { EpochBrush, epochRows } from './EpochBrush';
import type { EpochWindow } from './EpochBrush';
import { SearchTrialsLegend } from './SearchTrialsLegend';
import { SearchTrialsTooltip } from './SearchTrialsTooltip';
import { TrialPaths } from './TrialPaths';
import { SelectedTrialContext } from './selected-trial';
import { curvesMax, longestHistory } from './trial-values';
import { formatObjective, objectiveName } from './search-view';
import { useAppState } from '../shared/store-context';
import { formatLoss } from '../shared/format';
import { formatFraction } from '../i18n/format';
import { niceTicks } from '../shared/plot-scale';

interface SearchTrialsChartProps {
  selected: number | null;
  onSelect(number: number): void;
}

const Y_AXIS_WIDTH = 52;
const MARGIN = { top: 8, right: 16, bottom: 4, left: 0 };

/**
 * Every trial's objective per epoch in one chart. The zoom (a controlled Brush) and the selected
 * trial live in React state, so curves streaming in never reset what the user is looking at.
 * The chart's frame (axes, grid, tooltip) redraws only when its range changes; the curves, the
 * tooltip's values and the legend follow the trials themselves.
 */
export function SearchTrialsChart({ selected, onSelect }: SearchTrialsChartProps) {
  const { t } = useTranslation('search');
  const [chosen, setZoom] = useState<EpochWindow | null>(null);
  const { objective, direction, epochs, reached, top } = useAppState(
    useShallow(({ search }) => {
      const { trials, objective } = search;
      const longest = longestHistory(trials);
      // The search's own range (its base spec), not the builder's current epochs.
      const epochs = Math.max(search.epochLimit, longest);
      const zoom = visibleZoom(chosen, epochs);
      // Accuracy is always drawn from 0 to 100%; a loss axis fits the epochs shown.
      const max =
        objective === 'valAccuracy'
          ? null
          : curvesMax(
              trials,
              objective,
              (zoom?.startIndex ?? 0) + 1,
              (zoom?.endIndex ?? epochs) + 1,
            );
      return {
        objective,
        direction: search.direction,
        epochs,
        // How far the curves reach, only as far as the chart cares: none, one epoch, more.
        reached: Math.min(longest, 2),
        top: max === null ? null : (niceTicks(max).at(-1) ?? null),
      };
    }),
  );
  const selection = useMemo(() => ({ selected, onSelect }), [selected, onSelect]);
  return (
    <figure className="chart search-chart" aria-label={t('chart.label')}>
      <SelectedTrialContext value={selection}>
        <TrialsFrame
          epochs={epochs}
          zoom={visibleZoom(chosen, epochs)}
          top={top}
          objective={objective}
          direction={direction}
          onZoom={setZoom}
        />
      </SelectedTrialContext>
      {reached > 1 && (
        <EpochBrush
          epochs={epochs}
          zoom={visibleZoom(chosen, epochs)}
          onZoom={setZoom}
          left={Y_AXIS_WIDTH + MARGIN.left}
          right={MARGIN.right}
        />
      )}
      {reached === 0 ? (
        <p className="chart-empty">{t('chart.empty')}</p>
      ) : (
        <SearchTrialsLegend
          selected={selected}
          format={(value) => formatObjective(objective, value)}
        />
      )}
    </figure>
  );
}

/** A window past the last epoch (the spec's epochs were lowered since) shows everything. */
const visibleZoom = (chosen: EpochWindow | null, epochs: number) =>
  chosen && chosen.endIndex < epochs ? chosen : null;

interface TrialsFrameProps {
  epochs: number;
  zoom: EpochWindow | null;
  /** The y-axis's top tick for a loss; null for accuracy (0–100%) or before any value. */
  top: number | null;
  objective: ObjectiveMetric;
  direction: Direction;
  onZoom(zoom: EpochWindow | null): void;
}

const TrialsFrame = memo(function TrialsFrame({
  epochs,
  zoom,
  top,
  objective,
  direction,
  onZoom,
}: TrialsFrameProps) {
  // The frame is memoised: it re-renders on a language change through this hook.
  const { t } = useTranslation('search');
  const rows = useMemo(() => epochRows(epochs), [epochs]);
  const percent = objective === 'valAccuracy';
  const ticks = percent ? undefined : niceTicks(top ?? 1);
  const metric = objectiveName(objective);
  const format = (value: number) => formatObjective(objective, value);
  return (
    <>
      <figcaption>
        {t('chart.caption', { metric })}
        {zoom && (
          <button type="button" className="icon" onClick={() => onZoom(null)}>
            {t('chart.showAll')}
          </button>
        )}
      </figcaption>
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={MARGIN}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            dataKey="epoch"
            type="number"
            domain={zoom ? [zoom.startIndex + 1, zoom.endIndex + 1] : [1, Math.max(2, epochs)]}
            allowDataOverflow
            allowDecimals={false}
          />
          <YAxis
            domain={percent ? [0, 1] : [0, ticks?.at(-1) ?? 1]}
            {...(ticks ? { ticks } : {})}
            allowDataOverflow
            tickFormatter={(v: number) => (percent ? formatFraction(v, 0) : formatLoss(v))}
            width={Y_AXIS_WIDTH}
          />
          {/* Recharts shows a tooltip only with a series under it: a hidden one, of the epochs. */}
          <Line dataKey="epoch" hide isAnimationActive={false} />
          <Tooltip
            includeHidden
            content={({ active, label }) =>
              active && label !== undefined ? (
                <SearchTrialsTooltip
                  epoch={Number(label)}
                  objective={objective}
                  direction={direction}
                  format={format}
                />
              ) : null
            }
          />
          <TrialPaths objective={objective} />
        </LineChart>
      </ResponsiveContainer>
    </>
  );
});
