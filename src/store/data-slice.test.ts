import { describe, expect, it } from 'vitest';
import { MessageError, textMessage } from '../engine/client/engine-messages';
import { storeMessage } from './store-messages';
import { setup, tinyMnist } from './testing/store-harness';

describe('app store: MNIST', () => {
  it('loads MNIST when chosen, with progress, and hands it to the engine before training', async () => {
    const progress: number[] = [];
    let release: () => void = () => undefined;
    const { engine, state, store } = setup({
      fetchMnist: async (onProgress) => {
        onProgress(0.5);
        await new Promise<void>((resolve) => (release = resolve));
        return tinyMnist();
      },
    });
    store.subscribe((s) => {
      if (s.mnist.status === 'loading') progress.push(s.mnist.progress);
    });
    state().selectDataset('mnist');
    expect(state().mnist).toEqual({ status: 'loading', progress: 0.5 });
    state().train();
    expect(state().run).toMatchObject({
      status: 'failed',
      message: storeMessage('data-not-loaded'),
    });
    release();
    await new Promise((r) => setTimeout(r, 0));
    expect(state().mnist.status).toBe('ready');
    expect([...new Set(progress)]).toEqual([0, 0.5]);
    state().edit({ type: 'setDatasetNumber', field: 'numPoints', value: 100 });
    state().train();
    expect(engine.calls.map((c) => c.slice(0, 2))).toEqual([
      ['provideData', 'mnist'],
      ['start', 2],
    ]);
    expect(engine.calls[0]?.[2]).toBe(30);
  });

  it('says why MNIST could not load: the loader’s reason, or an exception’s text as it is', async () => {
    const http = storeMessage('mnist-http', { status: 404, url: '/data/mnist.bin' });
    const { state } = setup({ fetchMnist: () => Promise.reject(new MessageError(http)) });
    state().selectDataset('mnist');
    await new Promise((r) => setTimeout(r, 0));
    expect(state().mnist).toEqual({ status: 'failed', message: http });

    const damaged = setup({ fetchMnist: () => Promise.reject(new Error('truncated')) });
    damaged.state().selectDataset('mnist');
    await new Promise((r) => setTimeout(r, 0));
    expect(damaged.state().mnist).toEqual({ status: 'failed', message: textMessage('truncated') });
  });
});

describe('app store: CSV', () => {
  // 12 fruit: size (a measurement), colour (a category) and kind (the label).
  const csv = [
    'size,colour,kind',
    ...Array.from(
      { length: 12 },
      (_, i) => `${(i + 1) * 1.5},${i % 2 ? 'green' : 'red'},${i % 2 ? 'pear' : 'apple'}`,
    ),
  ].join('\n');

  it('turns an uploaded CSV into the spec (without its data) and trains on it', async () => {
    const { engine, state } = setup();
    await state().uploadCsv('fruit.csv', csv, csv.length);
    expect(state().csv.status).toBe('loaded');
    const dataset = state().spec.dataset;
    expect(dataset.name).toBe('csv');
    expect(dataset.csv).toMatchObject({
      fileName: 'fruit.csv',
      target: 'kind',
      task: 'classification',
      missing: 'drop',
      shape: { task: 'binary', inputSize: 3, outputSize: 1 },
    });
    expect(JSON.stringify(state().spec)).not.toContain('apple');
    expect(state().specIssues).toEqual([]);
    state().train();
    expect(engine.calls[0]).toEqual([
      'provideData',
      expect.stringMatching(/^csv:[0-9a-f]+:classification:drop:kind$/),
      12,
    ]);
  });

  it('re-converts when another target is chosen, inferring its task', async () => {
    const { state } = setup();
    await state().uploadCsv('fruit.csv', csv, csv.length);
    state().chooseCsv({ target: 'size' });
    expect(state().spec.dataset.csv).toMatchObject({
      target: 'size',
      task: 'regression',
      shape: { task: 'regression' },
    });
    expect(state().spec.training.loss).toBe('meanSquaredError');
  });

  it('restores the recorded column choices when the same file is uploaded again, and only then', async () => {
    const first = setup();
    await first.state().uploadCsv('fruit.csv', csv, csv.length);
    first.state().chooseCsv({ target: 'size', missing: 'fill' });
    const saved = first.state().spec;

    const reopened = setup({ spec: saved });
    expect(reopened.state().expectedCsv).toEqual(saved.dataset.csv);
    await reopened.state().uploadCsv('fruit.csv', csv, csv.length);
    expect(reopened.state().spec).toEqual(saved);

    const other = setup({ spec: saved });
    const changed = csv.replace('1.5', '1.6');
    await other.state().uploadCsv('fruit.csv', changed, changed.length);
    expect(other.state().spec.dataset.csv).toMatchObject({ target: 'kind', missing: 'drop' });
  });

  it('keeps only the last of two files chosen in quick succession', async () => {
    const { state, store } = setup();
    const shown: string[] = [];
    store.subscribe((s) => {
      if (s.csv.status !== 'none' && shown.at(-1) !== s.csv.fileName) shown.push(s.csv.fileName);
    });
    // The parser loads on demand: the first file is still being read when the second comes.
    await Promise.all([
      state().uploadCsv('first.csv', csv, csv.length),
      state().uploadCsv('second.csv', csv, csv.length),
    ]);
    expect(shown).toEqual(['second.csv']);
  });

  it('shows why a broken file cannot be used and keeps Train blocked', async () => {
    const { state } = setup();
    await state().uploadCsv('broken.csv', '', 0);
    expect(state().csv).toMatchObject({
      status: 'invalid',
      fileName: 'broken.csv',
      message: { code: 'csv:empty', params: { file: { code: 'csv:named-file' } } },
    });
    expect(state().spec.dataset.name).toBe('csv');
    expect(state().specIssues.map((i) => i.path)).toContain('dataset.csv');
  });
});
