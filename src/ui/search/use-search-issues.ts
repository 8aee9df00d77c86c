import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { targetLabel } from '../../experiment/search-targets';
import { problemText } from '../shared/problem-text';
import { useAppState } from '../shared/store-context';

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
  const spec = useAppState((s) => s.spec);
  const spaceIssues = useAppState((s) => s.searchProblems);
  const schemaIssues = useAppState(
    useShallow((s) => s.specIssues.filter((issue) => issue.path.startsWith('search.'))),
  );
  return useMemo(() => {
    const context = { targetLabel: (target: string) => targetLabel(spec, target) };
    const named = schemaIssues.map((issue) => {
      const { path } = issue;
      const text = problemText(issue, context);
      const param = spec.search.params[Number(PARAM_PATH.exec(path)?.[1] ?? Number.NaN)];
      if (!param) return { path, text };
      const label = targetLabel(spec, param.target);
      return { path, text: text.startsWith(label) ? text : `${label}: ${text}` };
    });
    const space = spaceIssues.map((issue) => ({
      path: issue.path,
      text: problemText(issue, context),
    }));
    return [...named, ...space];
  }, [schemaIssues, spaceIssues, spec]);
}
