import { existsSync } from 'node:fs';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { shippedListsPlugin } from './tools/build/shipped-lists';
import { helpRenderBlockingPlugin } from './tools/build/help-render-blocking';
import { matchPatterns } from './lib/search/match-patterns';
import { GUARD_SCRIPT, GUARD_STYLE } from './lib/search/guard-files';

// WXT has no Preact module; the Vite preset gives JSX and the compat aliases.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  // Firefox too gets Manifest V3 (WXT's default for Firefox is V2).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact(), shippedListsPlugin('keyword-lists'), helpRenderBlockingPlugin()],
  }),
  hooks: {
    // The help page is built on its own, so that it is one script file and one stylesheet, with
    // no chunk shared with the other pages: it loads the moment a search is caught, and each
    // more file it waits for delays the help (bench/e2e/README.md, "help visible").
    'entrypoints:grouped': (_wxt, groups) => {
      for (const [i, group] of groups.entries()) {
        if (!Array.isArray(group)) continue;
        const help = group.findIndex((e) => e.name === 'intercept');
        if (help < 0) continue;
        const [entry] = group.splice(help, 1);
        groups.splice(i + 1, 0, [entry!]);
        return;
      }
    },
  },
  // `npm run dev` opens a browser with the extension loaded: Debian's Chromium where it is
  // installed (this project's machines), else whatever Chrome WXT finds.
  webExt: existsSync('/usr/bin/chromium') ? { binaries: { chrome: '/usr/bin/chromium' } } : {},
  manifest: ({ browser }) => ({
    name: 'Keerpunt',
    description:
      'Shows calm, anonymous help instead of results for risky searches. Everything stays on this device.',
    // Each permission is justified in docs/permissions.md.
    permissions: [
      'storage',
      'scripting',
      'alarms',
      ...(browser === 'firefox' ? ['webRequest', 'webRequestBlocking'] : []),
    ],
    // The registry's sites only (content scripts, and injecting into tabs open at install).
    host_permissions: matchPatterns(),
    // The search guard (entrypoints/search), before the page's own scripts. Frames too: a site's
    // results inside a frame (its own, or another page's) are results.
    content_scripts: [
      {
        matches: matchPatterns(),
        js: [GUARD_SCRIPT],
        css: [GUARD_STYLE],
        run_at: 'document_start',
        all_frames: true,
      },
    ],
    // Sites the person adds in the options, asked for one by one.
    optional_host_permissions: ['*://*/*'],
    // "Also remove caught searches from history", asked for only when the person turns it on.
    optional_permissions: ['history'],
    web_accessible_resources: [
      // The help page: the content script moves the tab there. A dynamic URL, so a page cannot
      // probe whether Keerpunt is installed by loading its static address.
      { resources: ['intercept.html'], matches: ['*://*/*'], use_dynamic_url: true },
    ],
    // Chrome: a separate copy in private windows, so the help page can load there (DESIGN.md).
    // Firefox does not support "split"; private windows run once the person allows them.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'keerpunt@keerpunt.invalid',
              // 140: the first release with data_collection_permissions (an ESR).
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { incognito: 'split' as const }),
  }),
});
