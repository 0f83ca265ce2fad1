/**
 * Cooling-off ([4/6] "Easy to tighten, hard to loosen"): with a period of one hour, a change that
 * weakens protection does not take effect (a search is still caught), the options show it with a
 * countdown and a Cancel button; an hour later it takes effect.
 *
 * The clock: the service worker's cannot be driven from Playwright, so the hour passes on the
 * options page's clock (`page.clock`). That is a production path, not a test hook: the options
 * page applies due changes with its own clock when it opens and while it is open (the background
 * does the same on an alarm and at startup; tests/unit/background/pending.test.ts). The page's
 * clock starts a minute behind the real one, so every change is requested "in the past" for the
 * background too and its own (real) clock never sees one due.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { PERSONAL_TERM, RISKY } from './support/queries';
import { resultsUrl, site } from './support/sites';

const google = site('google');
const HOUR_AND_A_BIT = '01:00:05';

/** The options page on a controllable clock, with a cooling-off of one hour chosen. */
async function optionsWithOneHour(context: BrowserContext, extensionId: string): Promise<Page> {
  const options = await context.newPage();
  await options.clock.install({ time: Date.now() - 60_000 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // Lengthening the period strengthens protection: it takes effect at once.
  await options.getByTestId('cooling-off-1h').check();
  await expect(options.getByTestId('cooling-off-1h')).toBeChecked();
  await expect(options.getByTestId('pending-none')).toBeVisible();
  return options;
}

async function expectCaught(context: BrowserContext, query: string): Promise<void> {
  const tab = await context.newPage();
  await tab.goto(resultsUrl(google, query)).catch(() => {});
  await expectHelp(tab, query);
  await tab.close();
}

test('a removed term keeps catching for an hour; Cancel keeps it; after the hour it is gone', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const options = await optionsWithOneHour(context, extensionId);
  const query = `${PERSONAL_TERM} pictures`;
  await options.getByTestId('term-input').fill(PERSONAL_TERM);
  await options.getByTestId('term-add').click();
  const entries = options.locator('[data-testid="term-list"] li');
  await expect(entries).toHaveCount(1);

  // Removed by its entry: it waits.
  await entries.first().getByRole('button').click();
  const waiting = options.getByTestId('pending-remove-term');
  await expect(waiting).toBeVisible();
  await expect(waiting.getByTestId('pending-countdown')).toHaveText(/takes effect in 59 min/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('waiting');
  // The waiting change shows the day the term was added, never the term.
  await expect(options.getByTestId('pending-list')).not.toContainText(PERSONAL_TERM);
  await expectCaught(context, query);

  // Cancel: nothing changes, nothing waits.
  await waiting.getByTestId('pending-cancel').click();
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await expect(entries.first()).not.toContainText('waiting');

  // Removed again, by typing it again; the countdown moves with the clock.
  await options.getByTestId('retype-input').fill(PERSONAL_TERM);
  await options.getByTestId('retype-input').press('Enter');
  await expect(waiting).toBeVisible();
  await options.clock.fastForward('30:00');
  await expect(waiting.getByTestId('pending-countdown')).toHaveText(/takes effect in 29 min/);
  await expectCaught(context, query);

  // The hour passes (on the options page's clock): the term is gone.
  await options.clock.fastForward('30:05');
  await expect(options.getByTestId('term-list')).toHaveCount(0);
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await page.goto(resultsUrl(google, query));
  await paints.waitForVisible();
});

test('a list switched off keeps catching for an hour, then no longer', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const options = await optionsWithOneHour(context, extensionId);
  const english = options.getByTestId('list-en-starter');
  await expect(english).toBeChecked();
  await english.click();
  await expect(options.getByTestId('pending-list-off')).toContainText(/takes effect in 59 min/);
  // Shown as asked for (off), marked as waiting; still on in effect.
  await expect(english).not.toBeChecked();
  await expect(options.getByTestId('list-pending-en-starter')).toBeVisible();
  await expectCaught(context, RISKY);

  await options.clock.fastForward(HOUR_AND_A_BIT);
  await expect(english).not.toBeChecked();
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await page.goto(resultsUrl(google, RISKY));
  await paints.waitForVisible();
});

test('switching the list back on cancels its waiting "off"', async ({ context, extensionId }) => {
  const options = await optionsWithOneHour(context, extensionId);
  const english = options.getByTestId('list-en-starter');
  await english.click();
  await expect(options.getByTestId('pending-list-off')).toBeVisible();
  await options.getByTestId('list-pending-en-starter').waitFor();
  await english.click(); // on again: strengthening, the waiting change goes
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await options.clock.fastForward(HOUR_AND_A_BIT);
  await expect(english).toBeChecked();
  await expectCaught(context, RISKY);
});

test('a gentler mode waits an hour; until then there is no way to the results', async ({
  context,
  extensionId,
}) => {
  const options = await optionsWithOneHour(context, extensionId);
  await options.getByTestId('strictness-gentle').click();
  await expect(options.getByTestId('pending-strictness')).toContainText(/takes effect in 59 min/);
  await expect(options.getByTestId('strictness-gentle')).toBeChecked();
  await expect(options.getByTestId('strictness-pending-gentle')).toBeVisible();

  const tab = await context.newPage();
  await tab.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(tab, RISKY);
  await expect(tab.getByTestId('continue')).toHaveCount(0);

  await options.clock.fastForward(HOUR_AND_A_BIT);
  await expect(options.getByTestId('strictness-pending-gentle')).toHaveCount(0);
  await expect(options.getByTestId('strictness-gentle')).toBeChecked();
  await tab.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(tab, RISKY);
  await expect(tab.getByTestId('continue-go')).toBeVisible();
});

test('switching protection off waits an hour; then nothing is caught', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const options = await optionsWithOneHour(context, extensionId);
  await options.getByTestId('protection-off').click();
  await expect(options.getByTestId('pending-switch-off')).toContainText(/takes effect in 59 min/);
  await expect(options.getByTestId('protection-state')).toHaveText('Protection is on.');
  await expectCaught(context, RISKY);
  // "Keep protection on" cancels; switched off again, it waits again.
  await options.getByTestId('protection-keep').click();
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await options.getByTestId('protection-off').click();
  await expect(options.getByTestId('pending-switch-off')).toBeVisible();

  await options.clock.fastForward(HOUR_AND_A_BIT);
  await expect(options.getByTestId('protection-state')).toContainText('Protection is off');
  await page.goto(resultsUrl(google, RISKY));
  await paints.waitForVisible();

  // Switching on again takes effect at once.
  await options.getByTestId('protection-on').click();
  await expect(options.getByTestId('protection-state')).toHaveText('Protection is on.');
  await expectCaught(context, RISKY);
});

test('due changes apply when the options page opens', async ({ context, extensionId }) => {
  const options = await optionsWithOneHour(context, extensionId);
  await options.getByTestId('strictness-pause').click();
  await expect(options.getByTestId('pending-strictness')).toBeVisible();
  // Choosing the mode in effect again cancels; asking again waits again.
  await options.getByTestId('strictness-strict').click();
  await expect(options.getByTestId('pending-none')).toBeVisible();
  await options.getByTestId('strictness-pause').click();
  await expect(options.getByTestId('pending-strictness')).toBeVisible();
  const start = await options.evaluate(() => Date.now());
  await options.close();

  // A new options page whose clock reads an hour later.
  const later = await context.newPage();
  await later.clock.install({ time: start + 3_600_000 + 5_000 });
  await later.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(later.getByTestId('strictness-pause')).toBeChecked();
  await expect(later.getByTestId('pending-none')).toBeVisible();
});
