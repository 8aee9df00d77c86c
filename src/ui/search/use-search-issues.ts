import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/shallow';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';
import { targetLabelIn } from '../shared/target-label';

const PARAM_PATH = /^search\.params\.(\d+)\./;

/** A problem of the search section, located by its path and worded for people. */
export interface SearchIssueView {
  path: string;
  text: string;
}

/**
 * Problems with the search section: the schema's (ranges, limits), named after the parameter they
 * concern so they read well on their own, and the space's own checks.
 */
export function useSearchIssues(): SearchIssueView[] {
  // `t` changes with the language, so the issues are worded again in the new one.
  const { t } = useTranslation('search');
  const params = useAppState((s) => s.spec.search.params);
  const targets = useAppState((s) => s.searchTargets);
  const spaceIssues = useAppState((s) => s.searchProblems);
  const schemaIssues = useAppState(
    useShallow((s) => s.specIssues.filter((issue) => issue.path.startsWith('search.'))),
  );
  return useMemo(() => {
    // Labels come from the store's list of searchable fields, worked out once per edit.
    const labelOf = (target: string) => targetLabelIn(targets, target);
    const context = { targetLabel: labelOf };
    const named = schemaIssues.map((issue) => {
      const { path } = issue;
      const text = problemText(issue, context);
      const param = params[Number(PARAM_PATH.exec(path)?.[1] ?? Number.NaN)];
      if (!param) return { path, text };
      const label = labelOf(param.target);
      return { path, text: text.startsWith(label) ? text : t('params.issue', { label, text }) };
    });
    const space = spaceIssues.map((issue) => ({
      path: issue.path,
      text: problemText(issue, context),
    }));
    return [...named, ...space];
  }, [schemaIssues, spaceIssues, params, targets, t]);
}
