import { defineConfig } from 'vitest/config';

/**
 * Firefox end-to-end suite: Firefox ESR over WebDriver BiDi with the Firefox build
 * (tests/e2e-firefox/README.md). It builds nothing; `npm test` runs `wxt build -b firefox` first.
 * A separate config: the unit suite (vitest.config.ts) never starts a browser.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One Firefox per file; two at a time is what a 2-core machine takes.
    maxWorkers: 2,
  },
});
