import { describe, expect, it } from 'vitest';
import { MemoryStudyStorage } from '../storage/testing/memory-study-storage';
import { started } from './testing/scheduler-harness';
import { finished, metrics, setup } from './testing/store-harness';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('saved runs', () => {
  it('keeps a run when it starts and ends, with its curves, and lists it', async () => {
    const storage = new MemoryStudyStorage();
    const { state, engine, flush } = setup({ storage });
    state().train();
    flush();
    await settle();
    expect((await storage.listRuns()).runs).toEqual([
      expect.objectContaining({ status: 'running', backend: 'cpu', history: [] }),
    ]);
    const runId = state().run.id;
    engine.emit(started(runId));
    for (const epoch of [1, 2])
      engine.emit({ type: 'epoch', runId, metrics: metrics(epoch), elapsedMs: epoch });
    engine.emit(finished(runId));
    flush();
    await settle();
    const [run] = (await storage.listRuns()).runs;
    expect(run).toMatchObject({ status: 'completed', ranOn: 'cpu', params: 1, durationMs: 25 });
    expect(run?.history.map((m) => m.epoch)).toEqual([1, 2]);
    await state().refreshSaved();
    expect(state().saved.runs).toEqual([
      expect.objectContaining({ id: run?.id, dataset: 'circle', status: 'completed' }),
    ]);
  });

  it('renames a run, and deletes it with undo', async () => {
    const storage = new MemoryStudyStorage();
    const { state, engine, flush } = setup({ storage });
    state().train();
    engine.emit(finished(state().run.id, true));
    flush();
    await settle();
    await state().refreshSaved();
    const id = state().saved.runs[0]!.id;
    await state().renameRun(id, ' Baseline ');
    expect(state().saved.runs[0]?.name).toBe('Baseline');
    await state().deleteRun(id);
    expect(state().saved.runs).toEqual([]);
    await state().undoDeleteSaved();
    expect(state().saved.runs.map((r) => r.name)).toEqual(['Baseline']);
  });
});

describe('a kept model', () => {
  it('is stored with its run when asked, listed, downloaded again, and restored by Undo', async () => {
    const storage = new MemoryStudyStorage();
    const { state, engine, flush } = setup({ storage });
    state().train();
    const runId = state().run.id;
    const weights = new Float32Array([0.5, -1]).buffer;
    engine.emit({ type: 'model', runId, topology: '{"t":1}', weightSpecs: '[]', weights });
    engine.emit(finished(runId));
    flush();
    await settle();
    await state().keepModel();
    const [run] = state().saved.runs;
    expect(run?.modelKept).toBe(true);
    const model = await state().savedModel(run!.id);
    expect(model?.topology).toBe('{"t":1}');
    expect([...new Float32Array(model!.weights)]).toEqual([0.5, -1]);
    await state().deleteRun(run!.id);
    await state().undoDeleteSaved();
    expect(state().saved.runs[0]?.modelKept).toBe(true);
  });
});

describe('a saved run reopened', () => {
  it('shows in the results as it ended, with its experiment in the builder, and is not kept twice', async () => {
    const storage = new MemoryStudyStorage();
    const first = setup({ storage });
    first.state().edit({ type: 'setTrainingNumber', field: 'learningRate', value: 0.2 });
    first.state().train();
    const runId = first.state().run.id;
    first.engine.emit(started(runId));
    first.engine.emit({ type: 'epoch', runId, metrics: metrics(1), elapsedMs: 1 });
    first.engine.emit({
      type: 'predictions',
      runId,
      predictions: { kind: 'confusion', epoch: 1, classNames: ['a', 'b'], matrix: [3, 1, 0, 4] },
    });
    first.engine.emit(finished(runId));
    first.flush();
    await settle();

    const page = setup({ storage });
    await page.state().refreshSaved();
    await page.state().openSavedRun(page.state().saved.runs[0]!.id);
    const { run, spec } = page.state();
    expect(run).toMatchObject({
      status: 'completed',
      elapsedMs: 25,
      info: { backend: 'cpu', params: 1 },
    });
    expect(run.history.map((m) => m.epoch)).toEqual([1]);
    expect(run.predictions.confusion?.matrix).toEqual([3, 1, 0, 4]);
    expect(spec.training.learningRate).toBe(0.2);
    await settle();
    expect((await storage.listRuns()).runs).toHaveLength(1);
  });
});
