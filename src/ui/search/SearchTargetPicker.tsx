import { useTranslation } from 'react-i18next';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import { groupTargets } from '../../experiment/search-space-edits';
import { SearchToggle } from '../shared/SearchToggle';
import { messageText } from '../i18n/message-text';
import { useAppState } from '../shared/store-context';

/**
 * Every field of the experiment a search can vary, grouped as the builder shows them, each one
 * chip: pressed means searched. This is where a field is marked, not a button under every input.
 */
export function SearchTargetPicker() {
  const { t } = useTranslation('search');
  const targets = useAppState((s) => s.searchTargets);
  const count = useAppState((s) => s.spec.search.params.length);
  return (
    <div className="search-targets">
      <h3 id="search-targets-heading">{t('picker.title')}</h3>
      <p className="hint">{t('picker.hint', { max: SEARCH_LIMITS.params.max, count })}</p>
      {groupTargets(targets).map((group) => {
        const label = messageText(group.label);
        return (
          <div key={group.key} className="search-target-group" role="group" aria-label={label}>
            <span className="search-target-group-label" aria-hidden="true">
              {label}
            </span>
            {group.options.map((option) => (
              <SearchToggle
                key={option.target}
                target={option.target}
                label={messageText(option.label)}
                context={group.layer === null ? '' : t('picker.ofLayer', { layer: group.layer })}
              />
            ))}
          </div>
        );
      })}
    </div>
  );
}
