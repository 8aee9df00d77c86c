import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Direction } from '../../../experiment/search-schema';
import type { ScoredTrial } from './study-points';
import type { StudyParam } from './use-study';
import { formatObjective, formatParamValue } from '../search-view';
import { paramAxis } from './axes';
import { interpolateSurface, scaleColor } from './contour';
import { PlotFrame } from './PlotFrame';
import type { StudyView } from './use-study';

/** Cells per side of the interpolated surface. */
const GRID = 48;

/**
 * The objective over two numeric parameters the user picks: a surface interpolated between the
 * trials (inverse distance weighting), coloured dark for the best values, with the trials on it.
 */
export function ContourPlot({ study, onSelect }: { study: StudyView; onSelect(n: number): void }) {
  const { t } = useTranslation('dashboards');
  const { complete: scored, params, direction, objective, objectiveLabel } = study;
  const numeric = params.filter((p) => p.distribution.type !== 'categorical');
  const xId = useId();
  const yId = useId();
  const [picked, setPicked] = useState<[string, string] | null>(null);
  const targets = numeric.map((p) => p.target);
  const valid = picked !== null && targets.includes(picked[0]) && targets.includes(picked[1]);
  const xTarget: string = valid ? picked[0] : (targets[0] ?? '');
  const yTarget: string = valid ? picked[1] : (targets[1] ?? '');
  const surface = useSurface(scored, params, xTarget, yTarget, direction);

  if (numeric.length < 2)
    return (
      <p className="empty-hint">
        {t(numeric.length === 0 ? 'contour.noneNumeric' : 'contour.oneNumeric')}
      </p>
    );

  return (
    <figure className="dashboard-plot">
      <div className="plot-controls">
        <label htmlFor={xId}>{t('contour.horizontal')}</label>
        <select
          id={xId}
          value={xTarget}
          onChange={(e) =>
            setPicked([e.target.value, yTarget === e.target.value ? xTarget : yTarget])
          }
        >
          {numeric.map((p) => (
            <option key={p.target} value={p.target}>
              {p.label}
            </option>
          ))}
        </select>
        <label htmlFor={yId}>{t('contour.vertical')}</label>
        <select
          id={yId}
          value={yTarget}
          onChange={(e) =>
            setPicked([xTarget === e.target.value ? yTarget : xTarget, e.target.value])
          }
        >
          {numeric.map((p) => (
            <option key={p.target} value={p.target}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      {surface && (
        <PlotFrame
          label={t('contour.label', {
            objective: objectiveLabel,
            x: surface.x.label,
            y: surface.y.label,
          })}
          x={surface.x}
          y={surface.y}
        >
          {(scale) => (
            <>
              {surface.points.length > 1 && surface.image && (
                <image
                  href={surface.image}
                  x={scale.x(0)}
                  y={scale.y(1)}
                  width={scale.x(1) - scale.x(0)}
                  height={scale.y(0) - scale.y(1)}
                  preserveAspectRatio="none"
                  className="contour-surface"
                />
              )}
              {surface.points.map(({ trial, x, y }) => (
                <circle
                  key={trial.number}
                  className="trial-point contour"
                  cx={scale.x(x)}
                  cy={scale.y(y)}
                  r={4}
                  onClick={() => onSelect(trial.number)}
                >
                  <title>
                    {t('contour.point', {
                      number: trial.number + 1,
                      x: formatParamValue(trial.params[xTarget]),
                      y: formatParamValue(trial.params[yTarget]),
                      value: formatObjective(objective, trial.value),
                    })}
                  </title>
                </circle>
              ))}
            </>
          )}
        </PlotFrame>
      )}
      <figcaption className="chart-legend">
        <span className="color-scale" aria-hidden="true" />
        <span>
          {surface && surface.points.length > 0
            ? t('contour.legend', {
                objective: objectiveLabel,
                from: formatObjective(
                  objective,
                  direction === 'minimize' ? surface.low : surface.high,
                ),
                to: formatObjective(
                  objective,
                  direction === 'minimize' ? surface.high : surface.low,
                ),
              })
            : t('contour.legendEmpty', { objective: objectiveLabel })}
        </span>
      </figcaption>
    </figure>
  );
}

/** The surface over two parameters, recomputed only when the trials or the choice change. */
function useSurface(
  scored: readonly ScoredTrial[],
  params: readonly StudyParam[],
  xTarget: string,
  yTarget: string,
  direction: Direction,
) {
  return useMemo(() => {
    const xParam = params.find((p) => p.target === xTarget);
    const yParam = params.find((p) => p.target === yTarget);
    if (!xParam || !yParam) return null;
    const x = paramAxis(xParam.label, xParam.distribution);
    const y = paramAxis(yParam.label, yParam.distribution);
    const points = scored.flatMap((trial) => {
      const px = x.at(trial.params[xParam.target]);
      const py = y.at(trial.params[yParam.target]);
      return px === null || py === null ? [] : [{ trial, x: px, y: py, value: trial.value }];
    });
    const values = points.map((p) => p.value);
    const low = Math.min(...values);
    const high = Math.max(...values);
    // Dark is best: the colour runs from the best value to the worst.
    const tOf = (value: number) => {
      const t = high > low ? (value - low) / (high - low) : 0.5;
      return direction === 'minimize' ? t : 1 - t;
    };
    return { x, y, points, image: surfaceImage(interpolateSurface(points, GRID), tOf), low, high };
  }, [scored, params, xTarget, yTarget, direction]);
}

/** The surface as an image (a data URL), row 0 at the bottom as on the plot. */
function surfaceImage(grid: Float64Array, tOf: (value: number) => number): string | null {
  const canvas = document.createElement('canvas');
  canvas.width = GRID;
  canvas.height = GRID;
  const context = canvas.getContext('2d');
  if (!context) return null;
  const image = context.createImageData(GRID, GRID);
  for (let row = 0; row < GRID; row++) {
    for (let col = 0; col < GRID; col++) {
      const value = grid[row * GRID + col] as number;
      const [r, g, b] = scaleColor(tOf(value));
      const offset = ((GRID - 1 - row) * GRID + col) * 4;
      image.data.set([r, g, b, Number.isNaN(value) ? 0 : 255], offset);
    }
  }
  context.putImageData(image, 0, 0);
  return canvas.toDataURL();
}
