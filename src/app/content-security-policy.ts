/**
 * The app's content security policy, one directive per entry: everything from the app's own
 * origin, WebAssembly allowed to compile (the wasm backend) but never `eval`, no plugins, no
 * `<base>` rewriting. The build writes it into index.html as a meta tag; `vite preview` also
 * sends it as a header with what only a header can carry (docs/deploying.md).
 */
/* eslint-disable traintab/no-english-phrase -- source keywords of the policy, not words */
export const CSP_DIRECTIVES: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'worker-src': "'self'",
  'connect-src': "'self'",
  // Canvases drawn once and shown as images (the loss surfaces, the contour plot) are data: URLs.
  'img-src': "'self' data:",
  'style-src': "'self'",
  'font-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
};
/* eslint-enable traintab/no-english-phrase */

/** Directives a meta tag cannot carry: browsers ignore them there, with a console warning. */
export const CSP_HEADER_ONLY: Readonly<Record<string, string>> = {
  'frame-ancestors': "'self'",
};

export const cspText = (directives: Readonly<Record<string, string>>): string =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
