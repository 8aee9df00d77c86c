import { useId, useMemo, useState } from 'react';
import type { PredictionsOf } from '../../engine/client/protocol';
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
          Pick a validation digit (the wrong answers come first):
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
              label={`Digit ${index + 1}: a ${name(d.actual)}, read as ${name(d.predicted)}`}
            />
          </button>
        ))}
      </div>
      <p>
        A <strong>{name(info.actual)}</strong> that the model reads as{' '}
        <strong>{name(info.predicted)}</strong> ({(info.probability * 100).toFixed(0)}% sure)
        {wrong ? ': a wrong answer.' : '.'}
      </p>
      {wrong && actualSlot !== undefined && (
        <div className="plot-controls" role="radiogroup" aria-label="Explain the score of">
          <label className="check">
            <input
              type="radio"
              name={`${groupId}-class`}
              checked={!forActual}
              onChange={() => setForActual(false)}
            />
            its answer, {name(info.predicted)}
          </label>
          <label className="check">
            <input
              type="radio"
              name={`${groupId}-class`}
              checked={forActual}
              onChange={() => setForActual(true)}
            />
            the right answer, {name(info.actual)}
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
            label="The digit"
          />
          <figcaption>The digit</figcaption>
        </figure>
        <figure>
          <RgbaCanvas
            rgba={pictures.saliency}
            width={width}
            height={height}
            pixelated
            label={`Saliency map for class ${name(shownClass)}`}
          />
          <figcaption>Saliency for “{name(shownClass)}”: red pixels sway its score most</figcaption>
        </figure>
        <figure>
          <RgbaCanvas
            rgba={pictures.integrated}
            width={width}
            height={height}
            pixelated
            label={`Integrated gradients for class ${name(shownClass)}`}
          />
          <figcaption>
            Integrated gradients: blue pixels raise the score of “{name(shownClass)}”, orange lower
            it
          </figcaption>
        </figure>
      </div>
      {balance && (
        <p className="hint">
          The attributions add up to {balance.sum.toFixed(2)}; the score
          {attributions.target === 'logit' ? ' (logit)' : ''} rose by {balance.expected.toFixed(2)}{' '}
          from a black image to this digit ({attributions.steps} steps). Integrated gradients share
          out exactly that rise, up to the error of the steps.
        </p>
      )}
    </div>
  );
}
