import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { switchDataset } from '../../experiment/adapt';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import { engineMessage } from '../client/engine-messages';
import { runPythonExport } from './python-export-runtime';

describe('the Python export worker', () => {
  it('answers with the zip and hands its buffer over', () => {
    const { reply, transfer } = runPythonExport({ spec: DEFAULT_SPEC, external: null, readme: '' });
    if (!reply.ok) throw new Error('the export failed');
    expect(transfer).toEqual([reply.zip.buffer]);
    expect(Object.keys(unzipSync(reply.zip))).toContain('traintab-python/data.npz');
  });

  it('says a request it cannot read is unreadable', () => {
    expect(runPythonExport({ spec: DEFAULT_SPEC }).reply).toEqual({
      ok: false,
      message: engineMessage('export-request-unreadable'),
    });
  });

  it('refuses a spec that does not validate', () => {
    const spec = { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: -1 } };
    expect(runPythonExport({ spec, external: null, readme: '' }).reply).toEqual({
      ok: false,
      message: engineMessage('invalid-spec'),
    });
  });

  it('says why when the data is not there (MNIST without its images)', () => {
    const spec = switchDataset(DEFAULT_SPEC, 'mnist', null);
    const { reply } = runPythonExport({ spec, external: null, readme: '' });
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.message.code).toBe('messages:engine.export-failed');
  });

  it('exports MNIST from the images it is given, as many as the spec asks for', () => {
    const spec = switchDataset(DEFAULT_SPEC, 'mnist', null);
    const count = 120;
    const external = {
      features: Float32Array.from({ length: count * 784 }, (_, i) => (i % 7) / 7),
      targets: Float32Array.from({ length: count }, (_, i) => i % 10),
      count,
      featureCount: 784,
    };
    const { reply } = runPythonExport({
      spec: { ...spec, dataset: { ...spec.dataset, numPoints: 100 } },
      external,
      readme: '',
    });
    if (!reply.ok) throw new Error(JSON.stringify(reply.message));
    const npz = unzipSync(unzipSync(reply.zip)['traintab-python/data.npz'] as Uint8Array);
    const rows = (name: string) => {
      const header = String.fromCharCode(...(npz[name] as Uint8Array).subarray(10, 80));
      return Number(/'shape': \((\d+), 28, 28, 1\)/.exec(header)?.[1]);
    };
    expect(rows('x_train.npy') + rows('x_val.npy')).toBe(100);
  });
});
