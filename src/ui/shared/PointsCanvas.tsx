import { useEffect, useRef } from 'react';
import type { Dataset, Task } from '../../data/types';
import type { Bounds } from './plot-scale';
import { CLASS_COLORS, toPixel, valueColor } from './plot-scale';

export type Mark = 'dot' | 'diamond' | 'cross';

export interface PointLayer {
  data: Dataset;
  mark: Mark;
  /** Feature columns to plot as x and y. */
  columns?: [number, number];
}

interface PointsCanvasProps {
  layers: PointLayer[];
  task: Task;
  bounds: Bounds;
  size: number;
  radius?: number;
  /** Draws light axes through the origin. */
  axes?: boolean;
  /** One colour for every point, instead of colouring by class or value. */
  color?: string;
}

const colorOf = (task: Task, target: number) =>
  task === 'regression' ? valueColor(target) : (CLASS_COLORS[target] ?? '#333');

/** 2-D points on a canvas, y up, coloured by class (or by value for regression). Fast for thousands of points. */
export function PointsCanvas({
  layers,
  task,
  bounds,
  size,
  radius = 3,
  axes = false,
  color,
}: PointsCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const canvas = ref.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const scale = window.devicePixelRatio || 1;
    canvas.width = size * scale;
    canvas.height = size * scale;
    context.setTransform(scale, 0, 0, scale, 0, 0);
    context.clearRect(0, 0, size, size);
    if (axes) drawAxes(context, bounds, size);
    for (const { data, mark, columns } of layers) {
      const [cx, cy] = columns ?? [0, 1];
      for (let i = 0; i < data.count; i++) {
        const x = data.features[i * data.featureCount + cx] as number;
        const y = data.features[i * data.featureCount + cy] as number;
        const [px, py] = toPixel(x, y, bounds, size, size);
        drawMark(context, mark, px, py, radius, color ?? colorOf(task, data.targets[i] as number));
      }
    }
  }, [layers, task, bounds, size, radius, axes, color]);

  return <canvas ref={ref} style={{ width: size, height: size }} aria-hidden="true" />;
}

function drawAxes(context: CanvasRenderingContext2D, bounds: Bounds, size: number) {
  const [ox, oy] = toPixel(0, 0, bounds, size, size);
  context.strokeStyle = '#e2e8f0';
  context.lineWidth = 1;
  context.beginPath();
  context.moveTo(0, oy);
  context.lineTo(size, oy);
  context.moveTo(ox, 0);
  context.lineTo(ox, size);
  context.stroke();
}

function drawMark(
  context: CanvasRenderingContext2D,
  mark: Mark,
  x: number,
  y: number,
  r: number,
  color: string,
) {
  context.beginPath();
  if (mark === 'dot') {
    context.arc(x, y, r, 0, 2 * Math.PI);
    context.fillStyle = color;
    context.fill();
    context.strokeStyle = 'rgba(0, 0, 0, 0.25)';
    context.lineWidth = 0.5;
    context.stroke();
    return;
  }
  context.lineWidth = 1.6;
  context.strokeStyle = color === 'rgb(255, 255, 255)' ? '#94a3b8' : color;
  if (mark === 'diamond') {
    const d = r + 1;
    context.moveTo(x, y - d);
    context.lineTo(x + d, y);
    context.lineTo(x, y + d);
    context.lineTo(x - d, y);
    context.closePath();
    context.fillStyle = '#fff';
    context.fill();
  } else {
    context.moveTo(x - r, y - r);
    context.lineTo(x + r, y + r);
    context.moveTo(x + r, y - r);
    context.lineTo(x - r, y + r);
  }
  context.stroke();
}
