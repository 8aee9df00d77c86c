import { useAppState } from './store-context';

/** Which TensorFlow.js backend runs, and why any that were tried before it did not. */
export function BackendPanel() {
  const report = useAppState((s) => s.backend);
  return (
    <section className="backend" aria-labelledby="backend-heading">
      <h3 id="backend-heading">TensorFlow.js backend</h3>
      {report ? (
        <>
          <p>
            {report.active ? (
              <>
                Running on <strong>{report.active}</strong>
                {report.requested === 'auto' ? ' (chosen automatically)' : ''}.
              </>
            ) : (
              <strong>No backend could start.</strong>
            )}
          </p>
          {report.attempts.some((a) => !a.ok) && (
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
        </>
      ) : (
        <p>Chosen when training starts.</p>
      )}
    </section>
  );
}
