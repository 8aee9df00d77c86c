import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WorkerTrainingEngine } from '../engine/client';
import { createAppStore } from '../store/app-store';
import { StoreProvider } from '../ui/store-context';
import { App } from './App';
import { parseUrlOptions } from './url-options';
import { syncSpecToUrl } from './url-sync';
import { decodeSpecFromHash } from '../spec/share-link';
import './app.css';

const options = parseUrlOptions(window.location.search);
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

if (options.bench) {
  // `npm run bench` opens the production build with ?bench=NAME; the harness loads only then.
  import('./bench-page')
    .then(({ runBenchPage }) => runBenchPage(root, options))
    .catch((error: unknown) => {
      root.textContent = `The benchmark page could not load: ${String(error)}`;
    });
} else {
  // A damaged link never throws: it opens what could be repaired (or the defaults) and says why.
  const link = decodeSpecFromHash(window.location.hash);
  const store = createAppStore({
    engine: new WorkerTrainingEngine(),
    backendChoice: options.backend,
    spec: link.spec,
    notices: [...(options.problem ? [options.problem] : []), ...link.problems],
  });
  syncSpecToUrl(store);
  createRoot(root).render(
    <StrictMode>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </StrictMode>,
  );
}
