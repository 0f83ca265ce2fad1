/**
 * A results page whose body comes late: the search engine sends its head, then takes its time.
 * The guard decides from the address, so it must not wait for the body (DESIGN.md "Keeping
 * results from being painted"): a risky search leaves for the help while the body is still on
 * its way (a page stopped before its body is never painted, so no cover is waited for), and a
 * clean search is let through so that its results show the moment they arrive.
 *
 * The pages come from a real HTTPS server on loopback (support/sites.ts), which holds the rest
 * of the page until the test releases it: nothing here depends on how long anything takes.
 */
import { expect, expectHelp, test } from './fixtures';
import { launch, onboardingTab } from './support/extension';
import { PaintLog } from './support/paint';
import { BENIGN, RISKY } from './support/queries';
import { pageHtml, resultsUrl, site, startFakeSiteServer } from './support/sites';

const bing = site('bing');

/** The fake results page for `query`, cut where its body begins. */
function split(query: string): { head: string; rest: string } {
  const html = pageHtml(bing, query);
  const at = html.indexOf('<body');
  return { head: html.slice(0, at), rest: html.slice(at) };
}

for (const [what, query] of [
  ['risky', RISKY],
  ['clean', BENIGN],
] as const) {
  test(`a ${what} search whose results page sends its body late`, async () => {
    test.setTimeout(60_000);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const target = resultsUrl(bing, query);
    const server = await startFakeSiteServer((url) =>
      url.href === target ? { ...split(query), release: released } : undefined,
    );
    const browser = await launch({ extraArgs: server.args });
    try {
      await (await onboardingTab(browser.context)).close();
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      const paints = new PaintLog(page);
      await page.goto(target, { waitUntil: 'commit' });
      if (what === 'risky') {
        // The help, while the server still holds the body.
        await expectHelp(page, RISKY);
        expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
        return;
      }
      // Decided before the body came: the page is let through, and nothing is painted yet.
      await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
      expect(paints.visibleFrames).toEqual([]);
      release();
      await paints.waitForVisible();
      expect(new URL(page.url()).origin).toBe(bing.origin);
    } finally {
      release();
      await browser.close();
      await server.close();
    }
  });
}
