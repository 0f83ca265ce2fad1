import { defineConfig } from 'vitest/config';

/** The collector's tests: plain Node, no WXT; PostgreSQL is started once by postgres-setup.ts. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['collector/test/**/*.test.ts'],
    globalSetup: ['collector/test/postgres-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
