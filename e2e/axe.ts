import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe's WCAG 2 A and AA rules on the whole page; one line per serious or critical violation and
 * element, so a failure says what to fix and where. axe tags "label in name" (WCAG 2.5.3) as
 * WCAG 2.1 and experimental, so the tags alone skip it: it is switched on by name, for buttons
 * whose visible text ("Copy") must be part of their accessible name.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .withTags(['wcag2a', 'wcag2aa'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}: ${node.failureSummary ?? ''}`,
      ),
    );
}
