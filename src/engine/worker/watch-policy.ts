import type { ViolationScope } from './policy-violations';
import { reportPolicyViolations } from './policy-violations';

// Imported first by every worker entry, so even the modules evaluated before its own code
// (TensorFlow.js, zod) are watched.
reportPolicyViolations(self as unknown as ViolationScope);
