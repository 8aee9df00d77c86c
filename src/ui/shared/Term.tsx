import type { ReactNode } from 'react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GlossaryTermId } from '../../experiment/lessons/lesson-presets';
import { GLOSSARY_TERM_IDS } from '../../experiment/lessons/lesson-presets';
import { glossaryEntry } from './glossary';

export interface TermProps {
  id: GlossaryTermId;
  /** The term as the surrounding text words it; the "?" button follows it. */
  children?: ReactNode;
}

/**
 * A small "?" button beside a term that opens its definition in a non-modal popover (the native
 * Popover API: the button toggles it, Escape or a click elsewhere closes it, and the browser tells
 * assistive technology whether it is open). Spans only, so it may sit inside a paragraph, a
 * heading or a table cell.
 */
export function Term({ id, children }: TermProps) {
  const panelId = useId();
  const headingId = `${panelId}-term`;
  const { t } = useTranslation('glossary');
  const { term, definition } = glossaryEntry(id);
  return (
    <span className="term">
      {children}
      {children !== undefined && ' '}
      <button
        type="button"
        className="term-button"
        popoverTarget={panelId}
        aria-label={t('whatIs', { term })}
      >
        ?
      </button>
      <span
        id={panelId}
        popover="auto"
        role="dialog"
        aria-labelledby={headingId}
        className="term-popover"
      >
        <strong id={headingId} className="term-name">
          {term}
        </strong>{' '}
        <span className="term-definition">{definition}</span>
      </span>
    </span>
  );
}

/** Every glossary term with its definition, as a description list (the Glossary dialog's body). */
export function GlossaryList() {
  // Re-renders when the language changes.
  useTranslation('glossary');
  return (
    <dl className="glossary-list">
      {GLOSSARY_TERM_IDS.map((id) => {
        const { term, definition } = glossaryEntry(id);
        return (
          <div key={id} className="glossary-entry">
            <dt>{term}</dt>
            <dd>{definition}</dd>
          </div>
        );
      })}
    </dl>
  );
}
