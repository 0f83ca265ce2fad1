/**
 * The coverage check ([4/6]): with --load-extension, private windows are not allowed (the
 * default), so the popup and the options say so with Chrome's steps; withholding the known sites'
 * access (Site access "On click", through chrome://extensions's own API: required host permissions
 * cannot be removed with chrome.permissions.remove) adds the site issue, and giving it back removes
 * it; an own site without access is named; the popup shows no counts until asked; axe-core finds
 * nothing in the popup or the options' coverage and discretion sections. The popup is opened as a
 * page (chrome-extension://<id>/popup.html).
 *
 * History removal is not driven here: granting the optional `history` permission needs a prompt
 * that headless Chromium leaves pending. Its background path is unit-tested with the fake browser
 * (tests/unit/background/coverage.test.ts).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test('the popup and the options say private windows are not allowed, with Chrome steps', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const issue = popup.getByTestId('coverage-private-windows');
  await expect(issue).toBeVisible();
  await expect(issue).toContainText('private windows');
  await expect(issue).toContainText('chrome://extensions');
  await expect(issue).toContainText('Allow in Incognito');
  await expect(popup.getByTestId('coverage-sites')).toHaveCount(0);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const section = options.getByTestId('coverage');
  await expect(section.getByTestId('coverage-private-windows')).toContainText('Allow in Incognito');

  // The toolbar badge: a neutral mark, no count.
  const worker = context.serviceWorkers().find((w) => w.url().includes(extensionId))!;
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
});

test("a known site's access withheld: the site issue appears, and goes when it is given back", async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('coverage-private-windows')).toBeVisible();
  await expect(options.getByTestId('coverage-sites')).toHaveCount(0);

  // Required host permissions cannot be removed with chrome.permissions.remove ("You cannot
  // remove required permissions"): the person's way is the extensions page's "Site access".
  // chrome://extensions's own API does what its "On click" / "On all sites" choice does.
  const extensions = await context.newPage();
  await extensions.goto(`chrome://extensions/?id=${extensionId}`);
  const siteAccess = (hostAccess: string) =>
    extensions.evaluate(
      ([id, access]) =>
        (
          chrome as unknown as {
            developerPrivate: {
              updateExtensionConfiguration(c: object): Promise<void>;
            };
          }
        ).developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess: access }),
      [extensionId, hostAccess] as const,
    );
  await siteAccess('ON_CLICK');

  const issue = options.getByTestId('coverage-sites');
  await expect(issue).toBeVisible();
  await expect(issue).toContainText('Site access');
  await expect(issue).toContainText('On all sites');
  // Which sites: only on request.
  await expect(issue.locator('details p')).toBeHidden();
  await issue.locator('summary').click();
  await expect(issue.locator('details p')).toContainText('Bing');

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('coverage-sites')).toBeVisible();

  // Given back: permissions.onAdded updates the open pages.
  await siteAccess('ON_ALL_SITES');
  await expect(options.getByTestId('coverage-sites')).toHaveCount(0);
  await expect(popup.getByTestId('coverage-sites')).toHaveCount(0);
  await expect(popup.getByTestId('coverage-private-windows')).toBeVisible();
});

test('an own site whose access was removed is named in the coverage check', async ({
  context,
  extensionId,
}) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  // An own site as the options page stores it (under the rules lock, which the install
  // defaults also hold), without its (optional) host access.
  await options.evaluate(() =>
    navigator.locks.request('keerpunt:rules', async () => {
      const stored = await chrome.storage.local.get('guard');
      const guard = (stored.guard as Record<string, unknown>) ?? { v: 1, personal: [], off: [] };
      await chrome.storage.local.set({
        guard: {
          ...guard,
          sites: [{ host: 'search.example.org', path: '/find', spot: { param: 'q' } }],
        },
      });
    }),
  );
  const issue = options.getByTestId('coverage-own-sites');
  await expect(issue).toBeVisible();
  await issue.locator('summary').click();
  await expect(issue.locator('details p')).toHaveText('search.example.org');
});

test('the popup shows no counts until "show counts" is clicked', async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Some counts this week (today), written as the help page would.
  await popup.evaluate(async () => {
    const d = new Date();
    const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    await chrome.storage.local.set({
      'counts:normal': { v: 1, days: { [day]: { shown: 3, help: 1 } } },
    });
  });
  await popup.reload();
  await expect(popup.getByTestId('coverage-private-windows')).toBeVisible();
  await expect(popup.getByTestId('counts')).toHaveCount(0);
  await expect(popup.locator('body')).not.toContainText('3');

  const show = popup.getByTestId('show-counts');
  await expect(show).toHaveAttribute('aria-expanded', 'false');
  await show.click();
  const counts = popup.getByTestId('counts');
  await expect(counts).toBeVisible();
  await expect(counts.getByRole('row', { name: /Help shown/ })).toContainText('3');
  await expect(counts.getByRole('row', { name: /Helpline contacted/ })).toContainText('1');
  await show.click();
  await expect(popup.getByTestId('counts')).toHaveCount(0);
});

test("the popup's help link opens the help page without counting it", async ({
  context,
  extensionId,
}) => {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  const opened = context.waitForEvent('page');
  await popup.getByTestId('open-help').click();
  const help = await opened;
  await help.waitForURL(/\/intercept\.html\?from=popup$/);
  await expect(help.getByTestId('help')).toBeVisible();
  const stored = await help.evaluate(() => chrome.storage.local.get(null));
  expect(JSON.stringify(stored)).not.toContain('"shown"');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: the popup (issues, counts shown) and the options' coverage, ${scheme}`, async ({
    context,
    extensionId,
  }) => {
    const popup = await context.newPage();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await expect(popup.getByTestId('coverage-private-windows')).toBeVisible();
    await popup.getByTestId('show-counts').click();
    await expect(popup.getByTestId('counts')).toBeVisible();
    const inPopup = await new AxeBuilder({ page: popup }).withTags(WCAG_22_AA).analyze();
    expect(inPopup.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

    const options = await context.newPage();
    await options.emulateMedia({ colorScheme: scheme });
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('coverage-private-windows')).toBeVisible();
    const inOptions = await new AxeBuilder({ page: options })
      .include('[data-testid="coverage"]')
      .include('[data-testid="discretion"]')
      .withTags(WCAG_22_AA)
      .analyze();
    expect(inOptions.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
  });
}
