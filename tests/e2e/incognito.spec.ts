/**
 * Area 5: an incognito (off-the-record) window. The profile is pre-written with
 * `extensions.settings.<id>.incognito = true` (the switch "Allow in Incognito"); Playwright's
 * `browser.newContext()` is CDP `Target.createBrowserContext`, an off-the-record profile in which
 * the extension runs its split-mode copy (`chrome.extension.inIncognitoContext` is true there).
 * Notes: tests/e2e/README.md.
 */
import { test as base } from '@playwright/test';
import { expect, expectHelp, guardDecides } from './fixtures';
import { idOf, launch, onboardingTab, serviceWorker } from './support/extension';
import { addTerm, openOptions } from './support/options';
import { ActedLog, PaintLog } from './support/paint';
import { BENIGN, PERSONAL_TERM, RISKY } from './support/queries';
import { homeUrl, resultsUrl, serveFakeSites, site } from './support/sites';

type BrowserContext = import('@playwright/test').BrowserContext;

const test = base.extend<{ normal: BrowserContext; incognito: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument
  normal: async ({}, use) => {
    const launched = await launch({ allowIncognito: true });
    await serveFakeSites(launched.context);
    await (await onboardingTab(launched.context)).close();
    await use(launched.context);
    await launched.close();
  },
  incognito: async ({ normal }, use) => {
    const incognito = await normal.browser()!.newContext({ locale: 'en-US' });
    await serveFakeSites(incognito);
    await use(incognito);
    await incognito.close();
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
  await guardDecides(page);
  const box = page.locator(`[name="${ddg.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  expect(acts.acts).toEqual([]);
});

test('a personal term added in the normal window catches in incognito; counts kept apart; Back is not results', async ({
  normal,
  incognito,
}) => {
  const worker = await serviceWorker(normal);
  const options = await openOptions(normal, idOf(worker));
  await addTerm(options, PERSONAL_TERM);

  const bing = site('bing');
  const page = await incognito.newPage();
  await page.goto(homeUrl(bing));
  const paints = new PaintLog(page);
  const query = `${PERSONAL_TERM} pictures`;
  await page.goto(resultsUrl(bing, query)).catch(() => {});
  await expectHelp(page, query);
  expect(paints.visibleFrames, 'frames that showed results').toEqual([]);

  // Counted by the incognito copy under its own key; the normal window's count is untouched.
  const counts = () =>
    worker.evaluate(() => chrome.storage.local.get(['counts:normal', 'counts:incognito']));
  const shown = (record: unknown) =>
    Object.values(
      (record as { days?: Record<string, { shown?: number }> } | undefined)?.days ?? {},
    ).reduce((n, d) => n + (d.shown ?? 0), 0);
  await expect.poll(async () => shown((await counts())['counts:incognito'])).toBe(1);
  expect(shown((await counts())['counts:normal'])).toBe(0);

  // Back from help: the page before the search, never the results.
  await page.goBack();
  await page.waitForURL(homeUrl(bing));
  await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
  expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
});
