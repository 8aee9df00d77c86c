import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportanceEvaluator, Importances } from '../../../engine/client/importance-client';
import { IMPORTANCE_EVALUATORS } from '../../../search/importance/param-importances';
import { formatFraction } from '../../i18n/format';
import { messageText } from '../../i18n/message-text';
import type { StudyView } from './use-study';
import { MIN_TRIALS_FOR_IMPORTANCE, useImportances } from './use-importances';
import { Term } from '../../shared/Term';

/**
 * Which parameters mattered in this search: Optuna's importance evaluators, computed in a worker
 * from the complete trials, as bars that sum to 100%.
 */
export function ImportancePlot({ study }: { study: StudyView }) {
  const { t } = useTranslation('dashboards');
  const selectId = useId();
  const [evaluator, setEvaluator] = useState<ImportanceEvaluator>('fanova');
  const result = useImportances(study, evaluator);
  const labels = new Map(study.params.map((p) => [p.target, p.label]));
  const bars =
    result.status === 'ready'
      ? result.importances
      : result.status === 'computing'
        ? result.last
        : null;

  return (
    <figure className="dashboard-plot importance" aria-busy={result.status === 'computing'}>
      <div className="plot-controls">
        <Term id="importance">{t('importance.term')}</Term>
        <label htmlFor={selectId}>{t('importance.evaluator')}</label>
        <select
          id={selectId}
          value={evaluator}
          onChange={(e) => setEvaluator(e.target.value as ImportanceEvaluator)}
        >
          {IMPORTANCE_EVALUATORS.map((key) => (
            <option key={key} value={key}>
              {t(`importance.evaluators.${key}`)}
            </option>
          ))}
        </select>
        <span className="hint" role="status">
          {result.status === 'waiting'
            ? t('importance.waiting', {
                needed: MIN_TRIALS_FOR_IMPORTANCE,
                count: result.complete,
              })
            : result.status === 'computing'
              ? t('importance.computing', { count: result.complete })
              : result.status === 'ready'
                ? t('importance.ready', { count: result.complete })
                : ''}
        </span>
      </div>
      {result.status === 'failed' && (
        <p className="field-error">
          {t('importance.failed', { reason: messageText(result.message) })}
        </p>
      )}
      {bars && <ImportanceBars bars={bars} labels={labels} />}
      <figcaption className="hint">
        {t('importance.caption', { note: t(`importance.notes.${evaluator}`) })}
      </figcaption>
    </figure>
  );
}

function ImportanceBars({
  bars,
  labels,
}: {
  bars: Importances;
  labels: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation('dashboards');
  const top = Math.max(...bars.map(([, value]) => value), 1e-9);
  return (
    <table className="importance-bars">
      <caption className="visually-hidden">{t('importance.table')}</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">{t('importance.parameter')}</th>
          <th scope="col">{t('importance.value')}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map(([target, value]) => (
          <tr key={target}>
            <th scope="row">{labels.get(target) ?? target}</th>
            <td>
              <span className="bar-track">
                <span className="bar" style={{ width: `${(value / top) * 100}%` }} />
              </span>
              <span className="bar-value">{formatFraction(value, 1)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
