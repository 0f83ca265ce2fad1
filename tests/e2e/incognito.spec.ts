/**
 * Area 5: an incognito (off-the-record) window. The profile is pre-written with
 * `extensions.settings.<id>.incognito = true` (the switch "Allow in Incognito"); Playwright's
 * `browser.newContext()` is CDP `Target.createBrowserContext`, an off-the-record profile in which
 * the extension runs its split-mode copy (`chrome.extension.inIncognitoContext` is true there).
 * Notes: tests/e2e/README.md.
 */
import { test as base } from '@playwright/test';
import { expect, expectHelp } from './fixtures';
import { launch } from './support/extension';
import { ActedLog, PaintLog } from './support/paint';
import { BENIGN, RISKY } from './support/queries';
import { homeUrl, resultsUrl, serveFakeSites, site } from './support/sites';

const test = base.extend<{ incognito: import('@playwright/test').BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument
  incognito: async ({}, use) => {
    const launched = await launch({ allowIncognito: true });
    const browser = launched.context.browser()!;
    const incognito = await browser.newContext({ locale: 'en-US' });
    await serveFakeSites(incognito);
    await use(incognito);
    await incognito.close();
    await launched.close();
  },
});

test('in an incognito window a risky search shows help and a clean one the results', async ({
  incognito,
}) => {
  const google = site('google');
  const page = await incognito.newPage();
  const paints = new PaintLog(page);
  await page.goto(resultsUrl(google, BENIGN));
  await paints.waitForVisible();

  const riskyPaints = new PaintLog(page);
  await page.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  expect(riskyPaints.visibleFrames).toEqual([]);
});

test("in an incognito window the site's own box is caught", async ({ incognito }) => {
  const ddg = site('duckduckgo');
  const page = await incognito.newPage();
  const acts = new ActedLog(page);
  await page.goto(homeUrl(ddg));
  const box = page.locator(`[name="${ddg.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  expect(acts.acts).toEqual([]);
});
