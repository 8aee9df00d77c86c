import { isLocked } from '../../store/lock';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import { toggleSearched } from '../../experiment/search-space-edits';
import { useAppState } from './store-context';

interface SearchToggleProps {
  /** The spec path the search varies, e.g. `training.learningRate`. */
  target: string;
  /** The field in words for the accessible name, e.g. "learning rate". */
  name: string;
}

/** A small toggle next to a field: vary it in the hyperparameter search, or stop varying it. */
export function SearchToggle({ target, name }: SearchToggleProps) {
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
      title={
        searched ? 'Searched: click to stop varying it' : 'Vary it in the hyperparameter search'
      }
      disabled={locked || full}
      onClick={() => edit({ type: 'setSearch', change: { params: toggleSearched(params, found) } })}
    >
      {/* The name lives in the content, not aria-label, so getByLabel('Epochs') finds only the field. */}
      Search<span className="visually-hidden"> {name}</span>
    </button>
  );
}
