import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { shippedListsPlugin } from './tools/build/shipped-lists';

// WXT has no Preact module; the Vite preset gives JSX and the compat aliases.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  vite: () => ({ plugins: [preact(), shippedListsPlugin('keyword-lists')] }),
  // `npm run dev` opens a browser with the extension loaded: Debian's Chromium where it is
  // installed (this project's machines), else whatever Chrome WXT finds.
  webExt: existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {},
  manifest: {
    name: 'Keerpunt',
    description:
      'Shows calm, anonymous help instead of results for risky searches. Everything stays on this device.',
  },
});
