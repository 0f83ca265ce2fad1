/**
 * "Also remove caught searches from history" (options → Discretion; the optional `history`
 * permission, pre-granted in the profile as the browser's prompt would). The caught results URL
 * is gone from the history, also when the service worker was asleep as the search was caught.
 * A search caught with the setting off stays in the history: the check can fail.
 */
import { test as base } from '@playwright/test';
import { expect, expectHelp } from './fixtures';
import {
  changeSettings,
  idOf,
  launch,
  onboardingTab,
  serviceWorker,
  stopServiceWorker,
} from './support/extension';
import { RISKY } from './support/queries';
import { resultsUrl, serveFakeSites, site } from './support/sites';

type BrowserContext = import('@playwright/test').BrowserContext;

const test = base.extend<{ context: BrowserContext }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright wants the fixtures argument
  context: async ({}, use) => {
    const launched = await launch({ grantHistory: true });
    await serveFakeSites(launched.context);
    await (await onboardingTab(launched.context)).close();
    await use(launched.context);
    await launched.close();
  },
});

/**
 * Whether the browser history has a visit of `url`, asked from an extension page. (A page left
 * with `location.replace` while it loads is recorded as a redirect, which `history.search` does
 * not list; `getVisits` does.)
 */
async function inHistory(context: BrowserContext, extensionId: string, url: string) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/safe.html`);
  const visits = await page.evaluate((url) => chrome.history.getVisits({ url }), url);
  await page.close();
  return visits.length > 0;
}

test('a caught search is removed from the history when the person asked for it, the worker asleep or not', async ({
  context,
}) => {
  const worker = await serviceWorker(context);
  const extensionId = idOf(worker);
  expect(
    await worker.evaluate(() => chrome.permissions.contains({ permissions: ['history'] })),
  ).toBe(true);
  const page = await context.newPage();

  // Off (the default): the caught results URL stays in the history.
  const kept = `${resultsUrl(site('google'), RISKY)}&n=1`;
  await page.goto(kept).catch(() => {});
  await expectHelp(page, RISKY);
  await expect.poll(() => inHistory(context, extensionId, kept)).toBe(true);

  await changeSettings(worker, { removeFromHistory: true });
  // Awake, then twice asleep (the message that names the URL wakes the worker).
  for (const [n, asleep] of [
    [2, false],
    [3, true],
    [4, true],
  ] as const) {
    if (asleep) await stopServiceWorker(context, extensionId);
    const removed = `${resultsUrl(site('bing'), RISKY)}&n=${n}`;
    await page.goto(removed).catch(() => {});
    await expectHelp(page, RISKY);
    // The background deletes it at once and again 2 s later (the visit may be recorded late).
    await page.waitForTimeout(3_000);
    expect(await inHistory(context, extensionId, removed), `search ${n}`).toBe(false);
  }
});
