import { useTranslation } from 'react-i18next';
import { useServiceWorker } from '../shared/use-service-worker';

/**
 * What the service worker has to say: a new version that waits for the user's reload (never
 * swapped in under a running search), or that the app is now saved for offline use.
 */
export function UpdatePrompt({ busy }: { busy: boolean }) {
  const { t } = useTranslation('layout');
  const { needRefresh, offlineReady, reload, dismiss } = useServiceWorker();
  const news = needRefresh ? t('update.ready') : offlineReady ? t('update.offlineReady') : '';
  return (
    <>
      {/* There from the first render, so screen readers announce the news when it comes. */}
      <p role="status" className="visually-hidden">
        {news}
      </p>
      {news && (
        <section className="update-prompt" aria-label={t('update.label')}>
          <p>{news}</p>
          {needRefresh && busy && <p className="hint">{t('update.busy')}</p>}
          <div className="update-actions">
            {needRefresh && (
              <button type="button" className="primary" onClick={reload}>
                {t('update.reload')}
              </button>
            )}
            <button type="button" onClick={dismiss}>
              {t(needRefresh ? 'update.later' : 'update.dismiss')}
            </button>
          </div>
        </section>
      )}
    </>
  );
}
