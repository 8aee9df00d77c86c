import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TrainingPool } from '../engine/client/pool';
import { connectWorker } from '../engine/client/search-sampler-client';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../ui/shared/store-context';
import { App } from './App';
import { parseUrlOptions } from './url-options';
import { syncSpecToUrl } from './url-sync';
import { syncClassroomToUrl } from './classroom-url';
import { decodeSpecFromHash } from '../experiment/share-link';
import { DeferredStudyStorage, openStudyStorage } from '../storage/study-storage';
import { browserCoordination } from '../storage/tab-coordination';
import { isLocked } from '../store/lock';
import { browserQuota } from '../store/saved-slice';
import { currentLanguage, i18n, initI18n } from '../ui/i18n/i18n';
import { syncLanguageToUrl } from './language-url';
import './app.css';

declare global {
  interface Window {
    traintabTest?: { killTrainingWorker(): void };
  }
}

const options = parseUrlOptions(window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// A damaged link never throws: it opens what could be repaired (or the defaults) and says why.
const link = decodeSpecFromHash(window.location.hash);
const engine = new TrainingPool(undefined, {
  ...(options.hangSeconds ? { hangTimeoutMs: options.hangSeconds * 1000 } : {}),
});
const store = createAppStore({
  engine,
  backendChoice: options.backend,
  spec: link.spec,
  notices: [...options.problems, ...link.problems],
  classroom: { presenting: options.present, hiddenControls: options.hide },
  // The sampler proposes in a worker of its own, so a GP refit never blocks the page.
  connectSampler: connectWorker(),
  // Searches are kept in IndexedDB, opened while the page draws.
  storage: new DeferredStudyStorage(openStudyStorage()),
  quota: browserQuota(),
  // One tab drives a saved search; another that opens it follows it and takes over if it closes.
  tabs: browserCoordination(),
});
// The search saved last comes back: finished as it ended, or going on where it stopped.
void store.getState().reopenLastSearch();
// Leaving while something trains asks first: the browser's own "Leave site?" prompt.
window.addEventListener('beforeunload', (event) => {
  if (isLocked(store.getState())) event.preventDefault();
});
syncSpecToUrl(store);
syncClassroomToUrl(store);
// A lesson's link opens the lesson and runs it: the link alone shows overfitting to a class.
if (options.lesson) store.getState().openLesson(options.lesson, true);
// End-to-end tests kill a training worker mid-run through this, as a crash would.
if (options.testHooks)
  window.traintabTest = {
    killTrainingWorker: () => engine.killWorkerOf(store.getState().run.id),
  };
// The page draws once its language's words are in; should they fail to load, it draws anyway.
void initI18n()
  .catch((error: unknown) => console.error('The translations could not be loaded:', error))
  .finally(() => {
    syncLanguageToUrl(i18n, currentLanguage());
    createRoot(root).render(
      <StrictMode>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </StrictMode>,
    );
  });
