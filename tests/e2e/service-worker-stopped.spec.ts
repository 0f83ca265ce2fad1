/**
 * Area 3: the service worker stopped mid-test (as Chromium does after 30 s idle) changes nothing.
 */
import { expect, expectHelp, test } from './fixtures';
import { runningServiceWorkers, stopServiceWorker } from './support/extension';
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
