import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnpackedMnist } from '../../data/mnist-format';
import type { PredictionsOf } from '../../engine/client/protocol';
import { DigitGrid } from '../shared/DigitGrid';

interface MisclassifiedDigitsProps {
  misclassified: PredictionsOf<'misclassified'>;
  /** Names of the classes by index; the index itself when absent. */
  classNames?: readonly string[] | undefined;
}

/** Each image as DigitGrid draws it: bytes 0 to 255, the image's brightest pixel at 255. */
function asDigits({ width, height, images, actual }: PredictionsOf<'misclassified'>) {
  const pixels = width * height;
  return actual.map((label, n): UnpackedMnist => {
    const image = images.subarray(n * pixels, (n + 1) * pixels);
    const brightest = Math.max(...image);
    const scale = brightest > 0 ? 255 / brightest : 0;
    return {
      count: 1,
      rows: height,
      cols: width,
      labels: Uint8Array.of(label),
      pixels: Uint8Array.from(image, (v) => Math.round(Math.max(0, v) * scale)),
    };
  });
}

/** The validation digits the model got wrong, each with what it said and what the digit is. */
export function MisclassifiedDigits({ misclassified, classNames }: MisclassifiedDigitsProps) {
  const { t } = useTranslation('results');
  const digits = useMemo(() => asDigits(misclassified), [misclassified]);
  const name = (index: number) => classNames?.[index] ?? String(index);
  if (digits.length === 0) {
    return <p className="empty-hint">{t('misclassified.none')}</p>;
  }
  return (
    <ul className="misclassified" aria-label={t('misclassified.list')}>
      {digits.map((digit, n) => {
        const names = {
          predicted: name(misclassified.predicted[n] as number),
          actual: name(misclassified.actual[n] as number),
        };
        return (
          <li key={n}>
            <figure role="img" aria-label={t('misclassified.label', names)}>
              <DigitGrid images={digit} count={1} columns={1} zoom={2} />
              <figcaption aria-hidden="true">{t('misclassified.caption', names)}</figcaption>
            </figure>
          </li>
        );
      })}
    </ul>
  );
}
