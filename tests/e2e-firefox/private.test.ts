/**
 * Firefox private windows: with "always use private browsing mode" every window is private. A
 * temporary add-on (as installed here, like from about:debugging) runs in them only when allowed;
 * that the person allowed there ("Run in Private Windows", pre-written to the profile) guards them
 * as any other window: a risky search ends on help before its request is sent, a clean one shows
 * its results, a risky query typed into a search form is stopped before the form is sent.
 */
import { expect, test } from 'vitest';
import { BENIGN, RISKY } from '../e2e/support/queries';
import {
  ADDON_ORIGIN,
  DDG_HTML,
  GOOGLE_RESULTS,
  START_URL,
  expectHelp,
  expectResults,
  googleUrl,
  launch,
  tabPerTest,
  serveFakeSites,
  startNavigation,
  waitForUrl,
} from './support/firefox';

const t = tabPerTest({ privateBrowsing: true, allowPrivateBrowsing: true });

/** Asked on the help page: whether it is in a private window, and may the add-on be there. */
async function privateFacts(): Promise<{ private: boolean; allowed: boolean }> {
  return t.tab.evaluate(async () => {
    const b = (globalThis as unknown as { browser: typeof chrome }).browser;
    return {
      private: b.extension.inIncognitoContext,
      allowed: await b.extension.isAllowedIncognitoAccess(),
    };
  });
}

test('in a private window a risky search ends on help before its request is sent', async () => {
  startNavigation(t.tab, googleUrl(RISKY));
  await expectHelp(t.tab, RISKY);
  expect(await privateFacts()).toEqual({ private: true, allowed: true });
  expect(t.sent.filter((r) => r.url.startsWith(GOOGLE_RESULTS))).toEqual([]);
});

test('in a private window a clean search shows the results', async () => {
  startNavigation(t.tab, googleUrl(BENIGN));
  await waitForUrl(t.tab, (url) => url.startsWith(GOOGLE_RESULTS));
  await expectResults(t.tab, `Results for ${BENIGN}`);
});

test('in a private window a risky query typed into a search form is stopped before it is sent', async () => {
  await t.tab.goto(START_URL);
  await t.tab.type('#q', RISKY);
  await t.tab.click('#go');
  await expectHelp(t.tab, RISKY);
  expect(t.sent.filter((r) => r.method === 'POST' || r.url.startsWith(DDG_HTML))).toEqual([]);
});

test.each([
  [false, 1],
  [true, 0],
])(
  'the options page says private windows are not covered until the person allows them (allowed: %s)',
  async (allowPrivateBrowsing, notices) => {
    const other = await launch({ allowPrivateBrowsing });
    try {
      // To the options page by way of the help page (BiDi cannot open an add-on page itself).
      const options = await other.browser.newPage();
      await serveFakeSites(options);
      startNavigation(options, googleUrl(RISKY));
      await expectHelp(options, RISKY);
      await options.setRequestInterception(false);
      await options.evaluate((url: string) => location.assign(url), `${ADDON_ORIGIN}/options.html`);
      await options.waitForSelector('[data-testid="coverage"]', { timeout: 10_000 });
      // The check has answered once the list of issues or the all-fine line is there.
      await options.waitForFunction(
        () =>
          document.querySelector('[data-testid="coverage-private-windows"]') ??
          document.querySelector('[data-testid="coverage-ok"]'),
        { timeout: 10_000 },
      );
      expect(await options.$$('[data-testid="coverage-private-windows"]')).toHaveLength(notices);
    } finally {
      await other.close();
    }
  },
);
