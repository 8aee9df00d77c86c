import { useDeferredValue, useId } from 'react';
import type { EpochMetrics } from '../../engine/client/protocol';
import { useShallow } from 'zustand/shallow';
import { ApplyTrialButton } from './ApplyTrialButton';
import { TrialCurves } from './TrialCurves';
import {
  OBJECTIVE_NAMES,
  formatObjective,
  formatParamValue,
  trialStateSentence,
  trialTitle,
} from './search-view';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

const NO_EPOCHS: EpochMetrics[] = [];

/** The selected trial: its curves, its parameters, how it ended, and a way to keep it. */
export function TrialDetail({ selected }: { selected: number | null }) {
  const headingId = useId();
  const trial = useAppState((s) => s.search.trials.find((t) => t.number === selected));
  const { columns, objective } = useAppState(
    useShallow((s) => ({
      columns: s.search.columns,
      objective: s.search.objective,
    })),
  );
  // The curves are drawn at a low priority, in slices React can interrupt for input: a click
  // that selects a trial shows its details at once and its charts right after.
  const history = useDeferredValue(trial?.history ?? NO_EPOCHS, NO_EPOCHS);
  if (!trial)
    return (
      <p className="empty-hint">
        Select a trial in the table or click its curve to see its details here.
      </p>
    );

  return (
    <section className="trial-detail" aria-labelledby={headingId}>
      <h3 id={headingId}>{trialTitle(trial.number)}</h3>
      <p>
        {trialStateSentence(trial)}
        {trial.bestValue !== null &&
          ` · best ${OBJECTIVE_NAMES[objective]} ${formatObjective(objective, trial.bestValue)}`}
      </p>
      {trial.message && <p className="field-error">{trial.message}</p>}
      {trial.problems.map((problem, index) => (
        <p key={index} className="field-error">
          {problemText(problem)}
        </p>
      ))}
      <dl className="trial-params">
        {columns.map((c) => (
          <div key={c.target}>
            <dt>{c.label}</dt>
            <dd>
              {Object.hasOwn(trial.params, c.target)
                ? formatParamValue(trial.params[c.target])
                : 'not used (its condition is not met)'}
            </dd>
          </div>
        ))}
      </dl>
      {history.length > 0 && <TrialCurves name={trialTitle(trial.number)} history={history} />}
      <ApplyTrialButton number={trial.number} label="Apply these parameters to the builder" />
    </section>
  );
}
