import type { EngineEvent } from '../../engine/client/training-engine';
import type { BackendChoice, EpochMetrics, RunOptions } from '../../engine/client/protocol';
import { DEFAULT_SPEC } from '../../experiment/defaults';
import type { ExperimentSpec } from '../../experiment/experiment';
import type { SearchSpec } from '../../experiment/search-schema';
import type { ConnectSampler } from '../../engine/client/search-sampler-client';
import { connectInProcess } from '../../engine/client/in-process-sampler';
import type { ResumeFrom, SchedulerEngine } from '../search-scheduler';
import { createSearchScheduler } from '../search-scheduler';
import type { SearchState } from '../search-state';

/** Records what the scheduler asks of the engine and lets the test answer as workers would. */
export class FakeTrainer implements SchedulerEngine {
  started: { runId: number; spec: ExperimentSpec; options: Partial<RunOptions> | undefined }[] = [];
  calls: string[] = [];
  private listener: ((event: EngineEvent) => void) | null = null;
  start(runId: number, spec: unknown, _backend: BackendChoice, options?: Partial<RunOptions>) {
    this.started.push({ runId, spec: spec as ExperimentSpec, options });
  }
  stop(runId: number) {
    this.calls.push(`stop ${runId}`);
  }
  pause(runId: number) {
    this.calls.push(`pause ${runId}`);
  }
  resume(runId: number) {
    this.calls.push(`resume ${runId}`);
  }
  subscribe(listener: (event: EngineEvent) => void) {
    this.listener = listener;
    return () => (this.listener = null);
  }
  emit(event: EngineEvent) {
    this.listener?.(event);
  }
  running(): number[] {
    return this.started.map((s) => s.runId);
  }
  /** Trains run `runId` through the given validation losses, then finishes it. */
  train(runId: number, losses: number[], finish = true) {
    this.emit(started(runId));
    losses.forEach((valLoss, i) =>
      this.emit({ type: 'epoch', runId, metrics: metrics(i + 1, valLoss), elapsedMs: i }),
    );
    if (finish) this.emit(finished(runId));
  }
}

export const metrics = (epoch: number, valLoss: number): EpochMetrics => ({
  epoch,
  loss: valLoss,
  valLoss,
  accuracy: 0.5,
  valAccuracy: 1 - valLoss,
  learningRate: 0.01,
  valLossStd: null,
  valAccuracyStd: null,
});
export const started = (runId: number): EngineEvent => ({
  type: 'started',
  runId,
  backend: 'cpu',
  params: 1,
  trainSize: 1,
  validationSize: 1,
  batchesPerEpoch: 1,
  folds: 1,
});
export const finished = (
  runId: number,
  reason: 'completed' | 'stopped' = 'completed',
): EngineEvent => ({
  type: 'finished',
  runId,
  reason,
  epochs: 1,
  bestEpoch: 1,
  restoredBest: false,
  elapsedMs: 1,
  tensorsBefore: 0,
  tensorsAfter: 0,
  test: null,
});

/** A scheduler over a fake engine and a clock the test moves, with the in-process sampler. */
export function setup(
  change: Partial<SearchSpec> = {},
  connectSampler?: ConnectSampler,
  resume?: ResumeFrom,
  /** Told of every state the scheduler publishes, as the store is. */
  observe?: (state: SearchState) => void,
) {
  const spec: ExperimentSpec = {
    ...DEFAULT_SPEC,
    training: { ...DEFAULT_SPEC.training, epochs: 4 },
    search: {
      ...DEFAULT_SPEC.search,
      strategy: 'random',
      concurrency: 2,
      maxTrials: 4,
      params: [
        {
          target: 'training.learningRate',
          distribution: { type: 'float', low: 0.001, high: 0.1, log: true },
          gridPoints: 3,
          condition: null,
        },
      ],
      ...change,
    },
  };
  const engine = new FakeTrainer();
  let clock = 0;
  let runId = 100;
  const states: SearchState[] = [];
  const scheduler = createSearchScheduler({
    engine,
    spec,
    backend: 'cpu',
    nextRunId: () => ++runId,
    onChange: (s) => {
      states.push(s);
      observe?.(s);
    },
    now: () => clock,
    connectSampler: connectSampler ?? connectInProcess,
    ...(resume ? { resume } : {}),
  });
  return {
    engine,
    scheduler,
    spec,
    state: () => scheduler.state,
    tick: (ms: number) => (clock += ms),
    states,
  };
}
