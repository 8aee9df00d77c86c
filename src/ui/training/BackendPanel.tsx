import { GPU_BACKENDS } from '../../engine/client/auto-backend';
import { useAppState } from '../shared/store-context';

const rate = (value: number) => `${Math.round(value).toLocaleString('en')} samples/s`;

/** Which TensorFlow.js backend runs, what "auto" measured to choose it, and what failed and why. */
export function BackendPanel() {
  const report = useAppState((s) => s.backend);
  const auto = useAppState((s) => s.run.auto);
  const active = report?.active ?? null;
  // A backend that failed is news: it is shown open.
  const failed = report?.attempts.some((a) => !a.ok) ?? false;
  return (
    <details className="backend" open={report && (failed || !active) ? true : undefined}>
      <summary>TensorFlow.js backend{active ? `: ${active}` : ''}</summary>
      {report ? (
        <p>
          {active ? (
            <>
              Running on <strong>{active}</strong>
              {auto?.chosen === active ? ', the fastest measured for this model' : ''}.
            </>
          ) : (
            <strong>No backend could start.</strong>
          )}{' '}
          {active &&
            (GPU_BACKENDS.includes(active)
              ? 'On a GPU backend, runs with the same seed are close but not bit-identical.'
              : 'Runs with the same seed give bit-identical results on this backend.')}
        </p>
      ) : (
        <p>{auto ? `Auto chose ${auto.chosen ?? 'nothing'}.` : 'Chosen when training starts.'}</p>
      )}
      {auto && (
        <table className="backend-measurements">
          <caption>What Auto measured on this model</caption>
          <thead>
            <tr>
              <th scope="col">Backend</th>
              <th scope="col">Speed once warm</th>
              <th scope="col">First step</th>
            </tr>
          </thead>
          <tbody>
            {auto.measurements.map((m) => (
              <tr key={m.backend} className={m.backend === auto.chosen ? 'chosen' : undefined}>
                <th scope="row">
                  {m.backend}
                  {m.backend === auto.chosen ? ' (chosen)' : ''}
                </th>
                {m.samplesPerSecond === null ? (
                  <td colSpan={2}>Not used: {m.reason}</td>
                ) : (
                  <>
                    <td>{rate(m.samplesPerSecond)}</td>
                    <td>{m.warmupMs === null ? '–' : `${Math.round(m.warmupMs)} ms`}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && report.attempts.some((a) => !a.ok) && (
        <ul aria-label="Backends that failed">
          {report.attempts
            .filter((a) => !a.ok)
            .map((a) => (
              <li key={a.backend}>
                <strong>{a.backend}</strong> failed: {a.reason}
              </li>
            ))}
        </ul>
      )}
    </details>
  );
}
