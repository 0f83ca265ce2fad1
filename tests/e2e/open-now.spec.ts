/**
 * "Open now" on the help page, with the page's clock and time zone set: the Dutch line's status in
 * the person's own time, what to do meanwhile, and a page left open across an opening time.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Opens the help page (as the person would from a link, so nothing is counted) at `time`. */
async function openHelp(page: Page, extensionId: string, time: string, timeZone: string) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setTimezoneOverride', { timezoneId: timeZone });
  await page.clock.install({ time: new Date(time) });
  await page.goto(`chrome-extension://${extensionId}/intercept.html?from=test`);
  await expect(page.getByTestId('help')).toBeVisible();
  await page.getByTestId('region').selectOption('NL');
}

test('closed late on a Monday in Amsterdam: opens tomorrow at 09:00, with things to do meanwhile', async ({
  page,
  extensionId,
}) => {
  // Monday 2026-01-12 22:30 in Amsterdam.
  await openHelp(page, extensionId, '2026-01-12T21:30:00Z', 'Europe/Amsterdam');
  await expect(page.getByTestId('open-now')).toHaveText(
    'Closed right now. It opens again tomorrow at 09:00 (your time).',
  );
  const meanwhile = page.getByTestId('meanwhile');
  await expect(meanwhile.getByRole('link', { name: 'info@stopitnow.nl' })).toBeVisible();
  await expect(meanwhile.getByRole('link', { name: '113' })).toBeVisible();
  await expect(meanwhile).toContainText('open day and night');
});

test('the same moment seen from Tokyo: opens today at 17:00', async ({ page, extensionId }) => {
  await openHelp(page, extensionId, '2026-01-12T21:30:00Z', 'Asia/Tokyo');
  await expect(page.getByTestId('open-now')).toHaveText(
    'Closed right now. It opens again today at 17:00 (your time).',
  );
});

test('a page left open changes to "open now" when the line opens', async ({
  page,
  extensionId,
}) => {
  // Tuesday 2026-01-13 08:59 in Amsterdam, a minute before opening.
  await openHelp(page, extensionId, '2026-01-13T07:59:00Z', 'Europe/Amsterdam');
  await expect(page.getByTestId('open-now')).toHaveText(
    'Closed right now. It opens again today at 09:00 (your time).',
  );
  await page.clock.runFor(90_000);
  await expect(page.getByTestId('open-now')).toHaveText('Open now, until 22:00 (your time).');
  await expect(page.getByTestId('meanwhile')).toHaveCount(0);
});

test('Flanders’ hours are unconfirmed: "may open again", never a plain "closed now"', async ({
  page,
  extensionId,
}) => {
  await openHelp(page, extensionId, '2026-01-14T12:00:00Z', 'Europe/Brussels');
  await page.getByTestId('region').selectOption('BE-VL');
  await expect(page.getByTestId('open-now')).toHaveText(
    'Going by the last published hours, it may open again Friday at 12:00 (your time).',
  );
  await expect(page.getByTestId('meanwhile')).toContainText('vragen@stopitnow.be');
});
