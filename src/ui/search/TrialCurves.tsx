import type { EpochMetrics } from '../../engine/client/protocol';
import { SeriesChart, TRAIN_COLOR, VALIDATION_COLOR } from '../shared/SeriesChart';

/** Loss (and, for classification, accuracy) per epoch of one trial. */
export function TrialCurves({ name, history }: { name: string; history: EpochMetrics[] }) {
  const classification = history.some((m) => m.valAccuracy !== null);
  const common = { history, epochs: history.length, height: 200, empty: 'No epochs yet.' };
  return (
    <div className="charts">
      <SeriesChart
        {...common}
        title={`${name}: train and validation loss`}
        series={[
          { key: 'loss', name: 'Train', color: TRAIN_COLOR },
          { key: 'valLoss', name: 'Validation', color: VALIDATION_COLOR },
        ]}
      />
      {classification && (
        <SeriesChart
          {...common}
          title={`${name}: train and validation accuracy`}
          percent
          series={[
            { key: 'accuracy', name: 'Train', color: TRAIN_COLOR },
            { key: 'valAccuracy', name: 'Validation', color: VALIDATION_COLOR },
          ]}
        />
      )}
    </div>
  );
}
