import { expect, test as base } from '@playwright/test';

/**
 * Every test fails if the page logs a console error or throws an uncaught error — including
 * errors inside the training worker.
 */
export const test = base.extend<{ expectedErrors: RegExp[]; pageErrors: string[] }>({
  /** A test that provokes an error on purpose lists the messages it expects here. */
  expectedErrors: async ({}, use) => {
    await use([]);
  },
  pageErrors: [
    async ({ page, expectedErrors }, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
      });
      page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
      // A content security policy violation is an error too, even where the browser logs none.
      await page.exposeFunction('reportPolicyViolation', (text: string) =>
        errors.push(`policy violation: ${text}`),
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          const report = (window as unknown as { reportPolicyViolation(text: string): void })
            .reportPolicyViolation;
          report(
            `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
          );
        });
      });
      page.on('worker', (worker) => {
        worker.on('console', (message) => {
          if (message.type() === 'error') errors.push(`worker console.error: ${message.text()}`);
        });
      });
      await use(errors);
      const unexpected = errors.filter(
        (error) => !expectedErrors.some((pattern) => pattern.test(error)),
      );
      expect(unexpected, 'console and page errors during the test').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
