import { defineConfig } from '@playwright/test';

/**
 * End-to-end suite: Debian's Chromium with the built extension (tests/e2e/README.md). It builds
 * nothing; `npm test` runs `wxt build` (and the Firefox build the lint test reads) first.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.KP_E2E_WORKERS ? Number(process.env.KP_E2E_WORKERS) : 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  outputDir: 'test-results/e2e',
  use: { trace: 'off', screenshot: 'off' },
});
