import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Distribution, ParamValue } from '../../experiment/search-schema';
import type { SearchTarget } from '../../experiment/search-targets';
import { NumberField } from '../shared/NumberField';
import { toggleValue } from '../../experiment/search-space-edits';
import { formatParamValue } from './search-view';

interface SearchRangeFieldsProps {
  target: SearchTarget;
  distribution: Distribution;
  onChange(distribution: Distribution): void;
}

/** The number input's step for a float range. */
const ANY = 'any';

/** Whether the range editor can show this distribution for this field. */
export const editableFor = (target: SearchTarget, distribution: Distribution) =>
  target.kind === distribution.type;

/** Low, high (step) and log scale of a numeric range, or a checkbox per value of a choice. */
export function SearchRangeFields({ target, distribution, onChange }: SearchRangeFieldsProps) {
  const { t } = useTranslation('search');
  const logId = useId();
  if (distribution.type === 'categorical')
    return (
      <ChoiceBoxes
        choices={target.choices}
        chosen={distribution.choices}
        label={t('params.valuesToTry')}
        onChange={(choices) => onChange({ ...distribution, choices })}
      />
    );
  // Whole numbers step by 1; a float range takes any value.
  const step: number | 'any' = distribution.type === 'int' ? 1 : ANY;
  return (
    <>
      <NumberField
        label={t('params.low')}
        value={distribution.low}
        min={target.min}
        max={target.max}
        step={step}
        onChange={(low) => onChange({ ...distribution, low })}
      />
      <NumberField
        label={t('params.high')}
        value={distribution.high}
        min={target.min}
        max={target.max}
        step={step}
        onChange={(high) => onChange({ ...distribution, high })}
      />
      {distribution.type === 'int' && (
        <NumberField
          label={t('params.step')}
          value={distribution.step}
          min={1}
          max={Math.max(1, target.max - target.min)}
          step={1}
          onChange={(step) => onChange({ ...distribution, step })}
        />
      )}
      <div className="field checkbox">
        <label htmlFor={logId}>
          <input
            id={logId}
            type="checkbox"
            checked={distribution.log}
            onChange={(e) => onChange({ ...distribution, log: e.target.checked })}
          />
          {t('params.logScale')}
        </label>
      </div>
    </>
  );
}

interface ChoiceBoxesProps {
  /** Every legal value, in their order. */
  choices: readonly ParamValue[];
  chosen: readonly ParamValue[];
  label: string;
  onChange(chosen: ParamValue[]): void;
}

/** A checkbox per legal value; the last one chosen cannot be unticked (a choice needs a value). */
export function ChoiceBoxes({ choices, chosen, label, onChange }: ChoiceBoxesProps) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="choice-boxes">
      <span id={labelId} className="choice-label">
        {label}
      </span>
      {choices.map((choice) => {
        const checked = chosen.includes(choice);
        return (
          <label key={String(choice)} className="inline">
            <input
              type="checkbox"
              checked={checked}
              disabled={checked && chosen.length === 1}
              onChange={() => onChange(toggleValue(chosen, choice, choices))}
            />
            {formatParamValue(choice)}
          </label>
        );
      })}
    </div>
  );
}
