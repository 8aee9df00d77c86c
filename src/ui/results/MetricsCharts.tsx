import { useDeferredValue } from 'react';
import { specDatasetInfo } from '../../experiment/dataset-info';
import { SeriesChart, seriesPair } from '../shared/SeriesChart';
import { useAppState } from '../shared/store-context';

const LOSS_SERIES = seriesPair('loss', 'Train loss', 'Validation loss');
const ACCURACY_SERIES = seriesPair('accuracy', 'Train accuracy', 'Validation accuracy');

export function MetricsCharts() {
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
        title="Loss per epoch"
        history={history}
        epochs={epochs}
        series={LOSS_SERIES}
        height={200}
      />
      {!regression && (
        <SeriesChart
          title="Accuracy per epoch"
          history={history}
          epochs={epochs}
          percent
          series={ACCURACY_SERIES}
          height={200}
        />
      )}
    </div>
  );
}
