/**
 * Hostile and tricky pages (issue 7, support/hostile.ts): pages that remove or restyle the
 * cover, show their own modal over it, make it inert or clip it, cancel the move to help, stop
 * every load, unhide themselves with inline `!important`, search with fetch + pushState, search
 * in a frame, rewrite their history, redirect through other pages, and keep the query in the
 * fragment. For each: no frame of results (a single-page app that renders before its address
 * changes: at most one), and the tab reaches the help page. Each fixture also gets a clean query,
 * which must show its results: the fixture works and the paint monitor sees it.
 */
import type { Page } from '@playwright/test';
import { expect, expectHelp, guardDecides, isHelpUrl, test } from './fixtures';
import { addTerm, openOptions } from './support/options';
import { HOSTILE_ORIGIN, PORTAL_ORIGIN, hostileResultsUrl, serveHostile } from './support/hostile';
import { RESULTS_ID, VISIBLE_AFTER, type PaintLog } from './support/paint';
import { BENIGN, PERSONAL_TERM, RISKY } from './support/queries';
import {
  installedShipped,
  launch,
  onboardingTab,
  pauseServiceWorker,
  recordOfAnotherBuild,
  serviceWorker,
} from './support/extension';
import { PaintLog as PaintMonitor } from './support/paint';
import { homeUrl, resultsUrl, site, startFakeSiteServer } from './support/sites';

test.beforeEach(async ({ context }) => {
  await serveHostile(context);
});

/** Goes to a URL; a page replaced mid-load makes goto fail, which is fine here. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' }).catch((e: Error) => {
    if (!/interrupted|ERR_ABORTED|frame was detached/i.test(e.message)) throw e;
  });
}

/**
 * The longest run of consecutive animation frames that showed results, per document. A run ends
 * at the document's next report (results gone), or, where none came, at its last reported frame
 * if that was within the monitor's VISIBLE_AFTER frames (it painted no further frame: it was
 * left); a run reported past those frames with no end is counted as endless.
 */
function longestVisibleRun(paints: PaintLog): number {
  let longest = 0;
  const reports = paints.reports;
  for (let i = 0; i < reports.length; i++) {
    const r = reports[i]!;
    if (!r.visible) continue;
    const same = reports.slice(i + 1).filter((n) => n.url === r.url);
    // Only where the results appear (the reports of the frames after it are part of its run).
    const before = reports
      .slice(0, i)
      .filter((n) => n.url === r.url)
      .at(-1);
    if (before?.visible && before.frame === r.frame - 1) continue;
    let end = r.frame; // the last frame known to show the results
    let run = Infinity;
    for (const n of same) {
      if (n.visible && n.frame === end + 1) end = n.frame;
      else if (!n.visible) {
        run = n.frame - r.frame;
        break;
      } else break;
    }
    if (run === Infinity && end - r.frame < VISIBLE_AFTER && !same.some((n) => n.frame > end))
      run = end - r.frame + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

const FIXTURES = [
  ['remove-cover', 'removes the cover and everything it did not make, again and again'],
  ['restyle', 'restyles the root, the cover and everything with !important'],
  ['modal', 'shows its results in its own modal dialog and a popover'],
  ['pointer-inert-clip', 'makes the cover and the page inert, pointer-less and clipped'],
  ['cancel-navigation', 'cancels navigations and asks before unloading'],
  ['stop-loop', 'calls window.stop() over and over'],
  ['inline-visible', 'unhides itself with inline visibility: visible !important'],
] as const;

for (const [fixture, what] of FIXTURES) {
  test.describe(`a page that ${what}`, () => {
    test('a risky query: no frame of results, and the tab reaches help', async ({
      page,
      paints,
    }) => {
      await open(page, hostileResultsUrl(fixture, RISKY));
      // Polled: a navigation the page aborts (window.stop) makes waitForURL give up at once.
      await expect.poll(() => isHelpUrl(new URL(page.url())), { timeout: 10_000 }).toBe(true);
      await expectHelp(page, RISKY);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    });

    test('a clean query: its results show (the fixture works)', async ({ page, paints }) => {
      await open(page, hostileResultsUrl(fixture, BENIGN));
      await paints.waitForVisible();
    });
  });
}

test.describe('with a personal term (the verdict waits for the stored record)', () => {
  for (const fixture of ['inline-visible', 'restyle', 'modal'] as const) {
    test(`${fixture}: no frame of results, and the tab reaches help`, async ({
      context,
      extensionId,
      page,
      paints,
    }) => {
      const options = await openOptions(context, extensionId);
      await addTerm(options, PERSONAL_TERM);
      await options.close();

      const query = `${PERSONAL_TERM} pictures`;
      await open(page, hostileResultsUrl(fixture, query));
      await expectHelp(page, query);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    });
  }
});

test.describe('a single-page app that searches with fetch and history.pushState', () => {
  test('search as you type: risky text never reaches the app; Enter leaves for help', async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(`${HOSTILE_ORIGIN}/app`);
    await guardDecides(page);
    const box = page.getByRole('searchbox');
    await box.fill(RISKY);
    await box.press('Enter');
    await expectHelp(page, RISKY);
    expect(acts.acts, 'the app rendered results').toEqual([]);
    expect(paints.visibleFrames).toEqual([]);
  });

  test('search as you type: a clean query renders (the fixture works)', async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(`${HOSTILE_ORIGIN}/app`);
    await page.getByRole('searchbox').fill(BENIGN);
    await paints.waitForVisible();
    expect(acts.acts).toEqual(['rendered']);
  });

  test('an app that reads its box on a timer, renders, then pushes the URL: hidden within one frame', async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(`${HOSTILE_ORIGIN}/app-poll`);
    await page.getByRole('searchbox').fill(RISKY);
    await expectHelp(page, RISKY);
    // The app did render the results (nothing could see its timer read the box) …
    expect(acts.acts).toEqual(['rendered']);
    // … and they were gone again within one frame.
    expect(longestVisibleRun(paints), 'consecutive frames of results').toBeLessThanOrEqual(1);
  });
});

test.describe('searches in a frame', () => {
  const bing = site('bing');

  test("another site's page that is one frame of risky results: the tab reaches help", async ({
    page,
    paints,
  }) => {
    const src = resultsUrl(bing, RISKY);
    await open(page, `${PORTAL_ORIGIN}/frame?${new URLSearchParams({ src })}`);
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
  });

  test('a clean results page in a frame shows', async ({ page, paints }) => {
    const src = resultsUrl(bing, BENIGN);
    await open(page, `${PORTAL_ORIGIN}/frame?${new URLSearchParams({ src })}`);
    await paints.waitForVisible();
  });

  test("Enter in the site's box inside a frame is caught before the site acts", async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(`${PORTAL_ORIGIN}/frame?${new URLSearchParams({ src: homeUrl(bing) })}`);
    const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
    await guardDecides(frame!);
    const box = page.frameLocator('iframe').locator(`[name="${bing.param}"]`);
    await box.fill(RISKY);
    await box.press('Enter');
    await expectHelp(page, RISKY);
    expect(acts.acts, "the site's own handlers acted").toEqual([]);
    expect(paints.visibleFrames).toEqual([]);
  });
});

test('a page that rewrites its history before the verdict: help, and Back shows no results', async ({
  page,
  paints,
}) => {
  await page.goto(`${PORTAL_ORIGIN}/`);
  await open(page, hostileResultsUrl('rewrite-history', RISKY));
  await expectHelp(page, RISKY);
  await page.goBack({ waitUntil: 'commit' }).catch(() => undefined);
  await expect(page.getByText('About this site.')).toBeVisible();
  expect(new URL(page.url()).pathname).toBe('/about');
  expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
});

test.describe('redirects through other pages', () => {
  const bing = site('bing');
  const chain = (query: string) => {
    const meta = `${PORTAL_ORIGIN}/meta?${new URLSearchParams({ to: resultsUrl(bing, query) })}`;
    return `${PORTAL_ORIGIN}/hop?${new URLSearchParams({ to: meta })}`;
  };

  test('a script redirect, then a meta refresh, to risky results: help, no frame of results', async ({
    page,
    paints,
  }) => {
    await open(page, chain(RISKY));
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames).toEqual([]);
  });

  test('the same chain to clean results shows them', async ({ page, paints }) => {
    await open(page, chain(BENIGN));
    await paints.waitForVisible();
    expect(new URL(page.url()).origin).toBe(new URL(homeUrl(bing)).origin);
  });
});

/**
 * Server redirects: Playwright does not route the request a redirect makes, so these run in a
 * browser of their own against the fake sites on a loopback HTTPS server: a link shortener's 302,
 * then the search engine's own 307 "leaving Google" hop, then the risky results.
 */
test.describe('server redirects (302, 307) to results', () => {
  const bing = site('bing');
  const google = site('google');
  const hops = (query: string) =>
    `${PORTAL_ORIGIN}/s?${new URLSearchParams({ to: resultsUrl(bing, query) })}`;

  for (const [what, query] of [
    ['risky', RISKY],
    ['clean', BENIGN],
  ] as const) {
    test(`${what} results at the end of two server redirects`, async () => {
      test.setTimeout(60_000);
      const server = await startFakeSiteServer(
        (url) => {
          const to = url.searchParams.get('to');
          if (!to) return undefined;
          // The shortener sends to Google's redirect page, which sends on to the results.
          if (url.host === 'portal.example' && url.pathname === '/s')
            return { status: 302, location: `${google.origin}/url?${new URLSearchParams({ to })}` };
          if (url.origin === google.origin && url.pathname === '/url')
            return { status: 307, location: to };
          return undefined;
        },
        ['portal.example'],
      );
      const browser = await launch({ extraArgs: server.args });
      try {
        await (await onboardingTab(browser.context)).close();
        const page = browser.context.pages()[0] ?? (await browser.context.newPage());
        const paints = new PaintMonitor(page);
        await page.goto(hops(query), { waitUntil: 'commit' }).catch(() => {});
        // Each hop was a real server answer, and the results page was asked for.
        await expect
          .poll(() => server.requests.slice(0, 3).map((r) => new URL(r.url).pathname))
          .toEqual(['/s', '/url', new URL(resultsUrl(bing, query)).pathname]);
        if (what === 'risky') {
          await expectHelp(page, RISKY);
          expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
        } else {
          await paints.waitForVisible();
          expect(new URL(page.url()).origin).toBe(bing.origin);
        }
      } finally {
        await browser.close();
        await server.close();
      }
    });
  }
});

test.describe('the query in the fragment', () => {
  test('a results page loaded with #q=: help, no frame of results', async ({ page, paints }) => {
    await open(page, hostileResultsUrl('fragment', RISKY, true));
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames).toEqual([]);
  });

  test("the page's script moving to #q=: help, no frame of results", async ({ page, paints }) => {
    await page.goto(hostileResultsUrl('fragment', '').replace(/&q=$/, ''));
    await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
    await page.evaluate((q) => {
      location.hash = new URLSearchParams({ q }).toString();
    }, RISKY);
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames).toEqual([]);
  });

  test("the page's script moving to #q= as it loads, before the lists are read: help, no frame of results", async ({
    page,
    paints,
  }) => {
    const then = new URLSearchParams({ then: RISKY }).toString();
    await page
      .goto(`${hostileResultsUrl('fragment', '').replace(/&q=$/, '')}&${then}`)
      .catch(() => {});
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames).toEqual([]);
  });

  test("the page's script moving to #q= while the lists are on their way: held unpainted until they come, then help", async ({
    context,
    extensionId,
    page,
    paints,
  }) => {
    // The window made wide and certain: the stored lists unusable and the background paused in
    // its debugger, so the guard has no lists (it asks, and gets no answer) until it resumes.
    const worker = await serviceWorker(context);
    await installedShipped(worker);
    const paused = await pauseServiceWorker(context, extensionId);
    const options = await openOptions(context, extensionId);
    await options.evaluate(recordOfAnotherBuild);
    const then = new URLSearchParams({ then: RISKY }).toString();
    await open(page, `${hostileResultsUrl('fragment', '').replace(/&q=$/, '')}&${then}`);
    await expect(page).toHaveURL(/#q=/);
    // The page has moved to its results and rendered them; they stay unpainted while no list is
    // read, for the 30 frames waited here (the paint monitor would report the first that showed
    // them).
    await expect
      .poll(() => page.evaluate((id) => document.getElementById(id)?.hidden, RESULTS_ID))
      .toBe(false);
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          let n = 0;
          const tick = () => (++n >= 30 ? done() : requestAnimationFrame(tick));
          requestAnimationFrame(tick);
        }),
    );
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    await expect(page.locator('html')).not.toHaveAttribute('data-keerpunt', 'clear');
    expect(isHelpUrl(new URL(page.url()))).toBe(false);
    await paused.resume();
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
  });

  test('a clean query in the fragment shows its results', async ({ page, paints }) => {
    await open(page, hostileResultsUrl('fragment', BENIGN, true));
    await paints.waitForVisible();
  });
});
