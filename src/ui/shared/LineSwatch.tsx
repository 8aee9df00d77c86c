interface LineSwatchProps {
  stroke: string;
  strokeWidth: number;
  strokeOpacity?: number;
  /** An SVG dash pattern; null or absent for a solid line. */
  dash?: string | null;
}

/** A short stroke drawn as its line is drawn in the chart, for a legend entry beside its name. */
export function LineSwatch({
  stroke,
  strokeWidth,
  strokeOpacity = 1,
  dash = null,
}: LineSwatchProps) {
  return (
    <svg width="22" height="8" aria-hidden="true" className="line-swatch">
      <line
        x1="0"
        y1="4"
        x2="22"
        y2="4"
        stroke={stroke}
        strokeWidth={strokeWidth}
        strokeOpacity={strokeOpacity}
        {...(dash ? { strokeDasharray: dash } : {})}
      />
    </svg>
  );
}
