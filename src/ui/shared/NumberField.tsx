import { useId, useState } from 'react';
import type { GlossaryTermId } from '../../experiment/lessons/lesson-presets';
import { FieldLabel } from './FieldLabel';

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  min: number;
  max: number;
  step?: number | 'any';
  /** The validation message for this field, if any. */
  error?: string | undefined;
  hint?: string;
  disabled?: boolean;
  /** The glossary term the field names: its "?" sits beside the label. */
  term?: GlossaryTermId | undefined;
}

/** A labelled number input that keeps what the user typed and shows the spec's message for it. */
export function NumberField({
  label,
  value,
  onChange,
  min,
  max,
  step = 'any',
  error,
  hint,
  disabled,
  term,
}: NumberFieldProps) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [lastValue, setLastValue] = useState(value);

  // Follow outside changes (a reset) without overwriting half-typed input such as "0.".
  if (!Object.is(lastValue, value)) {
    setLastValue(value);
    if (!Object.is(text.trim() === '' ? Number.NaN : Number(text), value)) setText(String(value));
  }

  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className="field">
      <FieldLabel htmlFor={id} term={term}>
        {label}
      </FieldLabel>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={text}
        min={min}
        max={max}
        step={step}
        disabled={disabled}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => {
          setText(event.target.value);
          onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
        }}
      />
      {hint && !error && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} className="field-error">
          {error}
        </small>
      )}
    </div>
  );
}
