import { useEffect, useRef } from 'react';

interface RgbaCanvasProps {
  /** width × height × 4 bytes, row 0 at the top. */
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** What the picture shows, for screen readers. */
  label: string;
  className?: string;
  /** Pixelated for digits (each pixel a square), smooth for a function's surface. */
  pixelated?: boolean;
}

/** A small picture drawn from RGBA bytes; its size on screen comes from CSS. */
export function RgbaCanvas({ rgba, width, height, label, className, pixelated }: RgbaCanvasProps) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const context = ref.current?.getContext('2d');
    if (!context) return;
    const image = context.createImageData(width, height);
    image.data.set(rgba);
    context.putImageData(image, 0, 0);
  }, [rgba, width, height]);
  return (
    <canvas
      ref={ref}
      width={width}
      height={height}
      role="img"
      aria-label={label}
      className={`${className ?? ''}${pixelated ? ' pixelated' : ''}`}
    />
  );
}
