import type { Page } from '@playwright/test';

/** Shows one of the app's views, as a person clicks its tab in the header. */
export async function openView(page: Page, name: 'Run' | 'Search' | 'History'): Promise<void> {
  // Within the header's tab list: the study dashboards have a "History" tab of their own.
  await page
    .getByRole('tablist', { name: 'Views' })
    .getByRole('tab', { name, exact: true })
    .click();
}

/** Opens a folded section (a `<details>`) by its summary's text, if it is not open already. */
export async function unfold(page: Page, summary: string | RegExp): Promise<void> {
  const toggle = page.locator('summary').filter({ hasText: summary }).first();
  const open = await toggle.evaluate((el) => (el.parentElement as HTMLDetailsElement).open);
  if (!open) await toggle.click();
}
