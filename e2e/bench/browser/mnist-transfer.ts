import { MNIST_ASSET_PATH, mnistToDataset } from '../../../src/data/mnist-format';
import type { Dataset } from '../../../src/data/types';
import type { BenchLine } from './benchmarks';
import { median } from '../../../src/lib/stats';
import { loadMnistAsset } from '../../../src/store/load-mnist';

const ROUNDS = 5;

/** Posts a message to a worker that answers at once, and resolves with the round-trip time. */
function roundTrip(worker: Worker, message: unknown, transfer: Transferable[]): Promise<number> {
  return new Promise((resolve) => {
    const started = performance.now();
    worker.onmessage = () => resolve(performance.now() - started);
    worker.postMessage(message, transfer);
  });
}

/** Downloads and decodes the MNIST asset served with the app into float32 features. */
export async function loadMnistDataset(): Promise<Dataset> {
  const images = await loadMnistAsset(
    `${import.meta.env.BASE_URL}${MNIST_ASSET_PATH}`,
    () => undefined,
  );
  return mnistToDataset(images);
}

/**
 * What it costs to get MNIST (10,000 digits as float32 features) into a worker: loading and
 * decoding the asset, copying the typed arrays, and posting them with and without transfer.
 */
export async function mnistTransfer(): Promise<BenchLine[]> {
  const loadStart = performance.now();
  const dataset = await loadMnistDataset();
  const loadMs = performance.now() - loadStart;
  const echo = new Worker(
    URL.createObjectURL(
      new Blob(['onmessage = (e) => postMessage(e.data.count);'], { type: 'text/javascript' }),
    ),
  );
  const copy: number[] = [];
  const transfer: number[] = [];
  const clone: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const copyStart = performance.now();
    const features = dataset.features.slice();
    const targets = dataset.targets.slice();
    copy.push(performance.now() - copyStart);
    const message = { count: dataset.count, features, targets };
    clone.push(await roundTrip(echo, message, []));
    transfer.push(await roundTrip(echo, message, [features.buffer, targets.buffer]));
  }
  echo.terminate();
  const bytes = dataset.features.byteLength + dataset.targets.byteLength;
  const context = { images: dataset.count, bytes, rounds: ROUNDS };
  const line = (metric: string, value: number) => ({
    bench: 'mnist-transfer',
    metric,
    value: Math.round(value * 100) / 100,
    unit: 'ms',
    ...context,
  });
  return [
    line('load_decode_ms', loadMs),
    line('copy_ms', median(copy)),
    line('transfer_ms', median(transfer)),
    line('structured_clone_ms', median(clone)),
  ];
}
