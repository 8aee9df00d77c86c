import { describe, expect, it } from 'vitest';
import { DEFAULT_SPEC } from '../experiment/defaults';
import { finished, setup } from './testing/store-harness';

describe('app store: spec edits', () => {
  it('validates edits, refuses to train an invalid spec, and locks edits during a run', () => {
    const { engine, state } = setup();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 0 });
    // Read as "Epochs must be at least 1" (src/ui/shared/problem-text.test.ts).
    expect(state().specIssues).toEqual([
      { code: 'too-small', path: 'training.epochs', params: { field: 'training.epochs', min: 1 } },
    ]);
    state().train();
    expect(engine.calls).toEqual([]);
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 5 });
    expect(state().specIssues).toEqual([]);
    state().train();
    state().edit({ type: 'setOptimizer', optimizer: 'sgd' });
    state().setBackendChoice('wasm');
    state().selectDataset('xor');
    expect(state().spec.training.optimizer).toBe('adam');
    expect(state().spec.dataset.name).toBe('circle');
    expect(state().backendChoice).toBe('cpu');
    expect(engine.calls).toEqual([
      ['start', 1, { ...DEFAULT_SPEC, training: { ...DEFAULT_SPEC.training, epochs: 5 } }, 'cpu'],
    ]);
  });

  it('switches datasets and fits the output layer and loss to the task', () => {
    const { state } = setup();
    state().selectDataset('iris');
    expect(state().spec.dataset).toMatchObject({ name: 'iris', standardize: true });
    expect(state().spec.model.layers.at(-1)).toEqual({
      type: 'dense',
      units: 3,
      activation: 'softmax',
      kernelL1: 0,
      kernelL2: 0,
    });
    expect(state().spec.training.loss).toBe('sparseCategoricalCrossentropy');
    expect(state().specIssues).toEqual([]);
    state().selectDataset('plane');
    expect(state().spec.model.layers.at(-1)).toEqual({
      type: 'dense',
      units: 1,
      activation: 'linear',
      kernelL1: 0,
      kernelL2: 0,
    });
    expect(state().spec.training.loss).toBe('meanSquaredError');
    state().selectDataset('curve');
    expect(state().spec.dataset).toMatchObject({ numPoints: 15, noise: 0.2 });
  });

  it('undoes and redoes every spec edit, one step per field burst', () => {
    const { state } = setup();
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 1 });
    state().edit({ type: 'setTrainingNumber', field: 'epochs', value: 12 });
    state().editLayers({ type: 'remove', index: 0 });
    state().selectDataset('xor');
    expect(state().past).toHaveLength(3);
    state().undo();
    expect(state().spec.dataset.name).toBe('circle');
    state().undo();
    expect(state().spec.model.layers).toHaveLength(3);
    expect(state().spec.training.epochs).toBe(12);
    state().undo();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    state().undo();
    expect(state().spec).toEqual(DEFAULT_SPEC);
    state().redo();
    state().redo();
    expect(state().spec.model.layers).toHaveLength(2);
    // A new edit after undoing drops the redo steps.
    state().edit({ type: 'setOptimizer', optimizer: 'sgd' });
    expect(state().future).toEqual([]);
  });

  it('gives each layer a stable id that follows it through moves, inserts and undo', () => {
    const { state } = setup();
    const [a, b, c] = state().layerIds;
    state().editLayers({ type: 'move', from: 2, to: 0 });
    expect(state().layerIds).toEqual([c, a, b]);
    state().editLayers({ type: 'duplicate', index: 0 });
    expect(state().layerIds.slice(0, 1)).toEqual([c]);
    expect(new Set(state().layerIds).size).toBe(4);
    state().editLayers({ type: 'remove', index: 1 });
    expect(state().layerIds).toEqual([c, a, b]);
    state().undo();
    state().undo();
    expect(state().layerIds).toEqual([c, a, b]);
    state().undo();
    expect(state().layerIds).toEqual([a, b, c]);
  });

  it('makes typing into one number of one layer one undo step, and anything else its own', () => {
    const { state } = setup();
    const dense = (units: number, activation: 'relu' | 'tanh' = 'relu') =>
      ({ type: 'dense', units, activation, kernelL1: 0, kernelL2: 0 }) as const;
    state().editLayers({ type: 'update', index: 0, layer: dense(1) });
    state().editLayers({ type: 'update', index: 0, layer: dense(16) });
    expect(state().past).toHaveLength(1);
    state().editLayers({ type: 'update', index: 0, layer: dense(16, 'tanh') });
    state().editLayers({ type: 'update', index: 1, layer: dense(4) });
    expect(state().past).toHaveLength(3);
    state().undo();
    expect(state().spec.model.layers[0]).toEqual(dense(16, 'tanh'));
    state().undo();
    expect(state().spec.model.layers[0]).toEqual(dense(16));
  });

  it('applies builder edits and refuses them during a run', () => {
    const { state } = setup();
    state().editLayers({ type: 'insert', index: 0, layer: { type: 'dropout', rate: 0.5 } });
    expect(state().spec.model.layers[0]).toEqual({ type: 'dropout', rate: 0.5 });
    state().train();
    state().editLayers({ type: 'remove', index: 0 });
    state().undo();
    expect(state().spec.model.layers[0]).toEqual({ type: 'dropout', rate: 0.5 });
  });

  it('resets the spec to the defaults', () => {
    const { state } = setup();
    state().edit({ type: 'setDatasetNumber', field: 'noise', value: 0.4 });
    state().edit({ type: 'reset' });
    expect(state().spec).toEqual(DEFAULT_SPEC);
  });
});

describe('app store: links opened while something trains', () => {
  it('keeps the link, says it waits, and opens it when the run ends', () => {
    const { engine, state } = setup();
    state().train();
    const linked = {
      ...DEFAULT_SPEC,
      training: { ...DEFAULT_SPEC.training, epochs: 7 },
    };
    state().openLink(linked, []);
    expect(state().spec.training.epochs).toBe(DEFAULT_SPEC.training.epochs);
    expect(state().notices).toEqual([{ code: 'link-waits-for-training', path: '', params: {} }]);
    engine.emit(finished(1, true));
    expect(state().spec.training.epochs).toBe(7);
    expect(state().notices).toEqual([]);
    expect(state().pendingLink).toBeNull();
  });
});
