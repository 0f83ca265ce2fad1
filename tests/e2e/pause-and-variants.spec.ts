/**
 * The one-minute pause (with a way back to help at every moment) and the message variants that
 * take turns, counted per variant (help page, [3/6]).
 */
import type { BrowserContext } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { serviceWorker } from './support/extension';
import { RISKY } from './support/queries';
import { resultsUrl, site } from './support/sites';

async function today(context: BrowserContext) {
  const worker = await serviceWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get('counts:normal'));
  const record = stored['counts:normal'] as
    { days: Record<string, Record<string, unknown>> } | undefined;
  return record ? Object.values(record.days)[0] : undefined;
}

test('the pause runs a minute, is counted when done, and gives focus back', async ({
  context,
  extensionId,
  page,
}) => {
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/intercept.html?from=test`);
  const open = page.getByTestId('pause-open');
  await open.click();
  await expect(page.getByTestId('pause')).toBeVisible();
  await expect(page.locator('#pause-heading')).toBeFocused();
  await page.clock.runFor(30_000);
  await expect(page.getByTestId('pause')).toContainText(/30/);
  await page.clock.runFor(31_000);
  await expect(page.getByTestId('pause').getByRole('status')).toBeVisible();
  await expect.poll(async () => (await today(context))?.pause).toBe(1);
  await page.getByTestId('pause-exit').click();
  await expect(open).toBeFocused();
});

test('the pause can be left at any moment, uncounted', async ({ context, extensionId, page }) => {
  await page.clock.install();
  await page.goto(`chrome-extension://${extensionId}/intercept.html?from=test`);
  await page.getByTestId('pause-open').click();
  await page.clock.runFor(20_000);
  await page.getByTestId('pause-exit').click();
  await expect(page.getByTestId('pause')).toHaveCount(0);
  await expect(page.getByTestId('pause-open')).toBeFocused();
  await page.clock.runFor(60_000);
  expect((await today(context))?.pause).toBeUndefined();
});

test('the message variants take turns, and each is counted with the help used after it', async ({
  context,
  page,
}) => {
  const url = resultsUrl(site('google'), RISKY);
  await page.goto(url).catch(() => {});
  await expectHelp(page, RISKY);
  const first = await page.getByTestId('help').getAttribute('data-variant');
  // A reload is the same help: same message, not counted again.
  await page.reload();
  await expect(page.getByTestId('help')).toHaveAttribute('data-variant', first!);

  const second = await context.newPage();
  await second.goto(url).catch(() => {});
  await expectHelp(second, RISKY);
  const other = await second.getByTestId('help').getAttribute('data-variant');
  expect(other).not.toBe(first);
  // Help used after the second message: the phone link (a tel: link goes nowhere here).
  await second
    .getByTestId('phone')
    .first()
    .click({ noWaitAfter: true })
    .catch(() => {});

  await expect
    .poll(async () => (await today(context))?.variants)
    .toEqual({ [first!]: { shown: 1 }, [other!]: { shown: 1, help: 1 } });
  expect((await today(context))?.shown).toBe(2);
});
