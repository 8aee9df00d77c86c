import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { SearchParamSpec, SearchStrategy } from '../../experiment/search-schema';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import type { SearchTarget } from '../../experiment/search-targets';
import { NumberField } from '../shared/NumberField';
import { SearchConditionField } from './SearchConditionField';
import { SearchRangeFields, editableFor } from './SearchRangeFields';
import { describeDistribution } from './search-view';

interface SearchParamEditorProps {
  param: SearchParamSpec;
  /** The field it searches; undefined when the model no longer has it (a layer was removed). */
  target: SearchTarget | undefined;
  strategy: SearchStrategy;
  parents: readonly SearchParamSpec[];
  labelOf(target: string): string;
  /** The messages of the issues located at this parameter. */
  issues: readonly string[];
  disabled: boolean;
  onChange(change: Partial<SearchParamSpec>): void;
  onRemove(): void;
}

/** One searched parameter: its range or values, grid points, condition, problems and removal. */
export function SearchParamEditor({
  param,
  target,
  strategy,
  parents,
  labelOf,
  issues,
  disabled,
  onChange,
  onRemove,
}: SearchParamEditorProps) {
  const { t } = useTranslation('search');
  const errorsId = useId();
  const label = labelOf(param.target);
  const { distribution } = param;
  return (
    <li className="search-param">
      <fieldset
        className="search-param-fields"
        disabled={disabled}
        aria-describedby={issues.length > 0 ? errorsId : undefined}
      >
        <legend>{label}</legend>
        <div className="fields">
          {target && editableFor(target, distribution) ? (
            <SearchRangeFields
              target={target}
              distribution={distribution}
              onChange={(next) => onChange({ distribution: next })}
            />
          ) : (
            <p className="search-param-fixed">
              {t('params.values', { values: describeDistribution(distribution) })}
              {target && (
                <button type="button" onClick={() => onChange({ distribution: target.suggested })}>
                  {t('params.useSuggested')}
                </button>
              )}
            </p>
          )}
          {strategy === 'grid' && distribution.type !== 'categorical' && (
            <NumberField
              label={t('params.gridPoints')}
              value={param.gridPoints}
              min={SEARCH_LIMITS.gridPoints.min}
              max={SEARCH_LIMITS.gridPoints.max}
              step={1}
              onChange={(gridPoints) => onChange({ gridPoints })}
            />
          )}
        </div>
        {(parents.length > 0 || param.condition) && (
          <SearchConditionField
            condition={param.condition}
            parents={parents}
            labelOf={labelOf}
            onChange={(condition) => onChange({ condition })}
          />
        )}
        <button type="button" className="quiet search-remove" onClick={onRemove}>
          <Trans
            t={t}
            i18nKey="params.remove"
            values={{ label }}
            components={{ hidden: <span className="visually-hidden" /> }}
          />
        </button>
      </fieldset>
      {issues.length > 0 && (
        <div id={errorsId}>
          {issues.map((message) => (
            <small key={message} className="field-error search-param-error">
              {message}
            </small>
          ))}
        </div>
      )}
    </li>
  );
}
