import { useId } from 'react';
import { specDatasetInfo } from '../../experiment/dataset-info';
import {
  PRUNER_KINDS,
  RUNG_VALUES,
  SEARCH_LIMITS,
  SEARCH_STRATEGIES,
} from '../../experiment/search-schema';
import type {
  ObjectiveMetric,
  PrunerKind,
  PrunerSpec,
  RungValue,
  SearchSpec,
  SearchStrategy,
} from '../../experiment/search-schema';
import { NumberField } from '../shared/NumberField';
import { maxSearchEpochs } from '../../experiment/trial-experiment';
import { useAppState } from '../shared/store-context';
import { problemText } from '../shared/problem-text';
import { useIssue } from '../shared/use-issue';
import { STRATEGY_LABELS } from './search-view';
import { FieldLabel } from '../shared/FieldLabel';

const RUNG_LABELS: Record<RungValue, string> = {
  best: 'Best so far',
  last: 'Value at the cut (Optuna)',
};

const OBJECTIVE_LABELS: Record<ObjectiveMetric, string> = {
  valLoss: 'Validation loss (lower is better)',
  valAccuracy: 'Validation accuracy (higher is better)',
};

const PRUNER_LABELS: Record<PrunerKind, string> = {
  none: 'No pruning',
  median: 'Median',
  asha: 'Successive halving (ASHA)',
  hyperband: 'Hyperband',
};

/** How the search samples, what it optimises, when it prunes, and its budget. */
export function SearchSettings({ disabled }: { disabled: boolean }) {
  const search = useAppState((s) => s.spec.search);
  const edit = useAppState((s) => s.edit);
  const classification = useAppState((s) => specDatasetInfo(s.spec.dataset).task !== 'regression');
  const strategyId = useId();
  const objectiveId = useId();
  const prunerId = useId();
  const rungId = useId();
  // The most epochs a trial can run (epochs may be searched too).
  const epochs = useAppState((s) => maxSearchEpochs(s.spec));
  const issues = {
    cv: useIssue('search.cv'),
    maxTrials: useIssue('search.maxTrials'),
    maxMinutes: useIssue('search.maxMinutes'),
    concurrency: useIssue('search.concurrency'),
    startupTrials: useIssue('search.startupTrials'),
    seed: useIssue('search.seed'),
    prunerStartup: useIssue('search.pruner.startupTrials'),
    warmupSteps: useIssue('search.pruner.warmupSteps'),
    minResource: useIssue('search.pruner.minResource'),
    reductionFactor: useIssue('search.pruner.reductionFactor'),
    rungValue: useIssue('search.pruner.rungValue'),
  };
  const change = (next: Partial<SearchSpec>) => edit({ type: 'setSearch', change: next });
  const changePruner = (next: Partial<PrunerSpec>) =>
    change({ pruner: { ...search.pruner, ...next } });
  // Accuracy stays listed when chosen before a switch to regression, next to its error.
  const objectiveIssue = useAppState((s) =>
    s.searchProblems.find((issue) => issue.path === 'search.objective'),
  );
  const objectiveError = objectiveIssue ? problemText(objectiveIssue) : null;
  const accuracyWrong = objectiveError !== null;
  const objectives: ObjectiveMetric[] =
    classification || accuracyWrong ? ['valLoss', 'valAccuracy'] : ['valLoss'];
  const { kind } = search.pruner;

  return (
    <fieldset className="fields search-settings" disabled={disabled}>
      <legend>Search settings</legend>
      <div className="field">
        <FieldLabel htmlFor={strategyId} term="bayesian-search">
          Strategy
        </FieldLabel>
        <select
          id={strategyId}
          value={search.strategy}
          onChange={(e) => change({ strategy: e.target.value as SearchStrategy })}
        >
          {SEARCH_STRATEGIES.map((strategy) => (
            <option key={strategy} value={strategy}>
              {STRATEGY_LABELS[strategy]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={objectiveId}>Objective</label>
        <select
          id={objectiveId}
          value={search.objective}
          aria-invalid={accuracyWrong ? true : undefined}
          aria-describedby={accuracyWrong ? `${objectiveId}-error` : undefined}
          onChange={(e) => change({ objective: e.target.value as ObjectiveMetric })}
        >
          {objectives.map((objective) => (
            <option key={objective} value={objective}>
              {OBJECTIVE_LABELS[objective]}
            </option>
          ))}
        </select>
        {accuracyWrong && (
          <small id={`${objectiveId}-error`} className="field-error">
            {objectiveError}
          </small>
        )}
      </div>
      <div className="field">
        <FieldLabel htmlFor={prunerId} term="pruning">
          Pruner
        </FieldLabel>
        <select
          id={prunerId}
          value={kind}
          aria-describedby={`${prunerId}-hint`}
          onChange={(e) => changePruner({ kind: e.target.value as PrunerKind })}
        >
          {PRUNER_KINDS.map((pruner) => (
            <option key={pruner} value={pruner}>
              {PRUNER_LABELS[pruner]}
            </option>
          ))}
        </select>
        <small id={`${prunerId}-hint`} className="hint">
          Stops unpromising trials early
        </small>
      </div>
      {kind === 'median' && (
        <>
          <NumberField
            label="Pruner start-up trials"
            value={search.pruner.startupTrials}
            min={SEARCH_LIMITS.prunerStartupTrials.min}
            max={SEARCH_LIMITS.prunerStartupTrials.max}
            step={1}
            hint="Trials that finish before any is pruned"
            error={issues.prunerStartup}
            onChange={(value) => changePruner({ startupTrials: value })}
          />
          <NumberField
            label="Warm-up epochs"
            value={search.pruner.warmupSteps}
            min={SEARCH_LIMITS.warmupSteps.min}
            max={SEARCH_LIMITS.warmupSteps.max}
            step={1}
            hint="Epochs every trial runs before it can be pruned"
            error={issues.warmupSteps}
            onChange={(value) => changePruner({ warmupSteps: value })}
          />
        </>
      )}
      {(kind === 'asha' || kind === 'hyperband') && (
        <>
          <NumberField
            label="Min epochs"
            value={search.pruner.minResource}
            min={SEARCH_LIMITS.minResource.min}
            max={SEARCH_LIMITS.minResource.max}
            step={1}
            hint={
              search.pruner.minResource + 1 < epochs
                ? `The first cut comes after epoch ${search.pruner.minResource + 1}`
                : `Trials of ${epochs} epochs never reach the first cut: nothing is pruned`
            }
            error={issues.minResource}
            onChange={(value) => changePruner({ minResource: value })}
          />
          <NumberField
            label="Reduction factor"
            value={search.pruner.reductionFactor}
            min={SEARCH_LIMITS.reductionFactor.min}
            max={SEARCH_LIMITS.reductionFactor.max}
            step={1}
            hint="Keep 1 in this many trials at each cut"
            error={issues.reductionFactor}
            onChange={(value) => changePruner({ reductionFactor: value })}
          />
          {kind === 'asha' && (
            <div className="field">
              <label htmlFor={rungId}>Rank trials by</label>
              <select
                id={rungId}
                value={search.pruner.rungValue ?? 'last'}
                aria-describedby={`${rungId}-hint`}
                onChange={(e) => changePruner({ rungValue: e.target.value as RungValue })}
              >
                {RUNG_VALUES.map((rung) => (
                  <option key={rung} value={rung}>
                    {RUNG_LABELS[rung]}
                  </option>
                ))}
              </select>
              <small id={`${rungId}-hint`} className="hint">
                At each cut; by its best, a slow starter survives
              </small>
              {issues.rungValue && <small className="field-error">{issues.rungValue}</small>}
            </div>
          )}
        </>
      )}
      <NumberField
        label="Cross-validation folds"
        term="cross-validation"
        value={search.cv}
        min={SEARCH_LIMITS.cv.min}
        max={SEARCH_LIMITS.cv.max}
        step={1}
        hint="1 = off: use the validation split"
        error={issues.cv}
        onChange={(value) => change({ cv: value })}
      />
      <NumberField
        label="Max trials"
        value={search.maxTrials}
        min={SEARCH_LIMITS.maxTrials.min}
        max={SEARCH_LIMITS.maxTrials.max}
        step={1}
        error={issues.maxTrials}
        onChange={(value) => change({ maxTrials: value })}
      />
      <NumberField
        label="Max minutes (0 = no limit)"
        value={search.maxMinutes}
        min={SEARCH_LIMITS.maxMinutes.min}
        max={SEARCH_LIMITS.maxMinutes.max}
        step={1}
        error={issues.maxMinutes}
        onChange={(value) => change({ maxMinutes: value })}
      />
      <NumberField
        label="Parallel trials"
        value={search.concurrency}
        min={SEARCH_LIMITS.concurrency.min}
        max={SEARCH_LIMITS.concurrency.max}
        step={1}
        error={issues.concurrency}
        onChange={(value) => change({ concurrency: value })}
      />
      {(search.strategy === 'gp' || search.strategy === 'tpe') && (
        <NumberField
          label="Start-up random trials"
          value={search.startupTrials}
          min={SEARCH_LIMITS.startupTrials.min}
          max={SEARCH_LIMITS.startupTrials.max}
          step={1}
          hint="Random trials before the model proposes"
          error={issues.startupTrials}
          onChange={(value) => change({ startupTrials: value })}
        />
      )}
      <NumberField
        label="Search seed"
        value={search.seed}
        min={SEARCH_LIMITS.seed.min}
        max={SEARCH_LIMITS.seed.max}
        step={1}
        hint="Same seed, same trials"
        error={issues.seed}
        onChange={(value) => change({ seed: value })}
      />
    </fieldset>
  );
}
