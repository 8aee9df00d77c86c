import { afterEach, describe, expect, it, vi } from 'vitest';
import { reportPolicyViolations } from './policy-violations';

describe('reportPolicyViolations', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes each violation of the worker as an error line, naming what was blocked', () => {
    const scope = new EventTarget();
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reportPolicyViolations(scope);
    const violation = (init: { violatedDirective: string; blockedURI: string }) =>
      Object.assign(new Event('securitypolicyviolation'), init);
    scope.dispatchEvent(violation({ violatedDirective: 'script-src', blockedURI: 'eval' }));
    scope.dispatchEvent(violation({ violatedDirective: 'connect-src', blockedURI: '' }));
    expect(error.mock.calls).toEqual([
      ['policy violation: script-src blocked eval in a worker'],
      ['policy violation: connect-src blocked inline in a worker'],
    ]);
  });
});
