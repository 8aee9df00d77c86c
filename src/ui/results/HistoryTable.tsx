import { useAppState } from '../shared/store-context';
import { formatLoss, formatPercent } from '../shared/format';

/** The charts' numbers as a table, for screen readers and for copying. */
export function HistoryTable() {
  const history = useAppState((s) => s.run.history);
  if (history.length === 0) return null;
  return (
    <details className="history">
      <summary>Numbers for every epoch</summary>
      <table>
        <caption>Training history</caption>
        <thead>
          <tr>
            <th scope="col">Epoch</th>
            <th scope="col">Train loss</th>
            <th scope="col">Validation loss</th>
            <th scope="col">Train accuracy</th>
            <th scope="col">Validation accuracy</th>
          </tr>
        </thead>
        <tbody>
          {history.map((m) => (
            <tr key={m.epoch}>
              <th scope="row">{m.epoch}</th>
              <td>{formatLoss(m.loss)}</td>
              <td>{formatLoss(m.valLoss)}</td>
              <td>{formatPercent(m.accuracy)}</td>
              <td>{formatPercent(m.valAccuracy)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
