import { useId } from 'react';
import { isLocked } from '../../store/lock';
import { useAppState } from '../shared/store-context';
import { useHidden } from '../shared/use-hidden';

/** The paces a class can follow, as the least time per epoch (0: as fast as it goes). */
const PACES = [
  { ms: 0, label: 'As fast as it goes' },
  { ms: 50, label: '20 epochs a second' },
  { ms: 100, label: '10 epochs a second' },
  { ms: 250, label: '4 epochs a second' },
  { ms: 500, label: '2 epochs a second' },
  { ms: 1000, label: '1 epoch a second' },
] as const;

/**
 * The pace of training and a Step button (as TensorFlow Playground's): Step trains exactly one
 * epoch and pauses, from a paused run or from nothing training (a new run).
 */
export function PaceControls() {
  const epochMs = useAppState((s) => s.epochMs);
  const setEpochMs = useAppState((s) => s.setEpochMs);
  const step = useAppState((s) => s.step);
  const status = useAppState((s) => s.run.status);
  const locked = useAppState(isLocked);
  const hasIssues = useAppState((s) => s.specIssues.length > 0);
  const speedId = useId();
  const hideSpeed = useHidden('speed');
  const hideStep = useHidden('step');
  // A paused run locks the spec too, and Step is what moves it on; a search or race does not.
  const busy = status === 'training' || status === 'starting' || status === 'stopping';
  const stepDisabled = busy || (locked && status !== 'paused') || hasIssues;

  return (
    <div className="pace-controls">
      {!hideSpeed && (
        <div className="field">
          <label htmlFor={speedId}>Speed</label>
          <select
            id={speedId}
            value={String(epochMs)}
            onChange={(e) => setEpochMs(Number(e.target.value))}
          >
            {!PACES.some((pace) => pace.ms === epochMs) && (
              <option value={String(epochMs)}>One epoch every {epochMs} ms</option>
            )}
            {PACES.map(({ ms, label }) => (
              <option key={ms} value={String(ms)}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      {!hideStep && (
        <button
          type="button"
          onClick={step}
          disabled={stepDisabled}
          title="Train exactly one epoch, then pause"
        >
          Step
        </button>
      )}
    </div>
  );
}
