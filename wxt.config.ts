import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { shippedListsPlugin } from './tools/build/shipped-lists';

// WXT has no Preact module; the Vite preset gives JSX and the compat aliases.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact(), shippedListsPlugin('keyword-lists')] }),
  manifest: {
    name: 'Keerpunt',
    description:
      'Shows calm, anonymous help instead of results for risky searches. Everything stays on this device.',
  },
});
