import { z } from 'zod';

// zod 4 compiles object parsers with `new Function`, after probing `Function('')` when the first
// object schema is made: under the app's content security policy (no 'unsafe-eval') the probe is
// a policy violation on every load. Every module takes zod from here, so the setting is in place
// before any schema exists, however the bundler orders chunks (lint forbids importing 'zod').
z.config({ jitless: true });

export { z };
