import { useId, useMemo, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { PredictionsOf } from '../../engine/client/protocol';
import { formatFraction, formatNumber } from '../i18n/format';
import { RgbaCanvas } from '../shared/RgbaCanvas';
import { divergingRgba, inkRgba, intensityRgba, reach } from '../shared/heat-colors';

type Attributions = PredictionsOf<'attributions'>;

interface AttributionsViewProps {
  attributions: Attributions;
  classNames: readonly string[] | undefined;
}

/**
 * What a digit classifier looks at: pick a validation digit (the misclassified ones first) and see
 * the saliency map (how much each pixel's change would move the class's score) and integrated
 * gradients from a black image (how much each pixel contributed to it), for the class the model
 * chose or, for a wrong answer, the right one.
 */
export function AttributionsView({ attributions, classNames }: AttributionsViewProps) {
  const { t } = useTranslation('results');
  const groupId = useId();
  const [picked, setPicked] = useState(0);
  const [forActual, setForActual] = useState(false);
  const { digits, width, height, classes, slotDigits, completeness } = attributions;
  const digit = Math.min(picked, digits.length - 1);
  const pixels = width * height;
  const name = (c: number) => classNames?.[c] ?? String(c);
  const info = digits[digit];
  const slots = slotDigits.flatMap((d, slot) => (d === digit ? [slot] : []));
  const actualSlot = slots.find((slot) => classes[slot] === info?.actual);
  const slot = (forActual && actualSlot !== undefined ? actualSlot : slots[0]) ?? 0;
  const shownClass = classes[slot] ?? 0;
  const balance = completeness[slot];

  const pictures = useMemo(() => {
    const offset = slot * pixels;
    return {
      saliency: intensityRgba(
        attributions.saliency,
        offset,
        pixels,
        reach(attributions.saliency, offset, pixels),
      ),
      integrated: divergingRgba(
        attributions.integrated,
        offset,
        pixels,
        reach(attributions.integrated, offset, pixels),
      ),
      image: inkRgba(attributions.images, digit * pixels, pixels),
    };
  }, [attributions, slot, digit, pixels]);
  const thumbnails = useMemo(
    () => digits.map((_, d) => inkRgba(attributions.images, d * pixels, pixels)),
    [attributions, digits, pixels],
  );
  if (!info) return null;
  const wrong = info.actual !== info.predicted;

  return (
    <div className="attributions">
      <div role="radiogroup" aria-labelledby={groupId} className="digit-picker">
        <p id={groupId} className="hint">
          {t('attributions.pick')}
        </p>
        {digits.map((d, index) => (
          <button
            key={d.index}
            type="button"
            role="radio"
            aria-checked={index === digit}
            className={d.actual !== d.predicted ? 'wrong' : undefined}
            onClick={() => {
              setPicked(index);
              setForActual(false);
            }}
          >
            <RgbaCanvas
              rgba={thumbnails[index] as Uint8ClampedArray}
              width={width}
              height={height}
              pixelated
              label={t('attributions.thumbnail', {
                index: index + 1,
                actual: name(d.actual),
                predicted: name(d.predicted),
              })}
            />
          </button>
        ))}
      </div>
      <p>
        <Trans
          t={t}
          i18nKey={wrong ? 'attributions.wrong' : 'attributions.right'}
          values={{
            actual: name(info.actual),
            predicted: name(info.predicted),
            sure: formatFraction(info.probability, 0),
          }}
          components={{ b: <strong /> }}
        />
      </p>
      {wrong && actualSlot !== undefined && (
        <div className="plot-controls" role="radiogroup" aria-label={t('attributions.explain')}>
          <label className="check">
            <input
              type="radio"
              name={`${groupId}-class`}
              checked={!forActual}
              onChange={() => setForActual(false)}
            />
            {t('attributions.itsAnswer', { name: name(info.predicted) })}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${groupId}-class`}
              checked={forActual}
              onChange={() => setForActual(true)}
            />
            {t('attributions.rightAnswer', { name: name(info.actual) })}
          </label>
        </div>
      )}
      <div className="attribution-maps">
        <figure>
          <RgbaCanvas
            rgba={pictures.image}
            width={width}
            height={height}
            pixelated
            label={t('attributions.digit')}
          />
          <figcaption>{t('attributions.digit')}</figcaption>
        </figure>
        <figure>
          <RgbaCanvas
            rgba={pictures.saliency}
            width={width}
            height={height}
            pixelated
            label={t('attributions.saliencyLabel', { name: name(shownClass) })}
          />
          <figcaption>{t('attributions.saliency', { name: name(shownClass) })}</figcaption>
        </figure>
        <figure>
          <RgbaCanvas
            rgba={pictures.integrated}
            width={width}
            height={height}
            pixelated
            label={t('attributions.integratedLabel', { name: name(shownClass) })}
          />
          <figcaption>{t('attributions.integrated', { name: name(shownClass) })}</figcaption>
        </figure>
      </div>
      {balance && (
        <p className="hint">
          {t(
            attributions.target === 'logit' ? 'attributions.balanceLogit' : 'attributions.balance',
            {
              sum: formatNumber(balance.sum, 2, 2),
              rise: formatNumber(balance.expected, 2, 2),
              count: attributions.steps,
            },
          )}
        </p>
      )}
    </div>
  );
}
