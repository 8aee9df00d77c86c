import { BENCHMARKS } from './benchmarks';
import type { BenchLine } from './benchmarks';
import type { Dataset } from '../../../src/data/types';
import { loadMnistDataset, mnistTransfer } from './mnist-transfer';
import type { BackendChoice } from '../../../src/engine/client/protocol';

export type BenchPageResult =
  | { status: 'running' }
  | { status: 'done'; lines: BenchLine[] }
  | { status: 'failed'; message: string };

declare global {
  interface Window {
    traintabBench?: BenchPageResult;
  }
}

/** Runs one benchmark in this page and leaves its result on `window.traintabBench` for the runner. */
export async function runBenchPage(
  root: HTMLElement,
  bench: string | null,
  backend: BackendChoice,
): Promise<void> {
  const output = document.createElement('pre');
  output.setAttribute('role', 'status');
  root.replaceChildren(output);
  const benchmarks: typeof BENCHMARKS = { ...BENCHMARKS, 'mnist-transfer': mnistTransfer };
  const run = bench ? benchmarks[bench] : undefined;
  if (!run) {
    window.traintabBench = {
      status: 'failed',
      message: `Unknown benchmark "${bench}". Known: ${Object.keys(benchmarks).join(', ')}.`,
    };
  } else {
    window.traintabBench = { status: 'running' };
    output.textContent = `Running ${bench} on ${backend}…`;
    let mnist: Promise<Dataset> | null = null;
    // Loaded once, and only by a benchmark that trains on it.
    const loadMnist = () => (mnist ??= loadMnistDataset());
    try {
      window.traintabBench = { status: 'done', lines: await run({ backend, loadMnist }) };
    } catch (error) {
      window.traintabBench = {
        status: 'failed',
        message: error instanceof Error ? error.message : String(error),
      };
    }
  }
  output.textContent = JSON.stringify(window.traintabBench, null, 2);
}
