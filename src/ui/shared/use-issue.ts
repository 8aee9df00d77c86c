import { problemText } from './problem-text';
import { useAppState } from './store-context';

/** The validation message for one spec path, e.g. `training.epochs`, worded for people. */
export function useIssue(path: string): string | undefined {
  const issue = useAppState((s) => s.specIssues.find((i) => i.path === path));
  return issue ? problemText(issue) : undefined;
}
