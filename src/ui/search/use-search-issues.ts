import { useMemo } from 'react';
import { useShallow } from 'zustand/shallow';
import { targetLabel } from '../../experiment/search-targets';
import type { SpecIssue } from '../../experiment/validate';
import { useAppState } from '../shared/store-context';

const PARAM_PATH = /^search\.params\.(\d+)\./;

/**
 * Problems with the search section: the schema's (ranges, limits), named after the parameter they
 * concern so they read well on their own, and the space's own checks.
 */
export function useSearchIssues(): SpecIssue[] {
  const spec = useAppState((s) => s.spec);
  const spaceIssues = useAppState((s) => s.searchProblems);
  const schemaIssues = useAppState(
    useShallow((s) => s.specIssues.filter((issue) => issue.path.startsWith('search.'))),
  );
  return useMemo(() => {
    const named = schemaIssues.map((issue) => {
      const param = spec.search.params[Number(PARAM_PATH.exec(issue.path)?.[1] ?? Number.NaN)];
      if (!param) return issue;
      const label = targetLabel(spec, param.target);
      return issue.message.startsWith(label)
        ? issue
        : { ...issue, message: `${label}: ${issue.message}` };
    });
    return [...named, ...spaceIssues];
  }, [schemaIssues, spaceIssues, spec]);
}
