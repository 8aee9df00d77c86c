/**
 * The pruning benchmark's search: a real 27-point grid (learning rate × units × batch size) on the
 * circle dataset, trained with tfjs on the cpu backend, run without a pruner and then with ASHA
 * and with the median pruner. Reports the share of epochs each pruner spends and whether it still
 * finds the grid's best configuration. Loaded through Vite (see pruning-bench.ts).
 */
import * as tf from '@tensorflow/tfjs';
import { trainModel } from '../../src/engine/worker/train';
import { createPruner } from '../../src/search/create-pruner';
import { createGridSampler } from '../../src/search/grid-sampler';
import { buildSearchSpace } from '../../src/search/space';
import { Study } from '../../src/search/study';
import type { Params } from '../../src/search/types';
import { DEFAULT_SPEC } from '../../src/experiment/defaults';
import type { ExperimentSpec } from '../../src/experiment/experiment';
import { prepareExperimentData } from '../../src/experiment/prepare';
import { applyParams } from '../../src/experiment/search-targets';
import type { PrunerKind, SearchParamSpec } from '../../src/experiment/search-schema';
import { DEFAULT_SEARCH } from '../../src/experiment/search-schema';

const EPOCHS = 27;
const SPEC: ExperimentSpec = {
  ...DEFAULT_SPEC,
  dataset: { ...DEFAULT_SPEC.dataset, numPoints: 200 },
  training: { ...DEFAULT_SPEC.training, epochs: EPOCHS },
};

const logRange = (target: string, low: number, high: number, int: boolean): SearchParamSpec => ({
  target,
  distribution: int
    ? { type: 'int', low, high, step: 1, log: true }
    : { type: 'float', low, high, log: true },
  gridPoints: 3,
  condition: null,
});

/** 3 × 3 × 3 points: learning rate 0.003–0.3, units 4–16, batch size 16–64, all geometric. */
const SPACE = buildSearchSpace([
  logRange('training.learningRate', 0.003, 0.3, false),
  logRange('model.layers.0.units', 4, 16, true),
  logRange('training.batchSize', 16, 64, true),
]);

interface SearchResult {
  epochs: number;
  best: Params | null;
  bestValue: number | null;
}

/** Trains every grid point in turn, reporting valLoss each epoch and stopping when pruned. */
async function runSearch(kind: PrunerKind): Promise<SearchResult> {
  // The app's defaults: median with 5 start-up trials and 3 warm-up epochs; ASHA from 1 epoch, η = 3.
  const pruner = createPruner({ ...DEFAULT_SEARCH.pruner, kind }, EPOCHS);
  const study = new Study({
    name: `pruning-${kind}`,
    direction: 'minimize',
    space: SPACE,
    sampler: createGridSampler({ seed: DEFAULT_SEARCH.seed, shuffle: true }),
    pruner,
  });
  let epochs = 0;
  for (let trial = study.ask(); trial !== null; trial = study.ask()) {
    const spec = applyParams(SPEC, trial.params);
    let pruned = false;
    let best = Number.NaN;
    const outcome = await trainModel(spec, prepareExperimentData(spec), {
      onEpoch: (metrics) => {
        epochs += 1;
        if (!(metrics.valLoss >= best)) best = metrics.valLoss;
        trial.report(metrics.epoch - 1, metrics.valLoss);
        pruned = trial.shouldPrune();
      },
      shouldStop: () => pruned,
    });
    if (outcome.kind === 'diverged') {
      study.tell(trial.number, { state: 'diverged', epoch: outcome.epoch });
    } else if (pruned) {
      study.tell(trial.number, { state: 'pruned' });
    } else {
      // Scored by its best epoch, as the app's scheduler scores a trial.
      study.tell(trial.number, { state: 'complete', value: best });
    }
  }
  const best = study.bestTrial;
  return { epochs, best: best?.params ?? null, bestValue: best?.value ?? null };
}

export async function* runPruningSearches(): AsyncIterable<Record<string, unknown>> {
  await tf.setBackend('cpu');
  // Training yields through a MessageChannel that does not hold Node open: keep a timer alive.
  const keepAlive = setInterval(() => undefined, 1_000);
  try {
    const full = await runSearch('none');
    for (const pruner of ['asha', 'median'] as const) {
      const started = performance.now();
      const result = await runSearch(pruner);
      yield {
        bench: 'pruning',
        metric: 'epochs_ratio',
        value: result.epochs / full.epochs,
        unit: 'ratio',
        pruner,
        same_best: JSON.stringify(result.best) === JSON.stringify(full.best),
        epochs: result.epochs,
        full_grid_epochs: full.epochs,
        best_val_loss: result.bestValue,
        full_grid_best_val_loss: full.bestValue,
        best: result.best,
        seconds: (performance.now() - started) / 1000,
      };
    }
  } finally {
    clearInterval(keepAlive);
  }
}
