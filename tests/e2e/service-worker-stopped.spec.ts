/**
 * Area 3: the service worker stopped mid-test (as Chromium does after 30 s idle) changes nothing.
 */
import { expect, expectHelp, test } from './fixtures';
import { runningServiceWorkers, serviceWorker, stopServiceWorker } from './support/extension';
import { BENIGN, RISKY } from './support/queries';
import { homeUrl, resultsUrl, site } from './support/sites';

test('searches are still caught after the service worker was stopped', async ({
  context,
  extensionId,
  page,
  paints,
  acts,
}) => {
  const bing = site('bing');
  await page.goto(resultsUrl(bing, BENIGN));
  await paints.waitForVisible();

  await stopServiceWorker(context, extensionId);
  expect(await runningServiceWorkers(context, extensionId)).toEqual([]);

  // In-page search in a tab that was open while the worker stopped.
  const box = page.locator(`[name="${bing.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  expect(acts.acts).toEqual([]);

  await stopServiceWorker(context, extensionId);
  // A new tab: home page, then a search by URL.
  const other = await context.newPage();
  await other.goto(homeUrl(bing));
  await other.goto(resultsUrl(bing, RISKY)).catch(() => {});
  await expectHelp(other, RISKY);
});

test('gentle: a worker stopped while it stores the caught URL still leaves the way to continue', async ({
  context,
  extensionId,
  page,
}) => {
  const worker = await serviceWorker(context);
  await worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({
      settings: { ...(settings as object | undefined), v: 2, strictness: 'gentle' },
    });
  });
  // This copy of the worker hangs as it stores the held URL, as one stopped at that moment does;
  // the copy that starts after the stop is the extension's own again.
  await worker.evaluate(() => {
    const area = chrome.storage.session;
    const set = area.set.bind(area);
    (area as { set: unknown }).set = (items: Record<string, unknown>) => {
      if (!Object.keys(items).some((key) => key.startsWith('held:'))) return set(items);
      (globalThis as { kpHoldSeen?: boolean }).kpHoldSeen = true;
      return new Promise(() => {});
    };
  });
  const duckduckgo = site('duckduckgo');
  const url = resultsUrl(duckduckgo, RISKY);
  const navigation = page.goto(url).catch(() => {});
  await expect
    .poll(() => worker.evaluate(() => (globalThis as { kpHoldSeen?: boolean }).kpHoldSeen))
    .toBe(true);
  await stopServiceWorker(context, extensionId);
  await navigation;

  await expectHelp(page, RISKY);
  await page.getByTestId('continue-go').click({ timeout: 10_000 });
  await page.waitForURL(url);
});
