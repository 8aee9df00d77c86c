import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../../store/lock';
import { useAppState } from '../shared/store-context';
import { useHidden } from '../shared/use-hidden';

/** The paces a class can follow, as the least time per epoch (0: as fast as it goes). */
const PACES = [0, 50, 100, 250, 500, 1000] as const;

/**
 * The pace of training and a Step button (as TensorFlow Playground's): Step trains exactly one
 * epoch and pauses, from a paused run or from nothing training (a new run).
 */
export function PaceControls() {
  const { t } = useTranslation('training');
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
          <label htmlFor={speedId}>{t('pace.label')}</label>
          <select
            id={speedId}
            value={String(epochMs)}
            onChange={(e) => setEpochMs(Number(e.target.value))}
          >
            {!PACES.some((ms) => ms === epochMs) && (
              <option value={String(epochMs)}>{t('pace.every', { ms: epochMs })}</option>
            )}
            {PACES.map((ms) => (
              <option key={ms} value={String(ms)}>
                {ms === 0 ? t('pace.fastest') : t('pace.perSecond', { count: 1000 / ms })}
              </option>
            ))}
          </select>
        </div>
      )}
      {!hideStep && (
        <button type="button" onClick={step} disabled={stepDisabled} title={t('pace.stepTitle')}>
          {t('pace.step')}
        </button>
      )}
    </div>
  );
}
