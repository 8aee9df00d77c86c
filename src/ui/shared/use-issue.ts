import { useAppState } from './store-context';

/** The validation message for one spec path, e.g. `training.epochs`. */
export function useIssue(path: string): string | undefined {
  return useAppState((s) => s.specIssues.find((issue) => issue.path === path)?.message);
}
