/**
 * Area 4: a tab that was open before the extension was installed is protected once it is. The
 * browser starts without the extension; CDP `Extensions.loadUnpacked` (needs
 * --enable-unsafe-extension-debugging) installs it while the tab is open, which fires
 * `runtime.onInstalled` like a real install. The extension must inject into the open tab.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, expectHelp, guardDecides, test } from './fixtures';
import { loadUnpacked } from './support/extension';
import { RISKY } from './support/queries';
import { homeUrl, site } from './support/sites';

test.use({ kpLaunch: { withExtension: false } });

/** Resolves when a script of `extensionId` runs in the page's main frame (an isolated world). */
async function injected(page: Page, extensionId: string): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  const seen = new Promise<void>((resolve) => {
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (context.origin === `chrome-extension://${extensionId}`) resolve();
    });
  });
  await cdp.send('Runtime.enable'); // reports the existing contexts too
  await seen;
  return cdp;
}

test('a tab open before install is protected: its own search box is caught', async ({
  context,
  page,
  acts,
}) => {
  const pornhub = site('pornhub');
  await page.goto(homeUrl(pornhub));
  expect(context.serviceWorkers()).toEqual([]);

  const extensionId = await loadUnpacked(context);
  const cdp = await injected(page, extensionId);
  await cdp.detach();
  await guardDecides(page);

  const box = page.locator(`[name="${pornhub.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  expect(acts.acts, "the site's own handlers acted").toEqual([]);
});
