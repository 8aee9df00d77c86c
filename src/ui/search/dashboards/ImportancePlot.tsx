import { useId, useState } from 'react';
import type { ImportanceEvaluator, Importances } from '../../../engine/client/importance-client';
import { plural } from '../../../lib/count-format';
import type { StudyView } from './use-study';
import { MIN_TRIALS_FOR_IMPORTANCE, useImportances } from './use-importances';
import { Term } from '../../shared/Term';

const EVALUATORS: readonly { key: ImportanceEvaluator; label: string; note: string }[] = [
  {
    key: 'fanova',
    label: 'fANOVA (Optuna’s default)',
    note: 'fANOVA fits a random forest to the trials and asks how much of the variation in the objective each parameter explains on its own, averaged over the whole search space.',
  },
  {
    key: 'mean-decrease-impurity',
    label: 'Mean decrease in impurity',
    note: 'Mean decrease in impurity counts how much the forest’s splits on each parameter reduce its error. It is quick but favours parameters with many distinct values.',
  },
];

/**
 * Which parameters mattered in this search: Optuna's importance evaluators, computed in a worker
 * from the complete trials, as bars that sum to 100%.
 */
export function ImportancePlot({ study }: { study: StudyView }) {
  const selectId = useId();
  const [evaluator, setEvaluator] = useState<ImportanceEvaluator>('fanova');
  const result = useImportances(study, evaluator);
  const labels = new Map(study.params.map((p) => [p.target, p.label]));
  const chosen = EVALUATORS.find((e) => e.key === evaluator) ?? EVALUATORS[0];
  const bars =
    result.status === 'ready'
      ? result.importances
      : result.status === 'computing'
        ? result.last
        : null;

  return (
    <figure className="dashboard-plot importance" aria-busy={result.status === 'computing'}>
      <div className="plot-controls">
        <Term id="importance">Importance</Term>
        <label htmlFor={selectId}>Evaluator</label>
        <select
          id={selectId}
          value={evaluator}
          onChange={(e) => setEvaluator(e.target.value as ImportanceEvaluator)}
        >
          {EVALUATORS.map((e) => (
            <option key={e.key} value={e.key}>
              {e.label}
            </option>
          ))}
        </select>
        <span className="hint" role="status">
          {result.status === 'waiting'
            ? `Needs ${MIN_TRIALS_FOR_IMPORTANCE} complete trials; ${result.complete} so far.`
            : result.status === 'computing'
              ? `Computing from ${plural(result.complete, 'complete trial')}…`
              : result.status === 'ready'
                ? `From ${plural(result.complete, 'complete trial')}.`
                : ''}
        </span>
      </div>
      {result.status === 'failed' && (
        <p className="field-error">The importances could not be computed: {result.message}</p>
      )}
      {bars && <ImportanceBars bars={bars} labels={labels} />}
      <figcaption className="hint">
        {chosen?.note} Importance is about this search’s ranges: a parameter that hardly matters
        here may matter over a wider range.
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
  const top = Math.max(...bars.map(([, value]) => value), 1e-9);
  return (
    <table className="importance-bars">
      <caption className="visually-hidden">Parameter importances</caption>
      <thead className="visually-hidden">
        <tr>
          <th scope="col">Parameter</th>
          <th scope="col">Importance</th>
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
              <span className="bar-value">{(value * 100).toFixed(1)}%</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
