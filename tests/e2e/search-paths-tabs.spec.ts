/**
 * Every path a search can take into a results page, part 2: results opened in a new tab (a link
 * with target=_blank, a middle click, a Ctrl+click, `window.open`), from a neutral page (no
 * Keerpunt content script in the opener) and from a clean results page (the opener guarded);
 * tabs restored after a browser restart; prerendered and prefetched results (Speculation Rules).
 * A risky results tab ends on help with no frame of results in any tab; a clean one shows results.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  test as base,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
} from '@playwright/test';
import { expect, expectHelp, isHelpUrl } from './fixtures';
import { CHROMIUM, EXTENSION_DIR, launch, onboardingTab, type Launched } from './support/extension';
import { BENIGN, RISKY } from './support/queries';
import {
  clearKeptReportsOnceVisible,
  homeUrl,
  keptPaintReports,
  resultsUrl,
  site,
  parseKeptReports,
  startFakeSiteServer,
  type FakeSiteServer,
  type KeptReport,
} from './support/sites';

const google = site('google');
/** A page of no search site (no content script of Keerpunt runs there). */
const NEUTRAL = 'https://forum.example/thread';

/**
 * The browser with the fake sites on a real HTTPS server (support/sites.ts), not `context.route`:
 * a tab opened by a middle click or Ctrl+click escapes Playwright's routing (measured: it ends on
 * a network error page), so the fixture's sites cannot serve it. `neutral` is the body of
 * NEUTRAL, set by the test before it goes there.
 */
const test = base.extend<{ neutral: { body: string }; context: BrowserContext; page: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright's way to say "no dependencies"
  neutral: async ({}, use) => use({ body: '' }),
  context: async ({ neutral }, use) => {
    const server = await startFakeSiteServer(
      (url) => (url.href === NEUTRAL ? neutral.body : undefined),
      ['forum.example'],
    );
    const launched = await launch({ extraArgs: server.args });
    try {
      await (await onboardingTab(launched.context)).close();
      await use(launched.context);
    } finally {
      await launched.close();
      await server.close();
    }
  },
  page: async ({ context }, use) => use(context.pages()[0] ?? (await context.newPage())),
});

/**
 * The paint monitor's reports of every tab of the context, with the tab they came from. Listening
 * on the context (not on a page found later) cannot miss a new tab's first frames.
 */
class ContextPaints {
  readonly reports: { page: Page | null; frame: number; visible: boolean }[] = [];
  constructor(context: BrowserContext) {
    context.on('console', (msg: ConsoleMessage) => {
      const m = /^kp-paint:(\d+):([01])$/.exec(msg.text());
      if (m) this.reports.push({ page: msg.page(), frame: Number(m[1]), visible: m[2] === '1' });
    });
  }
  of(page: Page) {
    return this.reports
      .filter((r) => r.page === page)
      .map(({ frame, visible }) => ({ frame, visible }));
  }
  get visible() {
    return this.reports.filter((r) => r.visible).map(({ frame }) => ({ frame }));
  }
}

/** A neutral page with a link to `href`. */
async function neutralPageWithLink(
  page: Page,
  neutral: { body: string },
  href: string,
  target = '',
) {
  const attr = href.replace(/&/g, '&amp;');
  neutral.body = `<!doctype html><title>a forum</title><p><a id="kp-link" href="${attr}"${target}>a link</a></p>`;
  await page.goto(NEUTRAL);
}

/**
 * Clicks as a person does, once: `force`, because a press caught in the page leaves the rest of
 * it (button up, click) over Keerpunt's cover, which Playwright's check of what receives the
 * click would take for a missed click and try again, for ever, on a link that is gone.
 */
const OPENERS = [
  {
    how: 'a link with target=_blank',
    target: ' target="_blank"',
    open: (page: Page) => page.locator('#kp-link').click({ force: true }),
  },
  {
    how: 'a middle click',
    target: '',
    open: (page: Page) => page.locator('#kp-link').click({ button: 'middle', force: true }),
  },
  {
    how: 'a Ctrl+click',
    target: '',
    open: (page: Page) =>
      page.locator('#kp-link').click({ modifiers: ['ControlOrMeta'], force: true }),
  },
  {
    how: 'window.open from the page',
    target: '',
    open: (page: Page) =>
      page.evaluate(() => {
        window.open((document.getElementById('kp-link') as HTMLAnchorElement).href);
      }),
  },
] as const;

test.describe('results opened in a new tab from a neutral page', () => {
  for (const { how, target, open } of OPENERS) {
    test(`${how}: risky → the new tab ends on help, no frame of results`, async ({
      context,
      page,
      neutral,
    }) => {
      const paints = new ContextPaints(context);
      await neutralPageWithLink(page, neutral, resultsUrl(google, RISKY), target);
      const opened = context.waitForEvent('page');
      await open(page);
      const tab = await opened;
      await expectHelp(tab, RISKY);
      expect(paints.visible, 'frames that showed results, in any tab').toEqual([]);
      expect(page.url()).toBe(NEUTRAL); // the opener stays where it was
    });

    test(`${how}: clean → the new tab shows results from its first frame on`, async ({
      context,
      page,
      neutral,
    }) => {
      const paints = new ContextPaints(context);
      await neutralPageWithLink(page, neutral, resultsUrl(google, BENIGN), target);
      const opened = context.waitForEvent('page');
      await open(page);
      const tab = await opened;
      await expect.poll(() => paints.of(tab).some((r) => r.visible)).toBe(true);
      // The monitor's reports of the new tab start at its first frame: none was missed.
      expect(paints.of(tab)[0]?.frame).toBe(1);
      await expect(tab.locator('.kp-q')).toHaveText(BENIGN);
    });
  }
});

test.describe('results opened in a new tab from a clean results page', () => {
  /** A clean results page with a link to risky results added (a "related search"). */
  async function cleanResultsWithLink(page: Page, target: string) {
    await page.goto(resultsUrl(google, BENIGN));
    await page.evaluate(
      ({ href, target }) => {
        const a = document.createElement('a');
        a.id = 'kp-link';
        a.href = href;
        if (target) a.target = target;
        a.textContent = 'a related search';
        a.style.cssText = 'position:absolute;top:20px;right:20px;z-index:2';
        document.body.append(a);
      },
      { href: resultsUrl(google, RISKY), target: target ? '_blank' : '' },
    );
  }

  // Measured: the guard's capture-phase press listener catches a press on a risky link in the
  // opener itself (pointerdown, before any click), so no tab opens and the opener goes to help,
  // keeping the clean results in its history. A script's window.open has no press: the new tab
  // is caught by its own content script.
  for (const { how, target, open } of OPENERS) {
    const inOpener = how !== 'window.open from the page';
    test(`${how}: risky → help ${inOpener ? 'in the opener, no new tab' : 'in the new tab'}, no frame of results`, async ({
      context,
      page,
    }) => {
      const paints = new ContextPaints(context);
      await cleanResultsWithLink(page, target);
      await expect.poll(() => paints.of(page).some((r) => r.visible)).toBe(true);
      const before = paints.reports.length;
      const tabs: Page[] = [];
      context.on('page', (p) => tabs.push(p));
      const requested: string[] = [];
      context.on('request', (r) => r.url() === resultsUrl(google, RISKY) && requested.push('one'));
      if (inOpener) {
        await open(page);
        await expectHelp(page, RISKY);
        // A new tab would exist by now: the browser opens it on the same click, before the
        // opener's move to help has even started loading.
        expect(tabs.map((t) => t.url())).toEqual([]);
        await page.goBack();
        await page.waitForURL(resultsUrl(google, BENIGN));
      } else {
        const opened = context.waitForEvent('page');
        await open(page);
        await expectHelp(await opened, RISKY);
        expect(page.url()).toBe(resultsUrl(google, BENIGN));
      }
      const after = paints.reports.slice(before).filter((r) => r.visible && r.page !== page);
      expect(after, 'frames that showed results in another tab').toEqual([]);
      // Caught in the opener: the risky results were never even requested.
      if (inOpener) expect(requested, 'requests for the risky results').toEqual([]);
    });
  }
});

/** A tab the browser restored at start, once its URL is known (restored tabs load at once). */
async function restoredTab(context: BrowserContext, is: (url: URL) => boolean): Promise<Page> {
  await expect
    .poll(() => context.pages().some((p) => is(new URL(p.url()))), { timeout: 15_000 })
    .toBe(true);
  return context.pages().find((p) => is(new URL(p.url())))!;
}

test.describe('tabs restored after a browser restart', () => {
  test('restored: a clean results tab shows results; a tab caught before is help, Back is not results', async () => {
    test.setTimeout(90_000);
    const bing = site('bing');
    const server = await startFakeSiteServer();
    const profile = mkdtempSync(join(tmpdir(), 'kp-e2e-restore-'));
    let browser: Launched | undefined;
    try {
      browser = await launch({ profileDir: profile, extraArgs: server.args });
      const first = browser.context;
      await (await onboardingTab(first)).close();
      const clean = first.pages()[0]!;
      await clean.goto(resultsUrl(bing, BENIGN));
      const caught = await first.newPage();
      await caught.goto(homeUrl(google));
      await caught.goto(resultsUrl(google, RISKY), { waitUntil: 'commit' }).catch(() => {});
      await expectHelp(caught, RISKY);
      // Start the restarted browser's reports afresh.
      await clearKeptReportsOnceVisible(clean);
      const google2 = await first.newPage();
      await google2.goto(homeUrl(google));
      await keptPaintReports(google2, true);
      await google2.close();
      await browser.close();
      browser = undefined;

      browser = await launch({
        profileDir: profile,
        extraArgs: [...server.args, '--restore-last-session'],
      });
      const second = browser.context;
      // The restored tabs: the clean results, and the tab that was on help (not on results).
      const restored = await restoredTab(second, (u) => u.href === resultsUrl(bing, BENIGN));
      const help = await restoredTab(second, isHelpUrl);
      await expectHelp(help, RISKY);
      await expect
        .poll(async () => (await keptPaintReports(restored)).some((r) => r.visible))
        .toBe(true);
      // Back from the restored help tab: the page before the search, never the results.
      await help.goBack();
      await help.waitForURL((u) => u.href === homeUrl(google));
      await expect(help.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
      const kept = await keptPaintReports(help);
      expect(kept.length, 'reports of the page Back went to').toBeGreaterThan(0);
      expect(
        kept.filter((r) => r.visible || r.path !== '/'),
        'Google frames other than the home page',
      ).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });

  // The realistic way a tab on risky results gets restored: it was open before Keerpunt was
  // installed (installed during that session or before the next start), then the browser restarts.
  test('a tab on risky results from before Keerpunt, restored at the next start → help, no frame', async () => {
    test.setTimeout(90_000);
    const server = await startFakeSiteServer();
    const profile = mkdtempSync(join(tmpdir(), 'kp-e2e-restore-'));
    let browser: Launched | undefined;
    try {
      browser = await launch({ profileDir: profile, withExtension: false, extraArgs: server.args });
      const before = browser.context.pages()[0] ?? (await browser.context.newPage());
      await before.goto(resultsUrl(google, RISKY));
      // Without Keerpunt the results show (the page and its monitor work); start afresh after.
      await clearKeptReportsOnceVisible(before);
      await browser.close();
      browser = undefined;

      browser = await launch({
        profileDir: profile,
        extraArgs: [...server.args, '--restore-last-session'],
      });
      const help = await restoredTab(browser.context, isHelpUrl);
      await expectHelp(help, RISKY);
      // The restored results page did load (it left reports) and never showed a frame.
      const check = await browser.context.newPage();
      await check.goto(homeUrl(google));
      const kept = await keptPaintReports(check);
      expect(
        kept.filter((r) => r.path === '/search').length,
        'reports of the restored results',
      ).toBeGreaterThan(0);
      expect(
        kept.filter((r) => r.visible),
        'frames that showed results',
      ).toEqual([]);
    } finally {
      await browser?.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});

/**
 * Speculation Rules: a page of another host of the same site (`sites.google.com`; a cross-site
 * prerender is refused: "does not support cross-site prerender yet", and a page on the search
 * host itself is guarded, so its click is caught before any prerender could be used) asks to
 * prerender or prefetch a results URL, waits until the server has seen that request, then clicks
 * the link to it.
 *
 * No DevTools session on any page: one attached to a page makes Chromium refuse to prerender
 * ("PrerenderingDisabledByDevTools": Playwright and Puppeteer attach to every page, and
 * `context.route` also disables the cache), and a prefetch bypasses `context.route`. So Chromium
 * runs on its own with the fake sites on the HTTPS server and a debugging port used only for its
 * target list (`/json/list`, `/json/new`, `/json/close`, which attach nothing). What happened is
 * read from the server's log: the request's `Sec-Purpose: prefetch;prerender`, and what the fake
 * pages post there (their paint reports, `document.prerendering` and its `prerenderingchange`,
 * each with the document's name).
 */
async function speculate(
  action: 'prerender' | 'prefetch',
  query: string,
  initiator = 'https://sites.google.com/kp-speculation',
) {
  const target = resultsUrl(google, query);
  const rules = JSON.stringify({ [action]: [{ source: 'list', urls: [target] }] });
  // Prefetch: the request was made. Prerender: the prerendered document runs (it says so).
  const requested = () =>
    action === 'prefetch'
      ? server.requests.some((r) => r.url === target && r.purpose === 'prefetch')
      : server.requests.some((r) => r.url === NOTE && r.body.startsWith('prerendering'));
  const server: FakeSiteServer = await startFakeSiteServer(
    (url) => {
      if (url.pathname === '/kp-requested') return requested() ? 'yes' : 'no';
      if (url.href !== initiator) return undefined;
      return `<!doctype html><title>a page of the same site</title>
<p><a id="kp-link" href="${target.replace(/&/g, '&amp;')}">results</a></p>
<script type="speculationrules">${rules}</script>
<script>(async () => {
  while ((await (await fetch('/kp-requested')).text()) !== 'yes')
    await new Promise((r) => setTimeout(r, 50));
  document.getElementById('kp-link').click();
})();</script>`;
    },
    ['sites.google.com'],
  );
  const profile = mkdtempSync(join(tmpdir(), 'kp-e2e-speculate-'));
  const chrome = spawn(
    CHROMIUM,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-sync',
      '--disable-component-update',
      '--lang=en-US',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...server.args,
    ],
    // Its own process group, so that closing ends its helper processes too.
    { stdio: 'ignore', detached: true },
  );
  const exited = new Promise((resolve) => chrome.once('exit', resolve));
  const close = async () => {
    try {
      process.kill(-chrome.pid!, 'SIGTERM');
    } catch {
      // already gone (it crashed or was never started): `exited` has resolved
    }
    await exited;
    await server.close();
    // Chromium's helper processes may still write for a moment after it exits.
    rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  };
  try {
    const portFile = join(profile, 'DevToolsActivePort');
    await expect
      .poll(() => existsSync(portFile) && readFileSync(portFile, 'utf8').includes('\n'))
      .toBe(true);
    const endpoint = `http://127.0.0.1:${readFileSync(portFile, 'utf8').split('\n')[0]}`;
    // The first-run tab opens on install and takes the foreground; a background tab neither
    // starts speculations nor paints. Close it first, then open the page in a new front tab.
    const targets = async () =>
      (await (await fetch(`${endpoint}/json/list`)).json()) as {
        id: string;
        type: string;
        url: string;
      }[];
    let onboarding: string | undefined;
    await expect
      .poll(
        async () =>
          (onboarding = (await targets()).find((t) => t.url.endsWith('/onboarding.html'))?.id),
        { timeout: 15_000 },
      )
      .toBeDefined();
    await fetch(`${endpoint}/json/close/${onboarding}`);
    await fetch(`${endpoint}/json/new?${initiator}`, { method: 'PUT' });
    return {
      server,
      target,
      /** The tabs' addresses. */
      tabUrls: async () => (await targets()).filter((t) => t.type === 'page').map((t) => t.url),
      /** The paint monitor's reports of the fake pages of www.google.com (KEEP_REPORTS). */
      paints: (): KeptReport[] =>
        parseKeptReports(
          server.requests
            .filter((r) => r.url === PAINT)
            .map((r) => r.body + '\n')
            .join(''),
        ),
      /** `prerendering <document>` and `activated`, as the fake pages noted them. */
      notes: (): string[] => server.requests.filter((r) => r.url === NOTE).map((r) => r.body),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}

/** Where the fake pages of www.google.com post their paint reports and prerender notes. */
const PAINT = 'https://www.google.com/kp-paint';
const NOTE = 'https://www.google.com/kp-note';

/** Whether a tab's address (possibly '' for a tab still starting) is the help page. */
const onHelp = (url: string): boolean => URL.canParse(url) && isHelpUrl(new URL(url));

/** The help page's address holds no form of the query (as `expectHelp` checks). */
function expectNoQueryIn(url: string, query: string) {
  const plain = url.replace(/\+/g, ' ');
  for (const form of [url, plain, decodeURIComponent(plain)])
    expect(form.toLowerCase()).not.toContain(query.toLowerCase());
}

test.describe('prerendered and prefetched results (Speculation Rules)', () => {
  test('a prerendered risky results page → help, no frame of results', async () => {
    const run = await speculate('prerender', RISKY);
    try {
      await expect
        .poll(async () => (await run.tabUrls()).some(onHelp), { timeout: 15_000 })
        .toBe(true);
      expectNoQueryIn((await run.tabUrls()).find(onHelp)!, RISKY);
      // The prerender did happen: Chromium asked for it as one, and the document ran prerendering.
      const asked = run.server.requests.filter((r) => r.url === run.target);
      expect(asked.map((r) => r.purpose)).toContain('prefetch;prerender');
      // Whether it was then activated (shown while the guard decides, unpainted) or dropped
      // (the guard left it before the click) depends on timing: both were seen.
      expect(run.notes()[0]).toMatch(/^prerendering /);
      expect(
        run.paints().filter((r) => r.visible),
        'frames that showed results',
      ).toEqual([]);
      expect((await run.tabUrls()).filter((u) => u.startsWith(run.target))).toEqual([]);
    } finally {
      await run.close();
    }
  });

  test('a prerendered clean results page is activated and shows its results', async () => {
    const run = await speculate('prerender', BENIGN);
    try {
      await expect.poll(() => run.paints().some((r) => r.visible), { timeout: 15_000 }).toBe(true);
      expect((await run.tabUrls()).includes(run.target)).toBe(true);
      const asked = run.server.requests.filter((r) => r.url === run.target);
      expect(asked.map((r) => r.purpose)).toEqual(['prefetch;prerender']);
      // The document shown is the prerendered one, activated: the path the issue is about.
      const [prerendering, ...rest] = run.notes();
      expect(prerendering, 'the results were prerendered').toMatch(/^prerendering /);
      expect(rest).toEqual(['activated']);
      const shown = run.paints().find((r) => r.visible)!.document;
      expect(shown).toBe(prerendering!.split(' ')[1]);
    } finally {
      await run.close();
    }
  });

  test('prerendered by a page of the search host itself: the click is caught there', async () => {
    // Like a results page that prerenders a related search: the guard runs in the initiator.
    const run = await speculate('prerender', RISKY, 'https://www.google.com/kp-speculation');
    try {
      await expect
        .poll(async () => (await run.tabUrls()).some(onHelp), { timeout: 15_000 })
        .toBe(true);
      expectNoQueryIn((await run.tabUrls()).find(onHelp)!, RISKY);
      expect(run.notes()[0], 'the results were prerendered').toMatch(/^prerendering /);
      expect(run.notes(), 'the prerendered results were shown').not.toContain('activated');
      // No results document was ever shown, not even unpainted: the tab never left the
      // initiator for the results (the prerendered one paints nothing while prerendering).
      expect(run.paints(), 'reports of a shown results document').toEqual([]);
    } finally {
      await run.close();
    }
  });

  for (const [name, query] of [
    ['risky', RISKY],
    ['clean', BENIGN],
  ] as const) {
    test(`a prefetched ${name} results page: ${name === 'risky' ? 'help, no frame' : 'results'}`, async () => {
      const run = await speculate('prefetch', query);
      try {
        if (name === 'risky') {
          await expect
            .poll(async () => (await run.tabUrls()).some(onHelp), { timeout: 15_000 })
            .toBe(true);
          expectNoQueryIn((await run.tabUrls()).find(onHelp)!, RISKY);
          expect(
            run.paints().filter((r) => r.visible),
            'frames that showed results',
          ).toEqual([]);
        } else {
          await expect
            .poll(() => run.paints().some((r) => r.visible), { timeout: 15_000 })
            .toBe(true);
        }
        // Prefetched, and the navigation used the prefetched response: one request in all,
        // and no document was prerendered.
        const asked = run.server.requests.filter((r) => r.url === run.target);
        expect(asked.map((r) => r.purpose)).toEqual(['prefetch']);
        expect(run.notes()).toEqual([]);
      } finally {
        await run.close();
      }
    });
  }
});
