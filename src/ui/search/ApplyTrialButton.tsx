import { useId } from 'react';
import { isLocked } from '../../store/lock';
import { trialApplication } from '../../store/search-slice';
import { useAppState } from '../shared/store-context';
import { LOCKED_HINT, trialTitle } from './search-view';

const CHANGED_HINT =
  'The model in the builder changed since this search ran, so its values would land on other layers. Opening the trial’s experiment replaces the builder’s model with the one it trained; Undo brings yours back.';

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
  const hintId = useId();
  const application = useAppState((s) => trialApplication(s, number));
  const locked = useAppState(isLocked);
  const applyTrial = useAppState((s) => s.applyTrial);
  const hint = locked ? LOCKED_HINT : application === 'open' ? CHANGED_HINT : null;
  return (
    <>
      <button
        type="button"
        className={primary ? 'primary' : undefined}
        onClick={() => applyTrial(number)}
        disabled={application === 'none'}
        aria-describedby={hint ? hintId : undefined}
      >
        {application === 'open' ? `Open ${trialTitle(number).toLowerCase()}’s experiment` : label}
      </button>
      {hint && (
        <small id={hintId} className="hint locked-hint">
          {hint}
        </small>
      )}
    </>
  );
}
