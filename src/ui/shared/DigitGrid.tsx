import { useEffect, useRef } from 'react';
import type { UnpackedMnist } from '../../data/mnist-format';

interface DigitGridProps {
  images: UnpackedMnist;
  count: number;
  /** Pixels per image pixel. */
  zoom?: number;
  columns?: number;
}

/** The first `count` digits, drawn dark on light as on paper, in a grid. */
export function DigitGrid({ images, count, zoom = 1, columns = 8 }: DigitGridProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  const shown = Math.min(count, images.count);
  const side = images.cols * zoom;
  const gap = 4;
  const rows = Math.ceil(shown / columns);
  const width = columns * (side + gap);
  const height = rows * (side + gap);

  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const pixelsPerImage = images.rows * images.cols;
    const image = context.createImageData(images.cols, images.rows);
    const tile = document.createElement('canvas');
    tile.width = images.cols;
    tile.height = images.rows;
    const tileContext = tile.getContext('2d');
    if (!tileContext) return;
    context.imageSmoothingEnabled = false;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    for (let n = 0; n < shown; n++) {
      for (let p = 0; p < pixelsPerImage; p++) {
        const ink = 255 - (images.pixels[n * pixelsPerImage + p] as number);
        image.data.set([ink, ink, ink, 255], p * 4);
      }
      tileContext.putImageData(image, 0, 0);
      context.drawImage(
        tile,
        (n % columns) * (side + gap),
        Math.floor(n / columns) * (side + gap),
        side,
        side,
      );
    }
  }, [images, shown, side, columns, width, height]);

  return <canvas ref={ref} width={width} height={height} aria-hidden="true" />;
}
