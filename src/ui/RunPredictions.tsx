import { useMemo } from 'react';
import { externalDataKey } from '../engine/external-data';
import type { PreparedData } from '../spec/prepare';
import { prepareExperimentData } from '../spec/prepare';
import { isRunActive } from '../store/run-events';
import { PredictionsPanel } from './PredictionsPanel';
import { useAppState } from './store-context';

/**
 * The live predictions of the current run, over the same points the worker trained on: the data
 * is prepared here from the run's spec exactly as the worker prepared it (same seed, split, scaling).
 */
export function RunPredictions() {
  const run = useAppState((s) => s.run);
  const mnist = useAppState((s) => s.mnist);
  const csv = useAppState((s) => s.csv);
  const spec = run.spec;
  const key = externalDataKey(spec);
  const external =
    key === 'mnist'
      ? mnist.status === 'ready'
        ? mnist.dataset
        : null
      : key && csv.status === 'loaded' && csv.result.ok
        ? csv.result.dataset
        : null;
  const idle = run.status === 'idle';
  const data = useMemo((): PreparedData | null => {
    if (idle || (key && !external)) return null;
    try {
      return prepareExperimentData(spec, external);
    } catch {
      // The run itself reports why its data could not be prepared.
      return null;
    }
  }, [spec, external, key, idle]);
  if (idle) return null;
  return (
    <PredictionsPanel predictions={run.predictions} data={data} running={isRunActive(run.status)} />
  );
}
