import type { MouseEvent } from 'react';
import { useDeferredValue, useId, useMemo } from 'react';
import {
  useActiveTooltipLabel,
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisInverseScale,
  useYAxisScale,
} from 'recharts';
import { useShallow } from 'zustand/shallow';
import type { ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import { useAppState } from '../shared/store-context';
import { cachedCurvePath, nearestTrial, styleKey } from './curve-paths';
import type { TrialLineStyle } from './trial-lines';
import { LINE_STYLES, styledLines } from './trial-lines';
import { objectiveAt } from './trial-values';
import { useSelectedTrial } from './selected-trial';

type Line = { trial: SearchTrialView; style: TrialLineStyle };

/** The best, the selected and the running curves are drawn each on its own, on top. */
const emphasised = (line: Line) => line.style.rank >= LINE_STYLES.running.rank;

/**
 * Every trial's curve, drawn inside the recharts chart with its scales but as plain SVG paths
 * (at most two points per pixel column each): the curves that have settled share one path per
 * style, and the few that stand out get one each. It follows the store itself, so streaming
 * epochs redraw these paths and not the chart's axes, grid and tooltip around them. A click
 * selects the curve nearest to it.
 */
export function TrialPaths({ objective }: { objective: ObjectiveMetric }) {
  const { selected, onSelect } = useSelectedTrial();
  const latest = useAppState(
    useShallow((s) => ({ trials: s.search.trials, bestNumber: s.search.bestNumber })),
  );
  // Curves redraw at a low priority, in slices React can interrupt for input.
  const { trials, bestNumber } = useDeferredValue(latest);
  const x = useXAxisScale();
  const y = useYAxisScale();
  const xOf = useXAxisInverseScale();
  const yOf = useYAxisInverseScale();
  const area = usePlotArea();
  const hovered = useActiveTooltipLabel();
  const clipId = useId();
  const toX = (epoch: number) => x?.(epoch) ?? Number.NaN;
  const toY = (value: number) => y?.(value) ?? Number.NaN;
  // Two points fix a linear scale: this names both scales for the path cache.
  const scale = `${toX(0)},${toX(1)},${toY(0)},${toY(1)}`;
  const lines = styledLines(trials, bestNumber, selected);
  const settled = lines.filter((line) => !emphasised(line));
  const signature = settled
    .map(({ trial, style }) => `${trial.number}:${trial.history.length}:${styleKey(style)}`)
    .join(' ');
  const groups = useMemo(() => {
    const byStyle = new Map<string, { style: TrialLineStyle; d: string[]; numbers: number[] }>();
    for (const { trial, style } of settled) {
      const key = styleKey(style);
      const group = byStyle.get(key) ?? { style, d: [], numbers: [] };
      group.d.push(cachedCurvePath(trial.history, objective, scale, toX, toY));
      group.numbers.push(trial.number);
      byStyle.set(key, group);
    }
    return [...byStyle.values()];
    // The signature stands for `settled`; the scales are in `scale`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature, objective, scale]);
  if (!x || !y || !area) return null;

  const select = (event: MouseEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    const epoch = Math.round(Number(xOf?.(point.x) ?? Number.NaN));
    const value = Number(yOf?.(point.y) ?? Number.NaN);
    const number = nearestTrial(
      lines.map((line) => line.trial),
      objective,
      epoch,
      value,
    );
    if (number !== null) onSelect(number);
  };
  const stroke = (style: TrialLineStyle) => ({
    fill: 'none',
    stroke: style.stroke,
    strokeWidth: style.strokeWidth,
    strokeOpacity: style.strokeOpacity,
    strokeDasharray: style.dash ?? undefined,
    strokeLinejoin: 'round' as const,
    pointerEvents: 'visibleStroke' as const,
  });
  const standing = lines.filter(emphasised);
  const epoch = hovered === undefined ? null : Number(hovered);
  return (
    <g className="trial-paths" onClick={select}>
      <clipPath id={clipId}>
        <rect x={area.x} y={area.y} width={area.width} height={area.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {groups.map(({ style, d, numbers }) => (
          <path
            key={styleKey(style)}
            d={d.join('')}
            data-trials={numbers.join(' ')}
            {...stroke(style)}
          />
        ))}
        {standing.map(({ trial, style }) => (
          <path
            key={trial.number}
            className="trial-curve"
            d={cachedCurvePath(trial.history, objective, scale, toX, toY)}
            data-trials={trial.number}
            {...stroke(style)}
          />
        ))}
      </g>
      {epoch !== null &&
        standing.map(({ trial, style }) => {
          const value = objectiveAt(trial.history, epoch, objective);
          if (value === null) return null;
          return (
            <circle
              key={trial.number}
              className="trial-dot"
              cx={toX(epoch)}
              cy={toY(value)}
              r={3}
              fill={style.stroke}
              stroke="#fff"
              pointerEvents="none"
            />
          );
        })}
    </g>
  );
}
