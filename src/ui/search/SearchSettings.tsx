import { useId } from 'react';
import { useTranslation } from 'react-i18next';
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
import { strategyLabel } from './search-view';
import { FieldLabel } from '../shared/FieldLabel';

/** How the search samples, what it optimises, when it prunes, and its budget. */
export function SearchSettings({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('search');
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
      <legend>{t('settings.title')}</legend>
      <div className="field">
        <FieldLabel htmlFor={strategyId} term="bayesian-search">
          {t('settings.strategy')}
        </FieldLabel>
        <select
          id={strategyId}
          value={search.strategy}
          onChange={(e) => change({ strategy: e.target.value as SearchStrategy })}
        >
          {SEARCH_STRATEGIES.map((strategy) => (
            <option key={strategy} value={strategy}>
              {strategyLabel(strategy)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={objectiveId}>{t('settings.objective')}</label>
        <select
          id={objectiveId}
          value={search.objective}
          aria-invalid={accuracyWrong ? true : undefined}
          aria-describedby={accuracyWrong ? `${objectiveId}-error` : undefined}
          onChange={(e) => change({ objective: e.target.value as ObjectiveMetric })}
        >
          {objectives.map((objective) => (
            <option key={objective} value={objective}>
              {t(`settings.objectives.${objective}`)}
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
          {t('settings.pruner')}
        </FieldLabel>
        <select
          id={prunerId}
          value={kind}
          aria-describedby={`${prunerId}-hint`}
          onChange={(e) => changePruner({ kind: e.target.value as PrunerKind })}
        >
          {PRUNER_KINDS.map((pruner) => (
            <option key={pruner} value={pruner}>
              {t(`settings.pruners.${pruner}`)}
            </option>
          ))}
        </select>
        <small id={`${prunerId}-hint`} className="hint">
          {t('settings.prunerHint')}
        </small>
      </div>
      {kind === 'median' && (
        <>
          <NumberField
            label={t('settings.prunerStartup')}
            value={search.pruner.startupTrials}
            min={SEARCH_LIMITS.prunerStartupTrials.min}
            max={SEARCH_LIMITS.prunerStartupTrials.max}
            step={1}
            hint={t('settings.prunerStartupHint')}
            error={issues.prunerStartup}
            onChange={(value) => changePruner({ startupTrials: value })}
          />
          <NumberField
            label={t('settings.warmup')}
            value={search.pruner.warmupSteps}
            min={SEARCH_LIMITS.warmupSteps.min}
            max={SEARCH_LIMITS.warmupSteps.max}
            step={1}
            hint={t('settings.warmupHint')}
            error={issues.warmupSteps}
            onChange={(value) => changePruner({ warmupSteps: value })}
          />
        </>
      )}
      {(kind === 'asha' || kind === 'hyperband') && (
        <>
          <NumberField
            label={t('settings.minEpochs')}
            value={search.pruner.minResource}
            min={SEARCH_LIMITS.minResource.min}
            max={SEARCH_LIMITS.minResource.max}
            step={1}
            hint={
              search.pruner.minResource + 1 < epochs
                ? t('settings.firstCut', { epoch: search.pruner.minResource + 1 })
                : t('settings.noCut', { epochs })
            }
            error={issues.minResource}
            onChange={(value) => changePruner({ minResource: value })}
          />
          <NumberField
            label={t('settings.reductionFactor')}
            value={search.pruner.reductionFactor}
            min={SEARCH_LIMITS.reductionFactor.min}
            max={SEARCH_LIMITS.reductionFactor.max}
            step={1}
            hint={t('settings.reductionFactorHint')}
            error={issues.reductionFactor}
            onChange={(value) => changePruner({ reductionFactor: value })}
          />
          {kind === 'asha' && (
            <div className="field">
              <label htmlFor={rungId}>{t('settings.rankBy')}</label>
              <select
                id={rungId}
                value={search.pruner.rungValue ?? 'last'}
                aria-describedby={`${rungId}-hint`}
                onChange={(e) => changePruner({ rungValue: e.target.value as RungValue })}
              >
                {RUNG_VALUES.map((rung) => (
                  <option key={rung} value={rung}>
                    {t(`settings.rungs.${rung}`)}
                  </option>
                ))}
              </select>
              <small id={`${rungId}-hint`} className="hint">
                {t('settings.rankByHint')}
              </small>
              {issues.rungValue && <small className="field-error">{issues.rungValue}</small>}
            </div>
          )}
        </>
      )}
      <NumberField
        label={t('settings.folds')}
        term="cross-validation"
        value={search.cv}
        min={SEARCH_LIMITS.cv.min}
        max={SEARCH_LIMITS.cv.max}
        step={1}
        hint={t('settings.foldsHint')}
        error={issues.cv}
        onChange={(value) => change({ cv: value })}
      />
      <NumberField
        label={t('settings.maxTrials')}
        value={search.maxTrials}
        min={SEARCH_LIMITS.maxTrials.min}
        max={SEARCH_LIMITS.maxTrials.max}
        step={1}
        error={issues.maxTrials}
        onChange={(value) => change({ maxTrials: value })}
      />
      <NumberField
        label={t('settings.maxMinutes')}
        value={search.maxMinutes}
        min={SEARCH_LIMITS.maxMinutes.min}
        max={SEARCH_LIMITS.maxMinutes.max}
        step={1}
        error={issues.maxMinutes}
        onChange={(value) => change({ maxMinutes: value })}
      />
      <NumberField
        label={t('settings.parallel')}
        value={search.concurrency}
        min={SEARCH_LIMITS.concurrency.min}
        max={SEARCH_LIMITS.concurrency.max}
        step={1}
        error={issues.concurrency}
        onChange={(value) => change({ concurrency: value })}
      />
      {(search.strategy === 'gp' || search.strategy === 'tpe') && (
        <NumberField
          label={t('settings.startup')}
          value={search.startupTrials}
          min={SEARCH_LIMITS.startupTrials.min}
          max={SEARCH_LIMITS.startupTrials.max}
          step={1}
          hint={t('settings.startupHint')}
          error={issues.startupTrials}
          onChange={(value) => change({ startupTrials: value })}
        />
      )}
      <NumberField
        label={t('settings.seed')}
        value={search.seed}
        min={SEARCH_LIMITS.seed.min}
        max={SEARCH_LIMITS.seed.max}
        step={1}
        hint={t('settings.seedHint')}
        error={issues.seed}
        onChange={(value) => change({ seed: value })}
      />
    </fieldset>
  );
}
