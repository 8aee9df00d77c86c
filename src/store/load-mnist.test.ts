import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { MNIST_PIXELS, packMnist } from '../data/mnist-format';
import { errorMessage } from '../engine/client/engine-messages';
import { loadMnistAsset } from './load-mnist';
import { storeMessage } from './store-messages';

/** Why loading failed, as the MNIST panel shows it. */
const failure = (loading: Promise<unknown>) =>
  loading.then(
    () => {
      throw new Error('It loaded');
    },
    (error: unknown) => errorMessage(error),
  );

const digits = Array.from({ length: 20 }, (_, i) => ({
  label: i % 10,
  pixels: Array.from({ length: MNIST_PIXELS }, (_, p) => ((p + i) % 7) / 6),
}));
const packed = packMnist(digits);

const fakeFetch = (body: Uint8Array, status = 200, chunk = 1000): typeof fetch =>
  (async () =>
    new Response(
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < body.length; i += chunk) controller.enqueue(body.slice(i, i + chunk));
          controller.close();
        },
      }),
      { status, headers: { 'Content-Length': String(body.length) } },
    )) as typeof fetch;

describe('loadMnistAsset', () => {
  it('downloads, inflates and unpacks the gzipped asset, reporting progress up to 1', async () => {
    const progress: number[] = [];
    const mnist = await loadMnistAsset(
      '/data/x',
      (f) => progress.push(f),
      fakeFetch(gzipSync(packed)),
    );
    expect(mnist.count).toBe(20);
    expect(new Set(mnist.labels)).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
  });

  it('accepts bytes a server already inflated', async () => {
    const mnist = await loadMnistAsset('/data/x', () => undefined, fakeFetch(packed));
    expect(mnist.count).toBe(20);
  });

  it('explains a network failure', async () => {
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    expect(await failure(loadMnistAsset('/data/x', () => undefined, offline))).toEqual(
      storeMessage('mnist-fetch-failed', { detail: 'Failed to fetch' }),
    );
  });

  it('explains an HTTP failure and a damaged file', async () => {
    expect(
      await failure(loadMnistAsset('/data/x', () => undefined, fakeFetch(new Uint8Array(4), 404))),
    ).toEqual(storeMessage('mnist-http', { status: 404, url: '/data/x' }));
    await expect(
      loadMnistAsset('/data/x', () => undefined, fakeFetch(Uint8Array.from([1, 2, 3, 4, 5]))),
    ).rejects.toThrow(/not a TrainTab MNIST file|truncated/);
  });
});
