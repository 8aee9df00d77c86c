import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocked } from '../../store/lock';
import { trialApplication } from '../../store/search-slice';
import { useAppState } from '../shared/store-context';

/**
 * Puts a trial's experiment into the builder. While the builder still holds the model the search
 * ran on, it applies the trial's values; once the model changed, it says so and offers to open the
 * trial's experiment instead, which replaces the model (undoably).
 */
export function ApplyTrialButton({
  number,
  label,
  primary = false,
}: {
  number: number;
  label: string;
  primary?: boolean;
}) {
  const { t } = useTranslation('search');
  const hintId = useId();
  const application = useAppState((s) => trialApplication(s, number));
  const locked = useAppState(isLocked);
  const applyTrial = useAppState((s) => s.applyTrial);
  const hint = locked ? t('apply.locked') : application === 'open' ? t('apply.changed') : null;
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={() => applyTrial(number)}
        disabled={application === 'none'}
        aria-describedby={hint ? hintId : undefined}
      >
        {application === 'open' ? t('apply.open', { number: number + 1 }) : label}
      </button>
      {hint && (
        <small id={hintId} className="hint locked-hint">
          {hint}
        </small>
      )}
    </>
  );
}
