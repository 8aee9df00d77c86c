import { specDatasetInfo } from '../../experiment/dataset-info';
import { SeriesChart, TRAIN_COLOR, VALIDATION_COLOR } from '../shared/SeriesChart';
import { useAppState } from '../shared/store-context';

export function MetricsCharts() {
  const history = useAppState((s) => s.run.history);
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
        series={[
          { key: 'loss', name: 'Train loss', color: TRAIN_COLOR },
          { key: 'valLoss', name: 'Validation loss', color: VALIDATION_COLOR },
        ]}
      />
      {!regression && (
        <SeriesChart
          title="Accuracy per epoch"
          history={history}
          epochs={epochs}
          percent
          series={[
            { key: 'accuracy', name: 'Train accuracy', color: TRAIN_COLOR },
            { key: 'valAccuracy', name: 'Validation accuracy', color: VALIDATION_COLOR },
          ]}
        />
      )}
    </div>
  );
}
