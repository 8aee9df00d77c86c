import { useDeferredValue, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { EpochMetrics } from '../../engine/client/protocol';
import { useShallow } from 'zustand/shallow';
import { ApplyTrialButton } from './ApplyTrialButton';
import { TrialCurves } from './TrialCurves';
import {
  formatObjective,
  objectiveName,
  formatParamValue,
  trialStateSentence,
  trialTitle,
} from './search-view';
import { problemText } from '../shared/problem-text';
import { MessageText, messageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';

const NO_EPOCHS: EpochMetrics[] = [];

/** The selected trial: its curves, its parameters, how it ended, and a way to keep it. */
export function TrialDetail({ selected }: { selected: number | null }) {
  const { t } = useTranslation('search');
  const headingId = useId();
  const trial = useAppState((s) => s.search.trials.find((found) => found.number === selected));
  const { columns, objective } = useAppState(
    useShallow((s) => ({
      columns: s.search.columns,
      objective: s.search.objective,
    })),
  );
  // The curves are drawn at a low priority, in slices React can interrupt for input: a click
  // that selects a trial shows its details at once and its charts right after.
  const history = useDeferredValue(trial?.history ?? NO_EPOCHS, NO_EPOCHS);
  if (!trial) return <p className="empty-hint">{t('detail.empty')}</p>;

  return (
    <section className="trial-detail" aria-labelledby={headingId}>
      <h3 id={headingId}>{trialTitle(trial.number)}</h3>
      <p>
        {trial.bestValue === null
          ? trialStateSentence(trial)
          : t('detail.summaryBest', {
              state: trialStateSentence(trial),
              objective: objectiveName(objective),
              value: formatObjective(objective, trial.bestValue),
            })}
      </p>
      {trial.message && (
        <p className="field-error">
          <MessageText message={trial.message} />
        </p>
      )}
      {trial.problems.map((problem, index) => (
        <p key={index} className="field-error">
          {problemText(problem)}
        </p>
      ))}
      <dl className="trial-params">
        {columns.map((c) => (
          <div key={c.target}>
            <dt>{messageText(c.label)}</dt>
            <dd>
              {Object.hasOwn(trial.params, c.target)
                ? formatParamValue(trial.params[c.target])
                : t('detail.notUsed')}
            </dd>
          </div>
        ))}
      </dl>
      {history.length > 0 && <TrialCurves name={trialTitle(trial.number)} history={history} />}
      <ApplyTrialButton number={trial.number} label={t('detail.apply')} />
    </section>
  );
}
