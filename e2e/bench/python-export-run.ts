import { performance } from 'node:perf_hooks';
import { switchDataset } from '../../src/experiment/adapt';
import { DEFAULT_SPEC } from '../../src/experiment/defaults';
import type { ExperimentSpec } from '../../src/experiment/experiment';
import { mnistToDataset, packMnist, unpackMnist } from '../../src/data/mnist-format';
import { readMnistPackage } from '../../src/data/mnist-package';
import type { Dataset } from '../../src/data/types';
import { runPythonExport } from '../../src/engine/worker/python-export-runtime';
import { median } from '../../src/lib/stats';

const REPEATS = 5;

/**
 * What the export worker does for one click of "Export to Python" (validate,
 * split and standardise the data, write experiment.py and data.npz, zip them), timed in Node on
 * the datasets of three sizes, with the zip's size.
 */
export async function* runPythonExports(): AsyncIterable<Record<string, unknown>> {
  const mnist = mnistToDataset(unpackMnist(packMnist(readMnistPackage())));
  const mnistSpec = switchDataset(DEFAULT_SPEC, 'mnist', null);
  const cases: [string, ExperimentSpec, Dataset | null][] = [
    ['circle', DEFAULT_SPEC, null],
    ['iris', switchDataset(DEFAULT_SPEC, 'iris', null), null],
    ['mnist-10k', { ...mnistSpec, dataset: { ...mnistSpec.dataset, numPoints: 10000 } }, mnist],
  ];
  for (const [dataset, spec, external] of cases) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < REPEATS; i++) {
      const start = performance.now();
      const { reply } = runPythonExport({ spec, external, readme: '' });
      times.push(performance.now() - start);
      if (!reply.ok) throw new Error(`The ${dataset} export failed: ${JSON.stringify(reply)}`);
      bytes = reply.zip.length;
    }
    yield {
      bench: 'python-export',
      metric: 'export_ms',
      value: Math.round(median(times)),
      unit: 'ms',
      dataset,
      repeats: REPEATS,
      zip_kib: Math.round(bytes / 1024),
    };
  }
}
