import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation('builder');
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
            label={t('hiddenUnits.picture', { unit: unit + 1, layer: index + 1 })}
          />
        ))}
      </div>
      <figcaption className="hint">
        {layer.units < layer.totalUnits
          ? t('hiddenUnits.some', {
              units: layer.units,
              total: layer.totalUnits,
              epoch: hidden.epoch,
            })
          : t('hiddenUnits.all', { count: layer.units, epoch: hidden.epoch })}
      </figcaption>
    </figure>
  );
}
