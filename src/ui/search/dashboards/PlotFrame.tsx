import type { ReactNode } from 'react';
import type { Axis } from './axes';

/** Pixel positions inside a plot for positions in [0, 1] along its axes (y grows upwards). */
export interface PlotScale {
  x(at: number): number;
  y(at: number): number;
  width: number;
  height: number;
}

interface PlotFrameProps {
  /** What the plot shows, for screen readers. */
  label: string;
  x: Axis;
  y: Axis;
  width?: number;
  height?: number;
  /** Room for the y-axis' tick labels. */
  left?: number;
  children(scale: PlotScale): ReactNode;
}

const TOP = 10;
const RIGHT = 16;
const BOTTOM = 42;
/** Positions run from a small margin inside the frame, so marks at the ends are not cut. */
const INSET = 0.03;

/** An SVG plot with two labelled axes and their ticks; it scales with its container. */
export function PlotFrame({
  label,
  x,
  y,
  width = 560,
  height = 300,
  left = 58,
  children,
}: PlotFrameProps) {
  const plotWidth = width - left - RIGHT;
  const plotHeight = height - TOP - BOTTOM;
  const scale: PlotScale = {
    x: (at) => left + (INSET + at * (1 - 2 * INSET)) * plotWidth,
    y: (at) => TOP + (1 - INSET - at * (1 - 2 * INSET)) * plotHeight,
    width: plotWidth,
    height: plotHeight,
  };
  return (
    <svg
      className="plot"
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="xMidYMid meet"
    >
      <rect className="plot-area" x={left} y={TOP} width={plotWidth} height={plotHeight} />
      {x.ticks.map((tick) => (
        <g key={`x${tick.label}`} className="tick">
          <line x1={scale.x(tick.at)} x2={scale.x(tick.at)} y1={TOP} y2={TOP + plotHeight} />
          <text x={scale.x(tick.at)} y={TOP + plotHeight + 14} textAnchor="middle">
            {tick.label}
          </text>
        </g>
      ))}
      {y.ticks.map((tick) => (
        <g key={`y${tick.label}`} className="tick">
          <line x1={left} x2={left + plotWidth} y1={scale.y(tick.at)} y2={scale.y(tick.at)} />
          <text x={left - 6} y={scale.y(tick.at) + 4} textAnchor="end">
            {tick.label}
          </text>
        </g>
      ))}
      <text className="axis-label" x={left + plotWidth / 2} y={height - 6} textAnchor="middle">
        {x.label}
      </text>
      <text
        className="axis-label"
        transform={`translate(12 ${TOP + plotHeight / 2}) rotate(-90)`}
        textAnchor="middle"
      >
        {y.label}
      </text>
      {children(scale)}
    </svg>
  );
}
