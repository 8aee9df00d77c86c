import { useMemo } from 'react';
import { externalDataKey } from '../../engine/client/external-data';
import { specDatasetInfo } from '../../experiment/dataset-info';
import type { PreparedData } from '../../experiment/prepare';
import { prepareExperimentData } from '../../experiment/prepare';
import { externalDatasetOf } from '../../store/data-slice';
import { isRunActive } from '../../store/run-events';
import { PredictionsPanel } from './PredictionsPanel';
import { useAppState } from '../shared/store-context';

const PLOTTED_SHAPES = new Set(['1', '2']);

/**
 * The live predictions of the current run, over the same points the worker trained on: the data
 * is prepared here from the run's spec exactly as the worker prepared it (same seed, split, scaling).
 */
export function RunPredictions({ part }: { part: 'main' | 'tables' }) {
  const run = useAppState((s) => s.run);
  const spec = run.spec;
  const key = externalDataKey(spec);
  const external = useAppState((s) => (key ? externalDatasetOf(s, key) : null));
  const idle = run.status === 'idle';
  // Only the grid (2 features) and the curve (1 feature) draw the points; MNIST needs no copy.
  const plotted = PLOTTED_SHAPES.has(specDatasetInfo(spec.dataset).inputShape.join());
  const data = useMemo((): PreparedData | null => {
    if (idle || !plotted || (key && !external)) return null;
    try {
      return prepareExperimentData(spec, external);
    } catch {
      // The run itself reports why its data could not be prepared.
      return null;
    }
  }, [spec, external, key, idle, plotted]);
  if (idle) return null;
  return (
    <PredictionsPanel
      part={part}
      predictions={run.predictions}
      data={data}
      running={isRunActive(run.status)}
    />
  );
}
