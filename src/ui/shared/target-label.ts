import type { ExperimentSpec } from '../../experiment/experiment';
import type { SearchTarget } from '../../experiment/search-targets';
import { targetLabel } from '../../experiment/search-targets';
import { messageText } from '../i18n/message-text';

/**
 * How a searched field reads in the language on screen: "Layer 2 (Dense): units", "Learning
 * rate"; a path the spec has no field for reads as itself. A problem's context takes it as
 * `{ targetLabel: (target) => searchTargetLabel(spec, target) }`. Callers are components that
 * re-render on a language change (they use useTranslation).
 */
export const searchTargetLabel = (spec: ExperimentSpec, target: string): string =>
  messageText(targetLabel(spec, target));

/** The same from a list of targets (the store's `searchTargets`); the raw path when not in it. */
export function targetLabelIn(targets: readonly SearchTarget[], target: string): string {
  const found = targets.find((t) => t.target === target);
  return found ? messageText(found.label) : target;
}
