import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { shippedListsPlugin } from './tools/build/shipped-lists';

export default defineConfig({
  // WxtVitest does not take the plugins of wxt.config.ts's `vite()`: the shipped lists are added
  // here so that code importing `virtual:keerpunt-shipped-lists` can be tested.
  plugins: [WxtVitest(), shippedListsPlugin('keyword-lists')],
  test: {
    include: ['tests/unit/**/*.test.ts', 'lib/**/*.test.ts', 'tools/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
