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
 * reloads the page into the new version, and what stops the checks.
 */
export async function registerServiceWorker(
  events: RegistrationEvents,
): Promise<{ reload(): void; stop(): void }> {
  const workbox = new Workbox('./sw.js', { scope: './' });
  workbox.addEventListener('installed', (event) => {
    if (!event.isUpdate && !event.isExternal) events.onOfflineReady();
  });
  workbox.addEventListener('waiting', () => events.onNeedRefresh());
  // Another tab's Reload activated the new version, which now controls this page too: the old
  // version's files are gone from the cache, so this page must reload as well (when the user says).
  workbox.addEventListener('controlling', (event) => {
    if (event.isUpdate || event.isExternal) events.onNeedRefresh();
  });
  // After the page's `load` event: the precache never competes with the first screen.
  const registration = await workbox.register();
  const timer = setInterval(() => {
    if (navigator.onLine) void registration?.update().catch(() => undefined);
  }, UPDATE_CHECK_MS);
  const reload = () => {
    // Nothing waits any more when another tab has already handed its pages to the new version.
    if (!registration?.waiting) return location.reload();
    // The waiting version takes the page over (the worker claims its clients): reload then.
    navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {
      once: true,
    });
    workbox.messageSkipWaiting();
  };
  return { reload, stop: () => clearInterval(timer) };
}
