import type { EpochMetrics } from '../../engine/client/protocol';
import { SeriesChart, seriesPair } from '../shared/SeriesChart';

const LOSS_SERIES = seriesPair('loss', 'Train', 'Validation');
const ACCURACY_SERIES = seriesPair('accuracy', 'Train', 'Validation');

/** Loss (and, for classification, accuracy) per epoch of one trial. */
export function TrialCurves({ name, history }: { name: string; history: EpochMetrics[] }) {
  const classification = history.some((m) => m.valAccuracy !== null);
  const common = { history, epochs: history.length, height: 200, empty: 'No epochs yet.' };
  return (
    <div className="charts">
      <SeriesChart {...common} title={`${name}: train and validation loss`} series={LOSS_SERIES} />
      {classification && (
        <SeriesChart
          {...common}
          title={`${name}: train and validation accuracy`}
          percent
          series={ACCURACY_SERIES}
        />
      )}
    </div>
  );
}
