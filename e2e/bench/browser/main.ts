/**
 * The benchmark page: `npm run bench` builds this entry on its own (never part of the app's
 * bundle) and opens it with `?bench=NAME&backend=B`.
 */
import { parseUrlOptions } from '../../../src/app/url-options';
import { runBenchPage } from './bench-page';

const root = document.getElementById('root');
if (root) {
  const { backend } = parseUrlOptions(window.location.search);
  void runBenchPage(root, new URLSearchParams(window.location.search).get('bench'), backend);
}
