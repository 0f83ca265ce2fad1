/**
 * Area 2: a personal term added on the options page catches the next search, with no reload of
 * anything; the list shows the entry without its text.
 */
import { expect, expectHelp, test } from './fixtures';
import { addTerm, openOptions } from './support/options';
import { PERSONAL_TERM, RISKY } from './support/queries';
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

  const options = await openOptions(context, extensionId);
  await addTerm(options, PERSONAL_TERM);
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

test('a term removed by its entry, or by typing it again, no longer catches', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const google = site('google');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const entries = options.locator('[data-testid="term-list"] li');
  for (const term of [PERSONAL_TERM, 'giraffe']) {
    await options.getByTestId('term-input').fill(term);
    await options.getByTestId('term-add').click();
  }
  await expect(entries).toHaveCount(2);

  // The first entry, removed by its button.
  await entries.first().getByRole('button').click();
  await expect(entries).toHaveCount(1);
  // The other, removed by typing it again.
  await options.getByTestId('retype-input').fill('Giraffe');
  await options.getByTestId('retype-input').press('Enter');
  await expect(options.getByTestId('term-status')).not.toBeEmpty();
  await expect(options.getByTestId('term-list')).toHaveCount(0);

  await page.goto(resultsUrl(google, `${PERSONAL_TERM} and giraffe`));
  await paints.waitForVisible();
});

test('a shipped list switched off no longer catches; switched on again, it does', async ({
  context,
  extensionId,
  page,
  paints,
}) => {
  const google = site('google');
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const english = options.getByTestId('list-en-starter');
  await expect(english).toBeChecked();
  await english.uncheck();
  await expect(english).not.toBeChecked();

  await page.goto(resultsUrl(google, RISKY));
  await paints.waitForVisible();

  await english.check();
  await expect(english).toBeChecked();
  const again = await context.newPage();
  await again.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(again, RISKY);
});
