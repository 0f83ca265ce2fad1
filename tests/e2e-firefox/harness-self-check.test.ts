/**
 * The harness must be able to fail: with Firefox's install-time grant of host permissions turned
 * off (`extensions.originControls.grantByDefault` false), the add-on holds no host permission, so
 * neither its blocking webRequest listener nor its content script sees the search sites. The
 * same risky URL the main suite sends must then reach the fake site and its results must show.
 * This also documents what Keerpunt on Firefox depends on: the person keeping the site access the
 * install prompt grants (MV3 host permissions can be revoked per site in Firefox).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { RISKY } from '../e2e/support/queries';
import {
  GOOGLE_RESULTS,
  RESULTS_ID,
  isHelpUrl,
  launch,
  serveFakeSites,
  startNavigation,
  waitForUrl,
  type Launched,
  googleUrl,
} from './support/firefox';

let firefox: Launched;
let tab: Page;

beforeAll(async () => {
  firefox = await launch({ grantHostPermissions: false });
  tab = await firefox.browser.newPage();
});
afterAll(async () => {
  await firefox?.close();
});

test('without host permissions the risky search reaches the site and its results show', async () => {
  const sent = await serveFakeSites(tab);
  const url = googleUrl(RISKY);
  startNavigation(tab, url);
  await waitForUrl(tab, (u) => u.startsWith(GOOGLE_RESULTS));
  await tab.waitForSelector(`#${RESULTS_ID}`, { visible: true, timeout: 10_000 });
  expect(sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS))).toHaveLength(1);
  // No content script either: the page was never hidden, never marked.
  expect(await tab.evaluate(() => document.documentElement.dataset.keerpunt)).toBeUndefined();
  expect(isHelpUrl(tab.url())).toBe(false);
});
