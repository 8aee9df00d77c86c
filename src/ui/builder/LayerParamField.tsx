import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParamDescriptor } from '../../experiment/layer-catalog';
import type { LayerSpec } from '../../experiment/layers';
import { NumberField } from '../shared/NumberField';
import { layerParamHelp, layerParamLabel, layerParamOptionLabel } from '../shared/catalog-text';

interface LayerParamFieldProps {
  layer: LayerSpec;
  param: ParamDescriptor;
  disabled: boolean;
  onChange(layer: LayerSpec): void;
}

/** A float field takes any value between its bounds (the input's `step`). */
const ANY_STEP = 'any';

const valueOf = (layer: LayerSpec, key: string): unknown => (layer as Record<string, unknown>)[key];
const withValue = (layer: LayerSpec, key: string, value: unknown) =>
  ({ ...layer, [key]: value }) as LayerSpec;

/** A shape typed as "28, 28, 1": kept as text while it does not parse. */
function ShapeField({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string;
  value: number[];
  disabled: boolean;
  onChange(shape: number[]): void;
}) {
  const id = useId();
  const [text, setText] = useState(value.join(', '));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    if (
      text
        .split(',')
        .map((p) => Number(p.trim()))
        .join() !== value.join()
    )
      setText(value.join(', '));
  }
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        disabled={disabled}
        inputMode="numeric"
        onChange={(e) => {
          setText(e.target.value);
          const parts = e.target.value
            .split(',')
            .map((p) => p.trim())
            .filter((p) => p !== '');
          onChange(parts.map(Number));
        }}
      />
    </div>
  );
}

/** One parameter of a layer card, as its catalog entry describes it, with its search toggle. */
export function LayerParamField({ layer, param, disabled, onChange }: LayerParamFieldProps) {
  // The field's words follow the language on screen.
  useTranslation('catalog');
  if (param.kind === 'shape') {
    const value = valueOf(layer, param.key);
    return (
      <ShapeField
        label={layerParamLabel(param)}
        value={Array.isArray(value) ? (value as number[]) : []}
        disabled={disabled}
        onChange={(shape) => onChange(withValue(layer, param.key, shape))}
      />
    );
  }
  return <ParamInput layer={layer} param={param} disabled={disabled} onChange={onChange} />;
}

/** The input of a searchable parameter (every kind but shapes). */
function ParamInput({
  layer,
  param,
  disabled,
  onChange,
}: Omit<LayerParamFieldProps, 'param'> & {
  param: Exclude<ParamDescriptor, { kind: 'shape' }>;
}) {
  const id = useId();
  const value = valueOf(layer, param.key);
  const label = layerParamLabel(param);
  switch (param.kind) {
    case 'int':
    case 'float':
      return (
        <NumberField
          label={label}
          value={typeof value === 'number' ? value : Number.NaN}
          min={param.min}
          max={param.max}
          step={param.kind === 'int' ? param.step : ANY_STEP}
          disabled={disabled}
          onChange={(next) => onChange(withValue(layer, param.key, next))}
        />
      );
    case 'enum':
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select
            id={id}
            value={String(value)}
            disabled={disabled}
            title={layerParamHelp(param)}
            onChange={(e) => onChange(withValue(layer, param.key, e.target.value))}
          >
            {param.options.map((option) => (
              <option key={option.value} value={option.value}>
                {layerParamOptionLabel(option)}
              </option>
            ))}
          </select>
        </div>
      );
    case 'bool':
      return (
        <div className="field checkbox">
          <label htmlFor={id} title={layerParamHelp(param)}>
            <input
              id={id}
              type="checkbox"
              checked={value === true}
              disabled={disabled}
              onChange={(e) => onChange(withValue(layer, param.key, e.target.checked))}
            />
            {label}
          </label>
        </div>
      );
  }
}
