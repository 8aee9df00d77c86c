import type { KeyboardEvent, PointerEvent } from 'react';
import { useMemo, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatObjective, formatParamValue } from '../search-view';
import type { Axis } from './axes';
import { paramAxis, valueAxis } from './axes';
import { cssColor, scaleColor } from './contour';
import type { TrialFilter } from './trial-filter';
import { OBJECTIVE_KEY, brushOf, brushSpan } from './trial-filter';
import type { StudyView } from './use-study';

interface ParallelCoordinatesProps {
  study: StudyView;
  log: boolean;
  filter: TrialFilter;
  shown: ReadonlySet<number> | null;
  onFilter(filter: TrialFilter): void;
}

const WIDTH = 720;
const HEIGHT = 326;
const TOP = 48;
const BOTTOM = 310;
const SIDE = 96;
/** How far one arrow key moves a brush, and how wide a brush made from the keyboard starts. */
const KEY_STEP = 0.05;
const KEY_BRUSH = 0.25;

/**
 * One vertical axis per parameter (log where the parameter is, one band per choice) and one for
 * the objective, and a line per trial through its values, coloured by how good it is. Dragging
 * along an axis brushes a range and the table shows only the trials inside every brush; a click
 * on an axis clears its brush. From the keyboard, an axis takes arrow keys (Escape clears).
 */
export function ParallelCoordinates({
  study,
  log,
  filter,
  shown,
  onFilter,
}: ParallelCoordinatesProps) {
  const { t } = useTranslation('dashboards');
  const { complete: scored, params, direction, objective, objectiveLabel } = study;
  const svg = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ key: string; from: number; to: number } | null>(null);
  const axes = useMemo(
    () => [
      ...params.map((p) => ({ key: p.target, axis: paramAxis(p.label, p.distribution) })),
      {
        key: OBJECTIVE_KEY,
        axis: valueAxis(
          objectiveLabel,
          scored.map((trial) => trial.value),
          log,
        ),
      },
    ],
    [params, scored, objectiveLabel, log],
  );
  const objectiveAxis = (axes.at(-1) as { axis: Axis }).axis;
  const xOf = (index: number) => axisX(index, axes.length);

  // Best lines last, so they are drawn on top; colour runs from dark (best) to yellow (worst).
  const lines = useMemo(() => {
    const goodness = (value: number) => {
      const at = objectiveAxis.at(value) ?? 0;
      return direction === 'minimize' ? 1 - at : at;
    };
    return [...scored]
      .map((trial) => ({ trial, good: goodness(trial.value) }))
      .sort((a, b) => a.good - b.good)
      .map(({ trial, good }) => {
        let d = '';
        let pen = false;
        axes.forEach(({ key, axis }, index) => {
          const at = axis.at(key === OBJECTIVE_KEY ? trial.value : trial.params[key]);
          if (at === null) return void (pen = false);
          d += `${pen ? 'L' : 'M'}${axisX(index, axes.length)},${yOf(at)}`;
          pen = true;
        });
        return { trial, d, color: cssColor(scaleColor(1 - good)) };
      });
  }, [scored, axes, objectiveAxis, direction]);

  const pointerAt = (event: PointerEvent) => {
    const box = svg.current;
    const matrix = box?.getScreenCTM();
    if (!box || !matrix) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    return atOf(point.y);
  };
  const setBrush = (key: string, axis: Axis, span: [number, number] | null) => {
    const brushes = { ...filter.brushes };
    if (span) brushes[key] = brushOf(axis, span[0], span[1]);
    else delete brushes[key];
    onFilter({ ...filter, brushes });
  };
  const keyBrush = (event: KeyboardEvent, key: string, axis: Axis) => {
    const current = filter.brushes[key];
    const [from, to] = current
      ? brushSpan(axis, current)
      : [0.5 - KEY_BRUSH / 2, 0.5 + KEY_BRUSH / 2];
    const move = (delta: number) => {
      const shift = Math.max(-from, Math.min(1 - to, delta));
      setBrush(key, axis, [from + shift, to + shift]);
    };
    if (event.key === 'Escape' || event.key === 'Delete') setBrush(key, axis, null);
    else if (event.key === 'ArrowUp') move(current ? KEY_STEP : 0);
    else if (event.key === 'ArrowDown') move(current ? -KEY_STEP : 0);
    else if (event.key === '+' || event.key === '=')
      setBrush(key, axis, [Math.max(0, from - KEY_STEP), Math.min(1, to + KEY_STEP)]);
    else if (event.key === '-' && to - from > 2 * KEY_STEP)
      setBrush(key, axis, [from + KEY_STEP, to - KEY_STEP]);
    else return;
    event.preventDefault();
  };

  return (
    <figure className="dashboard-plot">
      <svg
        ref={svg}
        className="plot parallel"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-label={t('parallel.label', { objective: objectiveLabel })}
      >
        <g aria-hidden="true">
          {lines.map(({ trial, d, color }) => {
            const out = shown !== null && !shown.has(trial.number);
            return (
              <path
                key={trial.number}
                className={`trial-line${out ? ' faded' : ''}`}
                d={d}
                style={out ? undefined : { stroke: color }}
              >
                <title>
                  {t('parallel.point', {
                    number: trial.number + 1,
                    value: formatObjective(objective, trial.value),
                  })}
                </title>
              </path>
            );
          })}
        </g>
        {axes.map(({ key, axis }, index) => {
          const x = xOf(index);
          const brush = filter.brushes[key];
          const live: [number, number] | null =
            drag?.key === key ? [Math.min(drag.from, drag.to), Math.max(drag.from, drag.to)] : null;
          const span = live ?? (brush ? brushSpan(axis, brush) : null);
          return (
            <g
              key={key}
              className="pc-axis"
              tabIndex={0}
              role="group"
              aria-label={describeAxis(t, axis, span)}
              onKeyDown={(event) => keyBrush(event, key, axis)}
            >
              <line x1={x} x2={x} y1={TOP} y2={BOTTOM} className="axis-line" />
              <text x={x} y={TOP - 22} textAnchor="middle" className="axis-label">
                {labelLines(axis.label).map((line, i) => (
                  <tspan key={i} x={x} dy={i === 0 ? 0 : 13}>
                    {line}
                  </tspan>
                ))}
              </text>
              {axis.ticks.map((tick) => (
                <g key={tick.label} className="tick" aria-hidden="true">
                  <line x1={x - 4} x2={x} y1={yOf(tick.at)} y2={yOf(tick.at)} />
                  <text x={x - 7} y={yOf(tick.at) + 4} textAnchor="end">
                    {tick.label}
                  </text>
                </g>
              ))}
              {span && (
                <rect
                  className="brush"
                  x={x - 8}
                  width={16}
                  y={yOf(span[1])}
                  height={Math.max(2, yOf(span[0]) - yOf(span[1]))}
                />
              )}
              <rect
                className="brush-target"
                x={x - 14}
                width={28}
                y={TOP - 4}
                height={BOTTOM - TOP + 8}
                onPointerDown={(event) => {
                  const at = pointerAt(event);
                  if (at === null) return;
                  event.currentTarget.setPointerCapture(event.pointerId);
                  setDrag({ key, from: at, to: at });
                }}
                onPointerMove={(event) => {
                  const at = pointerAt(event);
                  if (drag?.key === key && at !== null) setDrag({ ...drag, to: at });
                }}
                onPointerUp={() => {
                  if (drag?.key !== key) return;
                  setDrag(null);
                  // A click without a drag clears the axis' brush.
                  const tiny = Math.abs(drag.to - drag.from) < 0.02;
                  setBrush(key, axis, tiny ? null : [drag.from, drag.to]);
                }}
              />
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="color-scale" aria-hidden="true" />
        <span>
          {t(direction === 'minimize' ? 'parallel.legendMinimize' : 'parallel.legendMaximize', {
            objective: objectiveLabel,
          })}
        </span>
      </figcaption>
    </figure>
  );
}

/**
 * "Layer 1 (Dense): units" on two lines, so neighbouring axes' labels do not run together; a
 * Chinese label breaks after its full-width colon.
 */
const labelLines = (label: string) => {
  const cut = label.lastIndexOf(': ');
  if (cut > 0) return [label.slice(0, cut), label.slice(cut + 2)];
  const wide = label.lastIndexOf('：');
  return wide > 0 ? [label.slice(0, wide + 1), label.slice(wide + 1)] : [label];
};

const axisX = (index: number, count: number) =>
  SIDE + (index * (WIDTH - 2 * SIDE)) / Math.max(1, count - 1);
const yOf = (at: number) => BOTTOM - at * (BOTTOM - TOP);
const atOf = (y: number) => Math.max(0, Math.min(1, (BOTTOM - y) / (BOTTOM - TOP)));

/** An axis for screen readers: its name, what its brush holds, and how to brush it. */
function describeAxis(
  t: TFunction<'dashboards'>,
  axis: Axis,
  span: readonly [number, number] | null,
): string {
  if (!span) return t('parallel.axisFree', { axis: axis.label });
  const [from, to] = span;
  if (axis.kind === 'categorical') {
    const inside = axis.ticks.filter((tick) => tick.at >= from && tick.at <= to);
    if (inside.length === 0) return t('parallel.axisNoChoice', { axis: axis.label });
    const choices = inside.map((tick) => tick.label).join(t('parallel.choiceSeparator'));
    return t('parallel.axisChoices', { axis: axis.label, choices });
  }
  return t('parallel.axisRange', {
    axis: axis.label,
    from: formatParamValue(axis.valueAt(from) ?? undefined),
    to: formatParamValue(axis.valueAt(to) ?? undefined),
  });
}
