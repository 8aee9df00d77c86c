import { defineConfig, devices } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from './chrome';

// E2E_PORT lets two checkouts run their end-to-end tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  expect: { timeout: 20_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  outputDir: '../test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // The service worker's precache (7 MB) would download in every test's fresh context: only
    // the specs about it (offline.spec.ts) let it register.
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath: CHROME_PATH, args: CHROME_ARGS },
      },
    },
  ],
  webServer: {
    // e2e runs against the production build (`npm run test:e2e` builds first).
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    // The project root, where vite.config.ts and dist/ are.
    cwd: new URL('..', import.meta.url).pathname,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
