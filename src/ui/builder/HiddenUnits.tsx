import { useMemo } from 'react';
import type { PredictionsOf } from '../../engine/client/protocol';
import { RgbaCanvas } from '../shared/RgbaCanvas';
import { divergingRgba, reach } from '../shared/heat-colors';
import { useAppState } from '../shared/store-context';

type HiddenUnitsPredictions = PredictionsOf<'hidden-units'>;

/**
 * What each unit of a hidden Dense layer outputs over the plane, live while the model trains, as
 * TensorFlow Playground draws its neurons: blue where it is high, orange where it is below zero.
 * Shown only while the builder's model is the one that trained.
 */
export function HiddenUnits({ index }: { index: number }) {
  const hidden = useAppState((s) =>
    s.run.spec.model === s.spec.model ? s.run.predictions['hidden-units'] : undefined,
  );
  const position = hidden?.layers.findIndex((layer) => layer.layerIndex === index) ?? -1;
  if (!hidden || position < 0) return null;
  return <UnitPictures hidden={hidden} position={position} index={index} />;
}

function UnitPictures({
  hidden,
  position,
  index,
}: {
  hidden: HiddenUnitsPredictions;
  position: number;
  index: number;
}) {
  const { size, layers, values } = hidden;
  const layer = layers[position];
  const cells = size * size;
  const start = layers.slice(0, position).reduce((sum, l) => sum + l.units * cells, 0);
  const pictures = useMemo(
    () =>
      Array.from({ length: layer?.units ?? 0 }, (_, unit) => {
        const offset = start + unit * cells;
        return divergingRgba(values, offset, cells, reach(values, offset, cells), size);
      }),
    [values, start, cells, size, layer?.units],
  );
  if (!layer) return null;
  return (
    <figure className="hidden-units">
      <div className="unit-pictures">
        {pictures.map((rgba, unit) => (
          <RgbaCanvas
            key={unit}
            rgba={rgba}
            width={size}
            height={size}
            label={`Output of unit ${unit + 1} of layer ${index + 1} over the plane`}
          />
        ))}
      </div>
      <figcaption className="hint">
        {layer.units < layer.totalUnits
          ? `The first ${layer.units} of ${layer.totalUnits} units`
          : `Its ${layer.units} ${layer.units === 1 ? 'unit' : 'units'}`}{' '}
        over the plane (epoch {hidden.epoch})
      </figcaption>
    </figure>
  );
}
