/** Debian's Chromium (or CHROME_PATH): Playwright's own browser download is not available here. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that work headless on a machine with no network but the package registries. */
export const CHROME_BASE_ARGS = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Gives WebGPU a (software) adapter in headless Chromium. */
export const CHROME_ARGS = [...CHROME_BASE_ARGS, '--enable-unsafe-webgpu'];
