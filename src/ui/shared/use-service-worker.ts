import { useEffect, useState } from 'react';
import { registerServiceWorker } from './service-worker-registration';

export interface ServiceWorkerState {
  /** A new version is installed and waits for the user's reload. */
  needRefresh: boolean;
  /** Everything the app needs is cached: it now opens without a network. */
  offlineReady: boolean;
  /** Hands the page to the waiting version, then reloads it. */
  reload(): void;
  dismiss(): void;
}

/**
 * The service worker's news for the page. Where there is none (the dev server, a browser or test
 * that refuses service workers) the app stays online-only, as before.
 */
export function useServiceWorker(): ServiceWorkerState {
  const [needRefresh, setNeedRefresh] = useState(false);
  const [offlineReady, setOfflineReady] = useState(false);
  const [reload, setReload] = useState<(() => void) | null>(null);

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let stop: (() => void) | null = null;
    let cancelled = false;
    const start = async () => {
      const registered = await registerServiceWorker({
        onOfflineReady: () => setOfflineReady(true),
        onNeedRefresh: () => setNeedRefresh(true),
      });
      stop = registered.stop;
      if (cancelled) stop();
      else setReload(() => registered.reload);
    };
    // Refused (private mode, a blocked scope, a test): the app works as before, online.
    void start().catch(() => undefined);
    return () => {
      cancelled = true;
      stop?.();
    };
  }, []);

  return {
    needRefresh,
    offlineReady,
    reload: () => reload?.(),
    dismiss: () => {
      setNeedRefresh(false);
      setOfflineReady(false);
    },
  };
}
