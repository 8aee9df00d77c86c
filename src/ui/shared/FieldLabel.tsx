import type { ReactNode } from 'react';
import type { GlossaryTermId } from '../../experiment/lessons/lesson-presets';
import { Term } from './Term';

/**
 * A field's label, with the glossary's "?" beside it (outside the label, so a click on it never
 * focuses the field) when the field names a term the glossary explains.
 */
export function FieldLabel({
  htmlFor,
  term,
  children,
}: {
  htmlFor: string;
  term?: GlossaryTermId | undefined;
  children: ReactNode;
}) {
  if (!term) return <label htmlFor={htmlFor}>{children}</label>;
  return (
    <span className="label-row">
      <label htmlFor={htmlFor}>{children}</label>
      <Term id={term} />
    </span>
  );
}
