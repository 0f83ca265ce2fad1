/**
 * Firefox's blocking webRequest path (entrypoints/background/web-request.ts) in a real Firefox
 * ESR: a risky search, by URL or by POST form, is redirected to the help page before the request
 * is sent; a clean one reaches the (fake) site and its results show. One browser for the file, a
 * fresh tab per test (nothing here changes the add-on's settings).
 */
import { expect, test } from 'vitest';
import { BENIGN, RISKY } from '../e2e/support/queries';
import {
  ADDON_ID,
  ADDON_ORIGIN,
  DDG_HTML,
  GOOGLE_RESULTS,
  START_URL,
  expectHelp,
  expectResults,
  googleUrl,
  tabPerTest,
  startNavigation,
  waitForUrl,
} from './support/firefox';

const t = tabPerTest();

/** From a page the add-on does not cover, type the query and press the form's button. */
async function postToDuckDuckGoHtml(query: string): Promise<void> {
  await t.tab.goto(START_URL);
  await t.tab.type('#q', query);
  await t.tab.click('#go');
}

test('the add-on installs as a temporary add-on with its gecko id', () => {
  expect(t.firefox.addonId).toBe(ADDON_ID);
});

test('a risky Google search URL ends on the help page; the request is never sent', async () => {
  startNavigation(t.tab, googleUrl(RISKY));
  await expectHelp(t.tab, RISKY);
  expect(t.tab.url()).toBe(`${ADDON_ORIGIN}/intercept.html`);
  expect(t.sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS))).toEqual([]);
});

test('the add-on holds the registry sites as host permissions (granted at install)', async () => {
  startNavigation(t.tab, googleUrl(RISKY));
  await expectHelp(t.tab, RISKY);
  // Asked from the help page, an extension page with the `browser` API.
  const granted = await t.tab.evaluate(() =>
    (globalThis as unknown as { browser: typeof chrome }).browser.permissions.contains({
      origins: ['*://www.google.com/*', '*://html.duckduckgo.com/*'],
    }),
  );
  expect(granted).toBe(true);
});

test("a page's script moving to #q= as it loads (no request: the content script's to catch) ends on the help page", async () => {
  startNavigation(t.tab, `${GOOGLE_RESULTS}?${new URLSearchParams({ then: RISKY })}`);
  await expectHelp(t.tab, RISKY);
});

test("a page's script moving to #q= once the page shows (its listeners' to catch) ends on the help page", async () => {
  startNavigation(t.tab, `${GOOGLE_RESULTS}?${new URLSearchParams({ then: RISKY, after: '300' })}`);
  await expectHelp(t.tab, RISKY);
});

test("a page's script moving to #q= with a clean query shows its results", async () => {
  startNavigation(t.tab, `${GOOGLE_RESULTS}?${new URLSearchParams({ then: BENIGN })}`);
  await expectResults(t.tab, BENIGN);
});

test('a risky POST search to DuckDuckGo HTML is redirected before the form is sent', async () => {
  await postToDuckDuckGoHtml(RISKY);
  await expectHelp(t.tab, RISKY);
  // Only the start page reached the network layer: no POST, nothing on DuckDuckGo.
  expect(t.sent.filter((r) => r.method === 'POST' || r.url.startsWith(DDG_HTML))).toEqual([]);
});

test('a clean Google search shows the results', async () => {
  startNavigation(t.tab, googleUrl(BENIGN));
  await waitForUrl(t.tab, (url) => url.startsWith(GOOGLE_RESULTS));
  await expectResults(t.tab, `Results for ${BENIGN}`);
  expect(t.sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS))).toHaveLength(1);
});

test('a clean POST search to DuckDuckGo HTML shows the results', async () => {
  await postToDuckDuckGoHtml(BENIGN);
  await waitForUrl(t.tab, (url) => url === DDG_HTML);
  await expectResults(t.tab, 'DuckDuckGo HTML results');
  expect(t.sent.filter((r) => r.method === 'POST' && r.url === DDG_HTML)).toHaveLength(1);
});
