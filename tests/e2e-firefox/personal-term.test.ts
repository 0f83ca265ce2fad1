/**
 * A personal term added on the options page works in Firefox too: before, the placeholder word
 * is ordinary and its results show; after adding it in the options, the same search ends on the
 * help page before the request is sent. WebDriver BiDi may not open an add-on page itself, so
 * the test reaches the options page from the help page a caught search leads to (an add-on page
 * may navigate to another of its own).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { PERSONAL_TERM, RISKY } from '../e2e/support/queries';
import {
  ADDON_ORIGIN,
  GOOGLE_RESULTS,
  expectHelp,
  expectResults,
  isHelpUrl,
  launch,
  serveFakeSites,
  startNavigation,
  waitForUrl,
  type Launched,
  type Sent,
  googleUrl,
} from './support/firefox';

let firefox: Launched;
let tab: Page;
let sent: Sent[];

beforeAll(async () => {
  firefox = await launch();
  tab = await firefox.browser.newPage();
  sent = await serveFakeSites(tab);
});
afterAll(async () => {
  await firefox?.close();
});

test('a personal term added in the options catches the next search', async () => {
  const query = `${PERSONAL_TERM} pictures`;
  // Before: an ordinary word, its results show.
  startNavigation(tab, googleUrl(query));
  await expectResults(tab, query);

  // To the options page, by way of the help page.
  startNavigation(tab, googleUrl(RISKY));
  await waitForUrl(tab, isHelpUrl);
  // The fake sites' interception would stop an add-on page's navigation: off for this step.
  await tab.setRequestInterception(false);
  await tab.evaluate((url: string) => location.assign(url), `${ADDON_ORIGIN}/options.html`);
  // Puppeteer's own URL stays on the help page after a page-made navigation: ask the page.
  await expect
    .poll(() => tab.evaluate(() => location.href).catch(() => ''), { timeout: 10_000 })
    .toBe(`${ADDON_ORIGIN}/options.html`);
  await tab.setRequestInterception(true);
  const input = await tab.waitForSelector('[data-testid="term-input"]', { visible: true });
  const before = await tab.$$eval('[data-testid="term-list"] li', (li) => li.length);
  await input!.type(PERSONAL_TERM);
  await tab.click('[data-testid="term-add"]');
  await tab.waitForFunction(
    (n: number) => document.querySelectorAll('[data-testid="term-list"] li').length === n,
    { timeout: 10_000 },
    before + 1,
  );
  // Never shown again after entry.
  expect(await tab.$eval('[data-testid="term-list"]', (el) => el.textContent)).not.toContain(
    PERSONAL_TERM,
  );

  // After: the same search ends on the help page, and never reached the site.
  const sentBefore = sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS)).length;
  startNavigation(tab, googleUrl(query));
  await expectHelp(tab, query);
  expect(sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS))).toHaveLength(sentBefore);
});
