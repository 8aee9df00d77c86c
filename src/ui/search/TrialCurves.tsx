import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochMetrics } from '../../engine/client/protocol';
import { SeriesChart, seriesPair } from '../shared/SeriesChart';

/** Loss (and, for classification, accuracy) per epoch of one trial. */
export function TrialCurves({ name, history }: { name: string; history: EpochMetrics[] }) {
  const { t } = useTranslation('search');
  // The series keep their identity until the language changes, so the charts do not redraw.
  const [lossSeries, accuracySeries] = useMemo(() => {
    const [train, validation] = [t('detail.train'), t('detail.validation')];
    return [seriesPair('loss', train, validation), seriesPair('accuracy', train, validation)];
  }, [t]);
  const classification = history.some((m) => m.valAccuracy !== null);
  const common = { history, epochs: history.length, height: 200, empty: t('detail.noEpochs') };
  return (
    <div className="charts">
      <SeriesChart {...common} title={t('detail.lossTitle', { name })} series={lossSeries} />
      {classification && (
        <SeriesChart
          {...common}
          title={t('detail.accuracyTitle', { name })}
          percent
          series={accuracySeries}
        />
      )}
    </div>
  );
}
