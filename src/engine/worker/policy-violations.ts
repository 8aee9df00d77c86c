/** The part of a worker's global scope this needs, so a test can stand in an EventTarget. */
export interface ViolationScope {
  addEventListener(type: 'securitypolicyviolation', listener: (event: Event) => void): void;
}

/**
 * A worker's content security policy violations fire on its own global scope, where no listener
 * of the page hears them and test drivers drop the browser's report of them: each is written as
 * an error in the worker's console, which the page's tests (and a developer) see.
 */
export function reportPolicyViolations(scope: ViolationScope): void {
  scope.addEventListener('securitypolicyviolation', (event) => {
    const { violatedDirective, blockedURI } = event as SecurityPolicyViolationEvent;
    console.error(
      `policy violation: ${violatedDirective} blocked ${blockedURI || 'inline'} in a worker`,
    );
  });
}
