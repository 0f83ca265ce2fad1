/**
 * The help page a caught search lands on: a phone line and a way out that is not the results.
 */
import { expect, expectHelp, isHelpUrl, test } from './fixtures';
import { serviceWorker } from './support/extension';
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

test('storage keeps day counts of help shown and the safe page, and never the query', async ({
  context,
  page,
}) => {
  await page.goto(resultsUrl(site('google'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  const variant = await page.getByTestId('help').getAttribute('data-variant');
  // A reload of the help page is the same help shown, not a second one.
  await page.reload();
  await expect(page.getByTestId('help')).toBeVisible();
  await page.getByTestId('safe').click();
  await page.waitForURL((u) => u.pathname === '/safe.html');

  const worker = await serviceWorker(context);
  const stored = await worker.evaluate(() => chrome.storage.local.get(null));
  const counts = stored['counts:normal'] as { days: Record<string, Record<string, number>> };
  const days = Object.keys(counts.days);
  expect(days).toHaveLength(1);
  expect(days[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  // `shown` is counted for the message variant too (the safe page is not help used).
  expect(counts.days[days[0]!]).toEqual({
    shown: 1,
    safe: 1,
    variants: { [variant!]: { shown: 1 } },
  });
  // Not the query, nor any of its words, anywhere in storage.
  const all = JSON.stringify(stored).toLowerCase();
  for (const word of RISKY.toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length >= 4)) {
    expect(all).not.toContain(word);
  }
});

test('the help page paints in the chosen language at once, and a stale cache is corrected', async ({
  context,
  extensionId,
  page,
}) => {
  // Chosen in the options: saved to storage and to the help page's display cache.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('options-language').selectOption('fr');
  const cached = () =>
    options.evaluate(() => localStorage.getItem('keerpunt:help-display') ?? 'none');
  await expect.poll(cached).toBe('{"language":"fr","region":"auto"}');

  // The first contentful paint of the help page is already in French.
  await page.goto(resultsUrl(site('google'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // Storage changed behind the cache's back (as a restored backup or an update may do): the
  // page shows the stored language, and the cache follows.
  await options.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings as object), language: 'nl' } });
  });
  expect(await cached()).toBe('{"language":"fr","region":"auto"}');
  // The language picker as the help first appears: painted from the cache, before storage.
  await page.addInitScript(() => {
    if (location.protocol !== 'chrome-extension:') return;
    const seen = new MutationObserver(() => {
      const picker = document.querySelector<HTMLSelectElement>('[data-testid=language]');
      if (!picker) return;
      seen.disconnect();
      (window as { kpFirstLanguage?: string }).kpFirstLanguage = picker.value;
    });
    seen.observe(document, { childList: true, subtree: true });
  });
  await page.goto(resultsUrl(site('bing'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  expect(await page.evaluate(() => (window as { kpFirstLanguage?: string }).kpFirstLanguage)).toBe(
    'fr',
  );
  await expect.poll(cached).toBe('{"language":"nl","region":"auto"}');
});
