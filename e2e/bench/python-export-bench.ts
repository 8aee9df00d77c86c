import type { NodeBench } from './node-benches';
import type * as PythonExportRun from './python-export-run';
import { throughVite } from './vite-module';

/** `npm run bench -- python-export`: runs python-export-run.ts through Vite's SSR loader. */
export const pythonExportBench: NodeBench = () =>
  throughVite<typeof PythonExportRun>('/e2e/bench/python-export-run.ts', (run) =>
    run.runPythonExports(),
  );
