import type { DatasetName } from '../data/catalog';
import type { UnpackedMnist } from '../data/mnist-format';
import type { Dataset } from '../data/types';
import { errorMessage } from '../engine/client/engine-messages';
import { fitOutputToTask, switchDataset } from '../experiment/adapt';
import type { CsvSource, ExperimentSpec } from '../experiment/experiment';
import type { CsvChoices, CsvState } from './csv-state';
import { csvSource, loadCsv, rechoose } from './csv-state';
import type { Message } from '../lib/message';
import type { SliceContext } from './slice';

export type MnistState =
  | { status: 'idle' }
  | { status: 'loading'; progress: number }
  | { status: 'ready'; images: UnpackedMnist; dataset: Dataset }
  | { status: 'failed'; message: Message };

/** Data the worker cannot make from the spec: the MNIST digits and an uploaded CSV. */
export interface DataSlice {
  mnist: MnistState;
  csv: CsvState;
  /** The CSV the experiment was made with (from a link or a saved spec), until a file is uploaded. */
  expectedCsv: CsvSource | null;
  selectDataset(name: DatasetName): void;
  loadMnist(): Promise<void>;
  /** Reads the file's text (the parser loads on demand); a later upload wins over an earlier one. */
  uploadCsv(fileName: string, text: string, byteSize: number): Promise<void>;
  chooseCsv(change: Partial<CsvChoices>): void;
  /** Gets ready for a spec opened whole (a link, a file): its CSV is expected, MNIST loads. */
  loadDataFor(spec: ExperimentSpec): void;
}

export function createDataSlice(
  ctx: SliceContext,
  spec: ExperimentSpec,
  fetchMnist: (onProgress: (fraction: number) => void) => Promise<UnpackedMnist>,
): DataSlice {
  const { set, get } = ctx;
  /** Puts a usable CSV into the spec, or leaves the spec waiting for one. */
  const syncCsvSpec = (csv: CsvState) => {
    const source = csvSource(csv);
    const current = get().spec;
    ctx.writeSpec(
      current.dataset.name === 'csv'
        ? fitOutputToTask({ ...current, dataset: { ...current.dataset, csv: source } })
        : switchDataset(current, 'csv', source),
    );
  };
  let uploads = 0;
  return {
    mnist: { status: 'idle' },
    csv: { status: 'none' },
    expectedCsv: spec.dataset.csv,

    selectDataset(name) {
      if (ctx.isLocked() || get().spec.dataset.name === name) return;
      ctx.writeSpec(switchDataset(get().spec, name, name === 'csv' ? csvSource(get().csv) : null));
      if (name === 'mnist') void get().loadMnist();
    },

    async loadMnist() {
      const status = get().mnist.status;
      if (status === 'loading' || status === 'ready') return;
      set({ mnist: { status: 'loading', progress: 0 } });
      try {
        const images = await fetchMnist((progress) =>
          set({ mnist: { status: 'loading', progress } }),
        );
        // Loaded with the digits (the default fetchMnist has loaded it already), not with the page.
        const { mnistToDataset } = await import('../data/mnist-format');
        set({ mnist: { status: 'ready', images, dataset: mnistToDataset(images) } });
      } catch (error) {
        set({ mnist: { status: 'failed', message: errorMessage(error) } });
      }
    },

    async uploadCsv(fileName, text, byteSize) {
      if (ctx.isLocked()) return;
      const upload = ++uploads;
      const csv = await loadCsv(fileName, text, byteSize, get().expectedCsv);
      if (upload !== uploads || ctx.isLocked()) return;
      set({ csv });
      syncCsvSpec(csv);
    },

    chooseCsv(change) {
      const current = get().csv;
      if (ctx.isLocked() || current.status !== 'loaded') return;
      const csv = rechoose(current, change);
      set({ csv });
      syncCsvSpec(csv);
    },

    loadDataFor(next) {
      set({ expectedCsv: next.dataset.csv });
      if (next.dataset.name === 'mnist') void get().loadMnist();
    },
  };
}

/** The loaded data behind an external-data key (MNIST, an uploaded CSV), or null until it is. */
export function externalDatasetOf(
  { mnist, csv }: Pick<DataSlice, 'mnist' | 'csv'>,
  key: string,
): Dataset | null {
  if (key === 'mnist') return mnist.status === 'ready' ? mnist.dataset : null;
  return csv.status === 'loaded' && csv.result.ok ? csv.result.dataset : null;
}
