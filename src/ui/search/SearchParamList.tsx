import { useId, useState } from 'react';
import { SEARCH_LIMITS } from '../../experiment/search-schema';
import type { SearchParamSpec } from '../../experiment/search-schema';
import { newSearchParam } from '../../experiment/search-targets';
import { SearchParamEditor } from './SearchParamEditor';
import type { SearchIssueView } from './use-search-issues';
import {
  conditionParents,
  groupTargets,
  removeSearched,
  updateSearched,
} from '../../experiment/search-space-edits';
import { useAppState } from '../shared/store-context';

interface SearchParamListProps {
  disabled: boolean;
  /** Issues of the search section, located by path and worded. */
  issues: readonly SearchIssueView[];
}

const PARAM_PATH = /^search\.params\.(\d+)(\.|$)/;

/** The searched parameters, each with its editor, and a list to add more from. */
export function SearchParamList({ disabled, issues }: SearchParamListProps) {
  const spec = useAppState((s) => s.spec);
  const edit = useAppState((s) => s.edit);
  const addId = useId();
  const [choice, setChoice] = useState('');
  const targets = useAppState((s) => s.searchTargets);
  const { params, strategy } = spec.search;
  const available = targets.filter((t) => !params.some((p) => p.target === t.target));
  const chosen = available.find((t) => t.target === choice) ?? available[0];
  const full = params.length >= SEARCH_LIMITS.params.max;
  const labelOf = (target: string) => targets.find((t) => t.target === target)?.label ?? target;
  const setParams = (next: SearchParamSpec[]) =>
    edit({ type: 'setSearch', change: { params: next } });
  const issuesAt = (index: number) =>
    issues.filter((i) => PARAM_PATH.exec(i.path)?.[1] === String(index)).map((i) => i.text);
  const listIssues = issues.filter((i) => i.path === 'search.params');

  return (
    <div className="search-space">
      <h3>Searched parameters</h3>
      {params.length === 0 ? (
        <p className="empty-hint">Add at least one parameter to search</p>
      ) : (
        <ul className="search-params">
          {params.map((param, index) => (
            <SearchParamEditor
              // A field searched twice (from a link) still gets a unique key; its issue says so.
              key={
                params.findIndex((p) => p.target === param.target) === index
                  ? param.target
                  : `${param.target}#${index}`
              }
              param={param}
              target={targets.find((t) => t.target === param.target)}
              strategy={strategy}
              parents={conditionParents(params, index)}
              labelOf={labelOf}
              issues={issuesAt(index)}
              disabled={disabled}
              onChange={(change) => setParams(updateSearched(params, index, change))}
              onRemove={() => setParams(removeSearched(params, param.target))}
            />
          ))}
        </ul>
      )}
      {listIssues.map((issue) => (
        <p key={issue.text} className="field-error">
          {issue.text}
        </p>
      ))}
      <div className="search-add">
        <div className="field">
          <label htmlFor={addId}>Add a parameter</label>
          <select
            id={addId}
            value={chosen?.target ?? ''}
            disabled={disabled || available.length === 0}
            aria-describedby={full ? `${addId}-hint` : undefined}
            onChange={(e) => setChoice(e.target.value)}
          >
            {groupTargets(available).map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.target} value={option.target}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
          {full && (
            <small id={`${addId}-hint`} className="hint">
              A search takes at most {SEARCH_LIMITS.params.max} parameters
            </small>
          )}
        </div>
        <button
          type="button"
          disabled={disabled || full || !chosen}
          onClick={() => chosen && setParams([...params, newSearchParam(chosen)])}
        >
          Add parameter
        </button>
      </div>
    </div>
  );
}
