import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PredictionsOf } from '../../engine/client/protocol';
import type { PreparedData } from '../../experiment/prepare';
import { gridToRgba, regressionScale } from './heatmap';
import type { PointLayer } from '../shared/PointsCanvas';
import { PointsCanvas } from '../shared/PointsCanvas';

interface DecisionBoundaryProps {
  grid: PredictionsOf<'grid'>;
  data: PreparedData;
  /** Side of the square plot in CSS pixels. */
  size?: number;
}

/**
 * The model's output over the plane as a heatmap, with the training points (dots) and validation
 * points (diamonds) on top. The heatmap is one pixel per grid cell, scaled up smoothly by the
 * browser; the points are redrawn only when the data or the grid's bounds change.
 */
export function DecisionBoundary({ grid, data, size = 250 }: DecisionBoundaryProps) {
  const { t } = useTranslation('results');
  const ref = useRef<HTMLCanvasElement>(null);
  const { task } = data.info;
  const scale = useMemo(
    () => (task === 'regression' ? regressionScale(data.train.targets) : 1),
    [task, data.train.targets],
  );
  const [xMin, xMax] = grid.x;
  const [yMin, yMax] = grid.y;
  const bounds = useMemo(() => ({ xMin, xMax, yMin, yMax }), [xMin, xMax, yMin, yMax]);
  const layers = useMemo<PointLayer[]>(
    () => [
      { data: data.train, mark: 'dot' },
      { data: data.validation, mark: 'diamond' },
    ],
    [data.train, data.validation],
  );

  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    context.putImageData(new ImageData(gridToRgba(grid, task, scale), grid.size), 0, 0);
  }, [grid, task, scale]);

  return (
    <div
      className="decision-boundary"
      role="img"
      aria-label={t(task === 'regression' ? 'boundary.regression' : 'boundary.classification', {
        epoch: grid.epoch,
      })}
      style={{ width: size, height: size }}
    >
      <canvas
        ref={ref}
        width={grid.size}
        height={grid.size}
        style={{ width: size, height: size }}
        aria-hidden="true"
      />
      <PointsCanvas layers={layers} task={task} bounds={bounds} size={size} />
    </div>
  );
}
