/**
 * The help page a caught search lands on: a phone line and a way out that is not the results.
 */
import { expect, expectHelp, isHelpUrl, test } from './fixtures';
import { RISKY } from './support/queries';
import { resultsUrl, site } from './support/sites';

test('the help page shows a phone line and "somewhere safe" leads to the safe page', async ({
  page,
}) => {
  await page.goto(resultsUrl(site('google'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  await expect(page.getByTestId('phone').first()).toBeVisible();
  await page.getByTestId('safe').click();
  await page.waitForURL((u) => u.protocol === 'chrome-extension:' && u.pathname === '/safe.html');
  expect(isHelpUrl(new URL(page.url()))).toBe(false);
});
