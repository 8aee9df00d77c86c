import { Trans, useTranslation } from 'react-i18next';
import { GPU_BACKENDS } from '../../engine/client/auto-backend';
import { messageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';

/** Which TensorFlow.js backend runs, what "auto" measured to choose it, and what failed and why. */
export function BackendPanel() {
  const { t } = useTranslation('training');
  const report = useAppState((s) => s.backend);
  const auto = useAppState((s) => s.run.auto);
  const active = report?.active ?? null;
  // A backend that failed is news: it is shown open.
  const failed = report?.attempts.some((a) => !a.ok) ?? false;
  const note = active && t(GPU_BACKENDS.includes(active) ? 'backend.gpuNote' : 'backend.cpuNote');
  return (
    <details className="backend" open={report && (failed || !active) ? true : undefined}>
      <summary>
        {active ? t('backend.summaryActive', { backend: active }) : t('backend.summary')}
      </summary>
      {report ? (
        <p>
          {active ? (
            <Trans
              t={t}
              i18nKey={auto?.chosen === active ? 'backend.runningFastest' : 'backend.running'}
              values={{ backend: active, note }}
              components={{ b: <strong /> }}
            />
          ) : (
            <strong>{t('backend.none')}</strong>
          )}
        </p>
      ) : (
        <p>
          {!auto
            ? t('backend.chosenAtStart')
            : auto.chosen
              ? t('backend.autoChose', { backend: auto.chosen })
              : t('backend.autoChoseNothing')}
        </p>
      )}
      {auto && (
        <table className="backend-measurements">
          <caption>{t('backend.measured')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backend.columns.backend')}</th>
              <th scope="col">{t('backend.columns.speed')}</th>
              <th scope="col">{t('backend.columns.firstStep')}</th>
            </tr>
          </thead>
          <tbody>
            {auto.measurements.map((m) => (
              <tr key={m.backend} className={m.backend === auto.chosen ? 'chosen' : undefined}>
                <th scope="row">
                  {m.backend === auto.chosen
                    ? t('backend.chosen', { backend: m.backend })
                    : m.backend}
                </th>
                {m.samplesPerSecond === null ? (
                  <td colSpan={2}>
                    {t('backend.notUsed', { reason: m.reason ? messageText(m.reason) : '' })}
                  </td>
                ) : (
                  <>
                    <td>{t('backend.rate', { value: Math.round(m.samplesPerSecond) })}</td>
                    <td>
                      {m.warmupMs === null
                        ? '–'
                        : t('backend.milliseconds', { value: Math.round(m.warmupMs) })}
                    </td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report && report.attempts.some((a) => !a.ok) && (
        <ul aria-label={t('backend.failedList')}>
          {report.attempts
            .filter((a) => !a.ok)
            .map((a) => (
              <li key={a.backend}>
                <Trans
                  t={t}
                  i18nKey="backend.failed"
                  values={{ backend: a.backend, reason: a.reason ? messageText(a.reason) : '' }}
                  components={{ b: <strong /> }}
                />
              </li>
            ))}
        </ul>
      )}
    </details>
  );
}
