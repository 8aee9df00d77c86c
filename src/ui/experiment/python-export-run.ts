import type { TFunction } from 'i18next';
import type { Dataset } from '../../data/types';
import { exportPythonProject } from '../../engine/client/python-export-client';
import type { ExperimentSpec } from '../../experiment/experiment';
import { pythonReadme } from './python-readme';

/**
 * One export: the README in the language on screen, then the zip from the export worker. A chunk
 * of its own, loaded with the first export, so the first screen does not wait for it.
 */
export const exportPython = (
  t: TFunction<'experiment'>,
  spec: ExperimentSpec,
  external: Dataset | null,
): Promise<Uint8Array> => exportPythonProject({ spec, external, readme: pythonReadme(t, spec) });
