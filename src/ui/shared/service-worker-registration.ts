import { Workbox } from 'workbox-window';

/** How often a tab left open (a classroom's, all day) asks whether a new version is out. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface RegistrationEvents {
  /** A first install (not an update): the app is now cached whole. */
  onOfflineReady(): void;
  /** A new version, found by this tab or another, waits for the user. */
  onNeedRefresh(): void;
}

/**
 * Registers `sw.js` (written by vite-plugin-pwa next to index.html, built with `registerType:
 * 'prompt'`, so a new version waits) and checks for updates hourly while online. Returns what
 * hands the page to a waiting version, and what stops the checks.
 */
export async function registerServiceWorker(
  events: RegistrationEvents,
): Promise<{ skipWaiting(): void; stop(): void }> {
  const workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal) events.onOfflineReady();
  });
  workbox.addEventListener('waiting', () => events.onNeedRefresh());
  // After the page's `load` event: the precache never competes with the first screen.
  const registration = await workbox.register();
  const timer = setInterval(() => {
    if (navigator.onLine) void registration?.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
  return { skipWaiting: () => workbox.messageSkipWaiting(), stop: () => clearInterval(timer) };
}
