import { SEARCH_LIMITS } from '../../experiment/search-schema';
import { groupTargets } from '../../experiment/search-space-edits';
import { SearchToggle } from '../shared/SearchToggle';
import { useAppState } from '../shared/store-context';

const LAYER_GROUP = /^Layer (\d+) /;

/**
 * Every field of the experiment a search can vary, grouped as the builder shows them, each one
 * chip: pressed means searched. This is where a field is marked, not a button under every input.
 */
export function SearchTargetPicker() {
  const targets = useAppState((s) => s.searchTargets);
  const count = useAppState((s) => s.spec.search.params.length);
  return (
    <div className="search-targets">
      <h3 id="search-targets-heading">What to search</h3>
      <p className="hint">
        Pick up to {SEARCH_LIMITS.params.max} fields ({count} picked); set each one’s range below.
      </p>
      {groupTargets(targets).map((group) => {
        const layer = LAYER_GROUP.exec(group.label)?.[1];
        return (
          <div
            key={group.label}
            className="search-target-group"
            role="group"
            aria-label={group.label}
          >
            <span className="search-target-group-label" aria-hidden="true">
              {group.label}
            </span>
            {group.options.map((option) => (
              <SearchToggle
                key={option.target}
                target={option.target}
                label={layer ? option.label : option.label.toLowerCase()}
                context={layer ? ` of layer ${layer}` : ''}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
