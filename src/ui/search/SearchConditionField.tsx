import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchParamSpec } from '../../experiment/search-schema';
import { ChoiceBoxes } from './SearchRangeFields';

interface SearchConditionFieldProps {
  condition: SearchParamSpec['condition'];
  /** Categorical parameters listed above this one. */
  parents: readonly SearchParamSpec[];
  labelOf(target: string): string;
  onChange(condition: SearchParamSpec['condition']): void;
}

/** "Only when <a choice above> is one of …": the parameter exists only for those values. */
export function SearchConditionField({
  condition,
  parents,
  labelOf,
  onChange,
}: SearchConditionFieldProps) {
  const { t } = useTranslation('search');
  const id = useId();
  const parent = parents.find((p) => p.target === condition?.param);
  const parentChoices =
    parent?.distribution.type === 'categorical' ? parent.distribution.choices : [];
  return (
    <div className="search-condition">
      <div className="field">
        <label htmlFor={id}>{t('params.onlyWhen')}</label>
        <select
          id={id}
          value={condition?.param ?? ''}
          onChange={(e) => {
            const next = parents.find((p) => p.target === e.target.value);
            const first =
              next?.distribution.type === 'categorical' ? next.distribution.choices[0] : undefined;
            onChange(next && first !== undefined ? { param: next.target, in: [first] } : null);
          }}
        >
          <option value="">{t('params.always')}</option>
          {parents.map((p) => (
            <option key={p.target} value={p.target}>
              {labelOf(p.target)}
            </option>
          ))}
          {/* A condition from a link may name a parameter that cannot be chosen; its issue says why. */}
          {condition && !parent && (
            <option value={condition.param}>{labelOf(condition.param)}</option>
          )}
        </select>
      </div>
      {condition && parent && (
        <ChoiceBoxes
          choices={parentChoices}
          chosen={condition.in}
          label={t('params.isOneOf')}
          onChange={(values) => onChange({ ...condition, in: values })}
        />
      )}
    </div>
  );
}
