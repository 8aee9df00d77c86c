import { memo, useDeferredValue, useState } from 'react';
import type { EpochMetrics } from '../../engine/client/protocol';
import { useAppState } from '../shared/store-context';
import { formatLoss, formatPercent } from '../shared/format';

/**
 * The charts' numbers as a table, for screen readers and for copying. Its rows exist only while
 * it is open, and follow the run at a low priority: a 3,000-epoch run does not re-render 3,000
 * hidden rows ten times a second.
 */
export function HistoryTable() {
  const latest = useAppState((s) => s.run.history);
  const history = useDeferredValue(latest);
  const [open, setOpen] = useState(false);
  if (latest.length === 0) return null;
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>Numbers for every epoch</summary>
      {open && (
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
              <EpochRow key={m.epoch} metrics={m} />
            ))}
          </tbody>
        </table>
      )}
    </details>
  );
}

/** One epoch's numbers; an epoch's metrics never change, so its row renders once. */
const EpochRow = memo(function EpochRow({ metrics: m }: { metrics: EpochMetrics }) {
  return (
    <tr>
      <th scope="row">{m.epoch}</th>
      <td>{formatLoss(m.loss)}</td>
      <td>{formatLoss(m.valLoss)}</td>
      <td>{formatPercent(m.accuracy)}</td>
      <td>{formatPercent(m.valAccuracy)}</td>
    </tr>
  );
});
