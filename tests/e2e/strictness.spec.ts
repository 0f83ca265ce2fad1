/**
 * Strictness (settings): strict leaves no way to the results; pause shows the way after 30 s;
 * gentle at once. Help comes first in every mode; the caught URL is held by the background for
 * that tab only, and continuing lets exactly that URL through once.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { serviceWorker } from './support/extension';
import { RISKY } from './support/queries';
import { homeUrl, resultsUrl, site } from './support/sites';

async function choose(context: BrowserContext, extensionId: string, mode: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId(`strictness-${mode}`).check();
  await expect(options.getByTestId(`strictness-${mode}`)).toBeChecked();
  // The radio shows the choice at once; the search page reads what is stored.
  const worker = await serviceWorker(context);
  await expect
    .poll(() =>
      worker.evaluate(async () => {
        const { settings } = await chrome.storage.local.get('settings');
        return (settings as { strictness?: string } | undefined)?.strictness;
      }),
    )
    .toBe(mode);
  await options.close();
}

/** What the background answers the help page when it asks to continue now. */
function askToContinue(page: Page): Promise<unknown> {
  return page.evaluate(() => chrome.runtime.sendMessage({ type: 'keerpunt:continue' }));
}

async function counts(context: BrowserContext): Promise<Record<string, number>> {
  const worker = await serviceWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('counts:normal'));
  const days = (stored['counts:normal'] as { days: Record<string, Record<string, number>> }).days;
  return Object.values(days)[0]!;
}

const google = site('google');

test('strict (the default): help with no way to the results', async ({ page }) => {
  await page.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  await expect(page.getByTestId('safe')).toBeVisible();
  await expect(page.getByTestId('continue')).toHaveCount(0);
  expect(await askToContinue(page)).toEqual({ ok: false });
});

test('gentle: continue goes to exactly the caught results, once', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  await choose(context, extensionId, 'gentle');
  const url = resultsUrl(google, RISKY);
  await page.goto(url).catch(() => {});
  await expectHelp(page, RISKY);
  // Help first: the safe button comes before the way on.
  const safeBox = (await page.getByTestId('safe').boundingBox())!;
  await expect(page.getByTestId('continue-go')).toBeVisible({ timeout: 10_000 });
  const goBox = (await page.getByTestId('continue-go').boundingBox())!;
  expect(goBox.y).toBeGreaterThan(safeBox.y);
  await page.getByTestId('continue-go').click();
  await page.waitForURL(url);
  await paints.waitForVisible();
  expect((await counts(context)).continued).toBe(1);
  // The held URL was used up: the same search later is caught again.
  const again = await context.newPage();
  await again.goto(homeUrl(google));
  await again.goto(url).catch(() => {});
  await expectHelp(again, RISKY);
});

test("gentle: a search caught in the site's own box continues to its results URL", async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  await choose(context, extensionId, 'gentle');
  await page.goto(homeUrl(google));
  const box = page.locator(`[name="${google.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  await page.getByTestId('continue-go').click({ timeout: 10_000 });
  await page.waitForURL((u) => u.pathname === '/search');
  await paints.waitForVisible();
  await expect(page.locator('.kp-q')).toHaveText(RISKY);
});

test('pause: the way on waits 30 seconds, and the background refuses it earlier', async ({
  context,
  extensionId,
  page,
}) => {
  await choose(context, extensionId, 'pause');
  await page.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  const wait = page.getByTestId('continue-wait');
  // The help page asks the background again for a while when the held URL is not stored yet.
  await expect(wait).toBeVisible({ timeout: 10_000 });
  const seconds = Number((await wait.textContent())!.match(/\d+/)![0]);
  expect(seconds).toBeGreaterThan(20);
  expect(seconds).toBeLessThanOrEqual(30);
  await expect(page.getByTestId('continue-go')).toHaveCount(0);
  expect(await askToContinue(page)).toEqual({ ok: false });
});
