/**
 * Firefox ESR driven by puppeteer-core over WebDriver BiDi, with the Firefox build installed as a
 * temporary add-on (recipe: shared/notes/browser-testing.md; this suite: tests/e2e-firefox/README.md).
 * Nothing here builds: `npm test` runs `wxt build -b firefox` first; `KP_E2E_FIREFOX_EXTENSION`
 * points the suite at another unpacked build, `KP_E2E_FIREFOX` at another Firefox.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';

export const EXTENSION_DIR = resolve(process.env.KP_E2E_FIREFOX_EXTENSION ?? '.output/firefox-mv3');
export const FIREFOX = process.env.KP_E2E_FIREFOX ?? '/usr/bin/firefox-esr';

/** `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const ADDON_ID = 'keerpunt@keerpunt.invalid';
/**
 * The add-on's internal UUID, fixed with the pref `extensions.webextensions.uuids` so that its
 * `moz-extension://` origin is known before install.
 */
export const ADDON_UUID = '6b3c0e1a-5d2f-4f7e-9a41-0c8d2e7b9f10';
export const ADDON_ORIGIN = `moz-extension://${ADDON_UUID}`;

export function assertBuilt(): void {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json')))
    throw new Error(
      `No Firefox build at ${EXTENSION_DIR}: run \`npx wxt build -b firefox\` first (npm test does).`,
    );
  if (!existsSync(FIREFOX))
    throw new Error(`No Firefox at ${FIREFOX}: apt-get install -y firefox-esr (.ci/run does).`);
}

export interface LaunchOptions {
  /**
   * Firefox's `extensions.originControls.grantByDefault` (default true since Firefox 127): MV3
   * `host_permissions` are granted at install. `false` installs the add-on without them, as a
   * person who declined them or an older Firefox would have it (the harness self-check).
   */
  grantHostPermissions?: boolean;
  /**
   * Every window private (`browser.privatebrowsing.autostart`), as in a person's "always use
   * private browsing mode".
   */
  privateBrowsing?: boolean;
  /**
   * The person's "Run in Private Windows" switch for the add-on, pre-written to the profile's
   * extension permission store (`extension-preferences.json`, `internal:privateBrowsingAllowed`:
   * what the switch in about:addons writes). Off, as after a plain install, by default.
   */
  allowPrivateBrowsing?: boolean;
}

export interface Launched {
  browser: Browser;
  /** What `browser.installExtension` returned (the gecko id). */
  addonId: string;
  close(): Promise<void>;
}

/** A headless Firefox (puppeteer's own temporary profile) with the add-on installed. */
export async function launch({
  grantHostPermissions = true,
  privateBrowsing = false,
  allowPrivateBrowsing = false,
}: LaunchOptions = {}): Promise<Launched> {
  assertBuilt();
  const profile = mkdtempSync(join(tmpdir(), 'kp-e2e-firefox-'));
  if (allowPrivateBrowsing) {
    const store = { [ADDON_ID]: { permissions: ['internal:privateBrowsingAllowed'], origins: [] } };
    writeFileSync(join(profile, 'extension-preferences.json'), JSON.stringify(store));
  }
  const removeProfile = () => rmSync(profile, { recursive: true, force: true });
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      'extensions.originControls.grantByDefault': grantHostPermissions,
      'browser.privatebrowsing.autostart': privateBrowsing,
      // The starter lists follow the UI language (besides English, which is always on).
      'intl.locale.requested': 'en-US',
      'intl.accept_languages': 'en-US, en',
    },
  });
  try {
    // WebDriver BiDi `webExtension.install`: a temporary add-on, as from about:debugging.
    const addonId = await browser.installExtension(EXTENSION_DIR);
    return {
      browser,
      addonId,
      close: () => browser.close().finally(removeProfile),
    };
  } catch (e) {
    await browser.close();
    removeProfile();
    throw e;
  }
}

// ── Fake sites, served with BiDi request interception ──────────────────────────────────────────

/** A request that reached the network layer (and so the fake sites): the extension let it go. */
export interface Sent {
  method: string;
  url: string;
}

/** The page of a host the extension does not cover: a plain form that POSTs elsewhere. */
export const START_URL = 'https://start.kp-e2e.test/';
export const GOOGLE_RESULTS = 'https://www.google.com/search';
export const DDG_HTML = 'https://html.duckduckgo.com/html/';
export const RESULTS_ID = 'kp-results';

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body>${body}</body></html>`;

const results = (label: string): string =>
  page(
    'Results',
    `<div id="${RESULTS_ID}" style="min-height: 400px"><h2>${escape(label)}</h2>` +
      '<ol><li>Result 1</li><li>Result 2</li></ol></div>',
  );

/**
 * A results page with no query in its address whose script moves to `#q=<then>` as it runs, or
 * `after` ms later, and renders the results from the fragment (a navigation inside the page: no
 * request, so no webRequest; the content script's to catch).
 */
const movesToFragment = (then: string, after: number): string =>
  page(
    'Results',
    `<div id="${RESULTS_ID}" style="min-height: 400px" hidden><h2></h2></div><script>(() => {
      const results = document.getElementById('${RESULTS_ID}');
      const render = () => {
        const q = new URLSearchParams(location.hash.slice(1)).get('q');
        if (!q) return;
        results.querySelector('h2').textContent = 'Results for ' + q;
        results.hidden = false;
      };
      addEventListener('hashchange', render);
      const move = () => {
        location.hash = new URLSearchParams({ q: ${JSON.stringify(then).replace(/</g, '\\u003c')} }).toString();
        render();
      };
      if (${after} > 0) setTimeout(move, ${after});
      else move();
    })();</script>`,
  );

/** The fixture answering a request, or null (aborted: nothing here touches the network). */
function fixture(req: HTTPRequest): string | null {
  const url = new URL(req.url());
  if (url.href === START_URL)
    // No script: the person types and presses the button; the form POSTs to DuckDuckGo HTML.
    return page(
      'Start',
      `<form method="post" action="${DDG_HTML}"><input id="q" name="q" autocomplete="off">` +
        '<button id="go" type="submit">Search</button></form>',
    );
  if (url.origin + url.pathname === GOOGLE_RESULTS) {
    const then = url.searchParams.get('then');
    if (then !== null) return movesToFragment(then, Number(url.searchParams.get('after') ?? 0));
    return results(`Results for ${url.searchParams.get('q') ?? ''}`);
  }
  // BiDi does not give the POST body to puppeteer: the results say only that the POST arrived.
  if (url.href === DDG_HTML && req.method() === 'POST') return results('DuckDuckGo HTML results');
  return null;
}

/**
 * Serves the fake sites to `tab` and records every request that reached the network layer.
 * Firefox runs blocking `webRequest` listeners before BiDi interception, so a request the
 * extension redirected is never recorded.
 */
export async function serveFakeSites(tab: Page): Promise<Sent[]> {
  const sent: Sent[] = [];
  await tab.setRequestInterception(true);
  tab.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    sent.push({ method: req.method(), url: req.url() });
    const body = fixture(req);
    (body === null
      ? req.abort('failed')
      : req.respond({ status: 200, contentType: 'text/html; charset=utf-8', body })
    ).catch(() => {
      // the request went away first (its tab closed, or a navigation replaced it)
    });
  });
  return sent;
}

// ── Navigation and assertions ──────────────────────────────────────────────────────────────────

/**
 * Starts a navigation the way the address bar does. A navigation the add-on redirects to its
 * `moz-extension:` page never completes for puppeteer over BiDi (`goto` times out), so this does
 * not wait for it: the caller waits for the state it expects.
 */
export function startNavigation(tab: Page, url: string): void {
  tab.goto(url, { timeout: 15_000 }).catch(() => {
    // ended by a redirect to the help page, or by the test closing the tab
  });
}

export const isHelpUrl = (url: string): boolean => {
  const u = new URL(url);
  return u.protocol === 'moz-extension:' && u.pathname === '/intercept.html';
};

/** Polls the tab's URL (it changes across navigations; no page-side wait survives them). */
export async function waitForUrl(
  tab: Page,
  predicate: (url: string) => boolean,
  timeout = 10_000,
): Promise<string> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const url = tab.url();
    if (predicate(url)) return url;
    if (Date.now() > deadline) throw new Error(`timed out waiting for the URL; last: ${url}`);
    await new Promise((r) => setTimeout(r, 50)); // polling interval, not a wait for time to pass
  }
}

/** The tab is on the add-on's help page, the help shows, and the query is nowhere in the URL. */
export async function expectHelp(tab: Page, query: string): Promise<void> {
  const url = await waitForUrl(tab, isHelpUrl);
  await tab.waitForSelector('[data-testid="help"]', { visible: true, timeout: 10_000 });
  const forms = new Set([url, url.replace(/\+/g, ' ')]);
  try {
    forms.add(decodeURIComponent(url.replace(/\+/g, ' ')));
  } catch {
    // not decodable: the raw forms are checked
  }
  for (const form of forms)
    expect(form.toLowerCase(), 'query in help URL').not.toContain(query.toLowerCase());
}

/**
 * The fixture's results are on screen: the content script ran and revealed the page (its manifest
 * CSS keeps known sites' pages `visibility: hidden` until `html[data-keerpunt=clear]`).
 */
export async function expectResults(tab: Page, text: string): Promise<void> {
  const results = await tab.waitForSelector(`#${RESULTS_ID}`, { visible: true, timeout: 10_000 });
  expect(await results!.evaluate((el) => (el as HTMLElement).innerText)).toContain(text);
  expect(await tab.evaluate(() => document.documentElement.dataset.keerpunt)).toBe('clear');
  expect(isHelpUrl(tab.url())).toBe(false);
}

/** What `tabPerTest` gives a test: the file's browser, this test's tab, and what it sent. */
export interface TabPerTest {
  firefox: Launched;
  tab: Page;
  sent: Sent[];
}

/**
 * One browser for the test file (`launch(options)`), and a fresh tab per test with the fake
 * sites served in it. Read the fields inside a test (they are set by the hooks).
 */
export function tabPerTest(options?: LaunchOptions): TabPerTest {
  const state = {} as TabPerTest;
  beforeAll(async () => {
    state.firefox = await launch(options);
  });
  afterAll(async () => {
    await state.firefox?.close();
  });
  beforeEach(async () => {
    state.tab = await state.firefox.browser.newPage();
    state.sent = await serveFakeSites(state.tab);
  });
  afterEach(async () => {
    await state.tab?.close();
  });
  return state;
}

/** A Google results URL for `query` (the fake site's). */
export const googleUrl = (query: string): string =>
  `${GOOGLE_RESULTS}?${new URLSearchParams({ q: query })}`;
