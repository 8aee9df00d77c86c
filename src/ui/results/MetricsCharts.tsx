import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { SeriesChart, seriesPair } from '../shared/SeriesChart';
import { useAppState } from '../shared/store-context';

export function MetricsCharts() {
  const { t } = useTranslation('results');
  // Made once per language, so the memoised charts skip renders that change nothing.
  const series = useMemo(
    () => ({
      loss: seriesPair('loss', t('metrics.loss'), t('metrics.valLoss')),
      accuracy: seriesPair('accuracy', t('metrics.accuracy'), t('metrics.valAccuracy')),
    }),
    [t],
  );
  // The charts redraw at a low priority, in slices React can interrupt for input.
  const history = useDeferredValue(useAppState((s) => s.run.history));
  // Before the first run the charts follow the spec being edited, then the spec of the run shown.
  const epochs = useAppState(
    (s) => (s.run.status === 'idle' ? s.spec : s.run.spec).training.epochs,
  );
  const regression = useAppState(
    (s) =>
      specDatasetInfo((s.run.status === 'idle' ? s.spec : s.run.spec).dataset).task ===
      'regression',
  );
  return (
    <div className="charts">
      <SeriesChart
        title={t('charts.loss')}
        history={history}
        epochs={epochs}
        series={series.loss}
        height={200}
      />
      {!regression && (
        <SeriesChart
          title={t('charts.accuracy')}
          history={history}
          epochs={epochs}
          percent
          series={series.accuracy}
          height={200}
        />
      )}
    </div>
  );
}
