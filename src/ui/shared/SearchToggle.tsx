import { useTranslation } from 'react-i18next';
import { isLocked } from '../../store/lock';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import { toggleSearched } from '../../experiment/search-space-edits';
import { useAppState } from './store-context';

interface SearchToggleProps {
  /** The spec path the search varies, e.g. `training.learningRate`. */
  target: string;
  /** What the chip shows, e.g. "units", in the language on screen. */
  label: string;
  /** Read after the label by screen readers only, e.g. " of layer 1", in the language on screen. */
  context?: string;
}

/** A chip that marks a field as searched, or stops searching it: "Search units of layer 1". */
export function SearchToggle({ target, label, context = '' }: SearchToggleProps) {
  const { t } = useTranslation('shared');
  const spec = useAppState((s) => s.spec);
  const edit = useAppState((s) => s.edit);
  // The store ignores edits while a run or a search trains.
  const locked = useAppState(isLocked);
  const found = useAppState((s) => s.searchTargets.find((t) => t.target === target));
  if (!found) return null;
  const { params } = spec.search;
  const searched = params.some((p) => p.target === target);
  const full = !searched && params.length >= SEARCH_LIMITS.params.max;
  return (
    <button
      type="button"
      className="search-toggle"
      aria-pressed={searched}
      disabled={locked || full}
      onClick={() => edit({ type: 'setSearch', change: { params: toggleSearched(params, found) } })}
    >
      <span aria-hidden="true" className="search-toggle-mark">
        {searched ? '✓' : '+'}
      </span>
      <span className="visually-hidden">{t('searchToggle')}</span>
      {label}
      {context && <span className="visually-hidden">{context}</span>}
    </button>
  );
}
