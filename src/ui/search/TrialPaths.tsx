import type { MouseEvent } from 'react';
import { memo, useId } from 'react';
import {
  usePlotArea,
  useXAxisInverseScale,
  useXAxisScale,
  useYAxisInverseScale,
  useYAxisScale,
} from 'recharts';
import type { ObjectiveMetric } from '../../experiment/search-schema';
import type { SearchTrialView } from '../../store/search-state';
import { curvePath, nearestTrial, styleKey } from './curve-paths';
import type { TrialLineStyle } from './trial-lines';

interface TrialPathsProps {
  lines: readonly { trial: SearchTrialView; style: TrialLineStyle }[];
  objective: ObjectiveMetric;
  onSelect(number: number): void;
}

/**
 * The curves of a crowded search, drawn inside the recharts chart with its own scales but as a
 * few SVG paths, one per style, instead of one recharts `Line` per trial: hundreds of trials cost
 * a few path elements, and each curve at most two points per pixel column. A click selects the
 * curve nearest to it.
 */
export const TrialPaths = memo(function TrialPaths({
  lines,
  objective,
  onSelect,
}: TrialPathsProps) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const xOf = useXAxisInverseScale();
  const yOf = useYAxisInverseScale();
  const area = usePlotArea();
  const clipId = useId();
  if (!x || !y || !area) return null;
  const toX = (epoch: number) => x(epoch) ?? Number.NaN;
  const toY = (value: number) => y(value) ?? Number.NaN;
  const groups = new Map<string, { style: TrialLineStyle; d: string[] }>();
  for (const { trial, style } of lines) {
    const key = styleKey(style);
    const group = groups.get(key) ?? { style, d: [] };
    group.d.push(curvePath(trial.history, objective, toX, toY));
    groups.set(key, group);
  }
  const select = (event: MouseEvent<SVGGElement>) => {
    const svg = event.currentTarget.ownerSVGElement;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!svg || !matrix) return;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix);
    const epoch = Math.round(Number(xOf?.(point.x) ?? Number.NaN));
    const value = Number(yOf?.(point.y) ?? Number.NaN);
    const trials = lines.map((line) => line.trial);
    const number = nearestTrial(trials, objective, epoch, value);
    if (number !== null) onSelect(number);
  };
  return (
    <g className="trial-paths" onClick={select}>
      <clipPath id={clipId}>
        <rect x={area.x} y={area.y} width={area.width} height={area.height} />
      </clipPath>
      <g clipPath={`url(#${clipId})`}>
        {[...groups.values()].map(({ style, d }) => (
          <path
            key={styleKey(style)}
            d={d.join('')}
            fill="none"
            stroke={style.stroke}
            strokeWidth={style.strokeWidth}
            strokeOpacity={style.strokeOpacity}
            strokeDasharray={style.dash ?? undefined}
            strokeLinejoin="round"
            pointerEvents="visibleStroke"
          />
        ))}
      </g>
    </g>
  );
});
