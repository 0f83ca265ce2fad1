/**
 * Area 2: a personal term added on the options page catches the next search, with no reload of
 * anything; the list shows the entry without its text.
 */
import { expect, expectHelp, test } from './fixtures';
import { PERSONAL_TERM } from './support/queries';
import { resultsUrl, site } from './support/sites';

test('a personal term added on the options page catches the next search', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const google = site('google');
  const query = `${PERSONAL_TERM} pictures`;

  // Before: the placeholder is an ordinary word.
  await page.goto(resultsUrl(google, query));
  await paints.waitForVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const entries = options.locator('[data-testid="term-list"] li');
  const before = await entries.count();
  await options.getByTestId('term-input').fill(PERSONAL_TERM);
  await options.getByTestId('term-add').click();
  await expect(entries).toHaveCount(before + 1);
  // Never shown again after entry (DESIGN.md "Discreet storage").
  await expect(options.getByTestId('term-list')).not.toContainText(PERSONAL_TERM);

  // The next search in the same tab, nothing reloaded.
  const box = page.locator(`[name="${google.param}"]`);
  await box.fill(query);
  await box.press('Enter');
  await expectHelp(page, query);

  // And by URL in a new tab.
  const other = await context.newPage();
  await other.goto(resultsUrl(google, query)).catch(() => {});
  await expectHelp(other, query);
});
