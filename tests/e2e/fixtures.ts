/**
 * The suite's Playwright fixtures. Every test gets its own browser (a fresh temporary profile, so
 * personal terms or a stopped service worker never leak into another test) with the built
 * extension loaded and the fake sites served:
 *   context      the persistent context
 *   extensionId  the extension's id (host of its service worker)
 *   page         a tab, with `paints` (paint monitor reports) and `acts` (fake site's own handlers)
 * `test.use({ kpLaunch: { … } })` changes how the browser starts (see support/extension.ts).
 * The first-run tab that opens on install is closed before the test starts, so `page` is the only
 * tab; `test.use({ kpOnboarding: true })` keeps it (find it with `onboardingTab(context)`).
 */
import { test as base, expect, type BrowserContext, type Frame, type Page } from '@playwright/test';
import {
  idOf,
  launch,
  onboardingTab,
  serviceWorker,
  type LaunchOptions,
} from './support/extension';
import { ActedLog, PaintLog } from './support/paint';
import { RISKY } from './support/queries';
import { serveFakeSites } from './support/sites';

export interface Fixtures {
  kpLaunch: LaunchOptions;
  /** Keep the onboarding tab that opens on install (default: closed before the test). */
  kpOnboarding: boolean;
  context: BrowserContext;
  extensionId: string;
  page: Page;
  paints: PaintLog;
  acts: ActedLog;
}

export const test = base.extend<Fixtures>({
  kpLaunch: [{}, { option: true }],
  kpOnboarding: [false, { option: true }],
  context: async ({ kpLaunch, kpOnboarding }, use) => {
    const launched = await launch(kpLaunch);
    await serveFakeSites(launched.context);
    // Our build, loaded at start, opens its first-run tab on install.
    if (kpLaunch.withExtension !== false && !kpLaunch.extensionDir && !kpOnboarding) {
      await (await onboardingTab(launched.context)).close();
    }
    await use(launched.context);
    await launched.close();
  },
  extensionId: async ({ context }, use) => {
    await use(idOf(await serviceWorker(context)));
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
  paints: async ({ page }, use) => {
    await use(new PaintLog(page));
  },
  acts: async ({ page }, use) => {
    await use(new ActedLog(page));
  },
});

export { expect };

/** True for the extension's help page (any extension host: the URL may be a dynamic id). */
export const isHelpUrl = (url: URL): boolean =>
  url.protocol === 'chrome-extension:' && url.pathname === '/intercept.html';

/** Waits until the tab is on the help page and the help is visible; the query is not in the URL. */
export async function expectHelp(page: Page, query: string): Promise<void> {
  await page.waitForURL(isHelpUrl, { timeout: 10_000 });
  await expect(page.getByTestId('help')).toBeVisible();
  const url = page.url();
  const forms = new Set([url, url.replace(/\+/g, ' ')]);
  try {
    forms.add(decodeURIComponent(url.replace(/\+/g, ' ')));
  } catch {
    // not decodable: the raw forms are checked
  }
  for (const form of forms)
    expect(form.toLowerCase(), 'query in help URL').not.toContain(query.toLowerCase());
}

/**
 * Waits until the guard in this page (or frame) can decide: it has read the shipped lists, which
 * takes ~17 ms after the page starts, longer on a loaded machine. A search started from the page
 * before that is caught only by the results page it opens (Guard.isRisky), so a test that says
 * "caught before the site acts" starts its search after this. The probe is the guard's own
 * behaviour: risky text typed into a search box stops at the guard (a probe box, removed at once,
 * so the page's own box and handlers see nothing).
 */
export async function guardDecides(where: Page | Frame, timeout = 10_000): Promise<void> {
  await expect
    .poll(
      () =>
        where.evaluate((text) => {
          const probe = document.createElement('input');
          probe.type = 'search';
          let reached = false;
          probe.addEventListener('input', () => (reached = true));
          document.documentElement.append(probe);
          probe.value = text;
          probe.dispatchEvent(new Event('input', { bubbles: true }));
          probe.remove();
          return !reached;
        }, RISKY),
      { message: 'risky text in a search box stops at the guard (it has read its lists)', timeout },
    )
    .toBe(true);
}
