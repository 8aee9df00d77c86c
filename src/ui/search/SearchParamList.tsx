import { useTranslation } from 'react-i18next';
import type { SearchParamSpec } from '../../experiment/search-schema';
import { SearchParamEditor } from './SearchParamEditor';
import type { SearchIssueView } from './use-search-issues';
import {
  conditionParents,
  removeSearched,
  updateSearched,
} from '../../experiment/search-space-edits';
import { useAppState } from '../shared/store-context';
import { targetLabelIn } from '../shared/target-label';

interface SearchParamListProps {
  disabled: boolean;
  /** Issues of the search section, located by path and worded. */
  issues: readonly SearchIssueView[];
}

const PARAM_PATH = /^search\.params\.(\d+)(\.|$)/;

/** The searched parameters, each with its editor. */
export function SearchParamList({ disabled, issues }: SearchParamListProps) {
  const { t } = useTranslation('search');
  const spec = useAppState((s) => s.spec);
  const edit = useAppState((s) => s.edit);
  const targets = useAppState((s) => s.searchTargets);
  const { params, strategy } = spec.search;
  const labelOf = (target: string) => targetLabelIn(targets, target);
  const setParams = (next: SearchParamSpec[]) =>
    edit({ type: 'setSearch', change: { params: next } });
  const issuesAt = (index: number) =>
    issues.filter((i) => PARAM_PATH.exec(i.path)?.[1] === String(index)).map((i) => i.text);
  const listIssues = issues.filter((i) => i.path === 'search.params');

  return (
    <div className="search-space">
      <h3>{t('params.title')}</h3>
      {params.length === 0 ? (
        <p className="empty-hint">{t('params.empty')}</p>
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
              target={targets.find((found) => found.target === param.target)}
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
    </div>
  );
}
