/**
 * Every path a search can take into a results page (issue: "every path"), part 1: the browser's
 * own address bar (omnibox search, a keyword search engine, a pasted URL), a paste into the site's
 * box, POST searches (DuckDuckGo HTML, Startpage), image and video tabs, and "search again" from a
 * clean results page. A risky query ends on the help page with no frame of results; the clean one
 * shows results, so each test could fail. New tabs, prerendering and restored tabs:
 * search-paths-tabs.spec.ts.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, expectHelp, guardDecides, test } from './fixtures';
import { PaintLog } from './support/paint';
import { BENIGN, RISKY } from './support/queries';
import { homeUrl, resultsUrl, site, type FakeSite } from './support/sites';

const google = site('google');

/**
 * Navigates the way the browser UI does: CDP `Page.navigate` with the transition the omnibox
 * gives (`generated`: a search with the default engine; `keyword`: a keyword search engine;
 * `typed`: a URL typed or pasted; `auto_bookmark`: a bookmark). A navigation replaced mid-load
 * reports an abort, which is fine.
 */
async function browserNavigate(
  context: BrowserContext,
  page: Page,
  url: string,
  transitionType: 'generated' | 'keyword' | 'typed' | 'auto_bookmark',
): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const { errorText } = (await cdp.send('Page.navigate', { url, transitionType })) as {
    errorText?: string;
  };
  await cdp.detach();
  if (errorText && !/ERR_ABORTED/.test(errorText)) throw new Error(errorText);
}

/** The reports that came in after `from` (the log of a page that showed clean results first). */
const visibleSince = (paints: PaintLog, from: number) =>
  paints.reports.slice(from).filter((r) => r.visible);

test.describe('the address bar', () => {
  const paths = [
    { how: 'an omnibox search with the default engine', type: 'generated', s: google },
    { how: 'a keyword search engine', type: 'keyword', s: site('bing') },
    { how: 'a pasted results URL', type: 'typed', s: site('duckduckgo') },
    { how: 'a bookmarked search', type: 'auto_bookmark', s: site('youtube') },
  ] as const;

  for (const { how, type, s } of paths) {
    test(`${how} (${type}): risky → help with no frame of results`, async ({
      context,
      page,
      paints,
    }) => {
      await browserNavigate(context, page, resultsUrl(s, RISKY), type);
      await expectHelp(page, RISKY);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    });

    test(`${how} (${type}): clean → results`, async ({ context, page, paints }) => {
      await browserNavigate(context, page, resultsUrl(s, BENIGN), type);
      await paints.waitForVisible();
      await expect(page.locator('.kp-q')).toHaveText(BENIGN);
    });
  }
});

test.describe("a paste into the site's box", () => {
  test('pasted text + Enter is caught before the site acts', async ({ page, paints, acts }) => {
    await page.goto(homeUrl(google));
    await guardDecides(page);
    await page.locator(`[name="${google.param}"]`).focus();
    // What a paste does to a text field: one insertion of the whole text (an `input` event).
    await page.keyboard.insertText(RISKY);
    await page.keyboard.press('Enter');
    await expectHelp(page, RISKY);
    expect(acts.acts, "the site's own handlers acted").toEqual([]);
    expect(paints.visibleFrames).toEqual([]);
  });

  test("a risky results URL pasted into the site's box + Enter is caught before the site acts", async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(homeUrl(google));
    await guardDecides(page);
    await page.locator(`[name="${google.param}"]`).focus();
    await page.keyboard.insertText(resultsUrl(site('bing'), RISKY));
    await page.keyboard.press('Enter');
    await expectHelp(page, RISKY);
    expect(acts.acts, "the site's own handlers acted").toEqual([]);
    expect(paints.visibleFrames).toEqual([]);
  });

  test('Ctrl+V from the clipboard + Enter is caught before the site acts', async ({
    context,
    page,
    paints,
    acts,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: google.origin,
    });
    await page.goto(homeUrl(google));
    await guardDecides(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), RISKY);
    const box = page.locator(`[name="${google.param}"]`);
    await box.focus();
    await page.keyboard.press('ControlOrMeta+V');
    await expect(box).toHaveValue(RISKY); // the paste really happened
    await page.keyboard.press('Enter');
    await expectHelp(page, RISKY);
    expect(acts.acts, "the site's own handlers acted").toEqual([]);
    expect(paints.visibleFrames).toEqual([]);
  });

  test('a clean paste + Enter reaches the site (the fixture acts)', async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(homeUrl(google));
    await guardDecides(page);
    await page.locator(`[name="${google.param}"]`).focus();
    await page.keyboard.insertText(BENIGN);
    await page.keyboard.press('Enter');
    await paints.waitForVisible();
    expect(acts.acts).toEqual(['keydown']);
  });
});

/** The site's own POST form on its home page, filled with `query`. */
async function fillPostForm(page: Page, s: FakeSite, query: string) {
  await page.goto(homeUrl(s));
  await guardDecides(page);
  await page.locator(`[name="${s.param}"]`).fill(query);
}

for (const s of [site('startpage'), site('duckduckgo-html')]) {
  test.describe(`POST search on ${s.name}`, () => {
    test('the search button (a submit event): risky is caught before the form is sent', async ({
      page,
      paints,
      acts,
    }) => {
      await fillPostForm(page, s, RISKY);
      const posted: string[] = [];
      page.on('request', (r) => r.method() === 'POST' && posted.push(r.url()));
      await page.getByRole('button', { name: 'Search' }).click({ noWaitAfter: true });
      await expectHelp(page, RISKY);
      expect(acts.acts, "the site's own handlers acted").toEqual([]);
      expect(posted, 'the form was sent').toEqual([]);
      expect(paints.visibleFrames).toEqual([]);
    });

    test('form.submit() (no submit event): the POST results page → help, no frame', async ({
      page,
      paints,
    }) => {
      await fillPostForm(page, s, RISKY);
      const posted = page.waitForRequest((r) => r.method() === 'POST');
      await page.evaluate(() => document.forms[0]!.submit());
      // The form did go out: only the results page itself could catch it.
      expect(new URL((await posted).url()).pathname).toBe(s.resultsPath);
      await expectHelp(page, RISKY);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    });

    test('the search button with a clean query: the POST results show', async ({
      page,
      paints,
      acts,
    }) => {
      await fillPostForm(page, s, BENIGN);
      await page.getByRole('button', { name: 'Search' }).click();
      await paints.waitForVisible();
      expect(acts.acts).toEqual(['submit']);
      await expect(page.locator('.kp-q')).toHaveText(BENIGN);
      expect(new URL(page.url()).pathname).toBe(s.resultsPath);
    });
  });
}

/**
 * Image and video tabs of the fake sites, in the shapes lib/search/registry.ts claims to cover
 * (tests/unit/search/extract-query.test.ts). The fake sites answer every registry route.
 */
const VERTICALS: readonly { name: string; url: (q: string) => string }[] = [
  { name: 'Google images (tbm=isch)', url: (q) => `${resultsUrl(google, q)}&tbm=isch` },
  { name: 'Google images (udm=2)', url: (q) => `${resultsUrl(google, q)}&udm=2` },
  { name: 'Google videos (tbm=vid)', url: (q) => `${resultsUrl(google, q)}&tbm=vid` },
  { name: 'Google videos (udm=7)', url: (q) => `${resultsUrl(google, q)}&udm=7` },
  {
    name: 'Bing images',
    url: (q) => `https://www.bing.com/images/search?${new URLSearchParams({ q, form: 'HDRSC2' })}`,
  },
  {
    name: 'Bing videos',
    url: (q) => `https://www.bing.com/videos/search?${new URLSearchParams({ q })}`,
  },
  {
    name: 'DuckDuckGo images',
    url: (q) =>
      `https://duckduckgo.com/?${new URLSearchParams({ q, ia: 'images', iax: 'images' })}`,
  },
  {
    name: 'DuckDuckGo videos',
    url: (q) =>
      `https://duckduckgo.com/?${new URLSearchParams({ q, ia: 'videos', iax: 'videos' })}`,
  },
  {
    name: 'Startpage images (a GET link)',
    url: (q) =>
      `https://www.startpage.com/sp/search?${new URLSearchParams({ query: q, cat: 'images' })}`,
  },
  {
    name: 'Startpage videos (older /do/dsearch)',
    url: (q) =>
      `https://www.startpage.com/do/dsearch?${new URLSearchParams({ query: q, cat: 'video' })}`,
  },
  {
    name: 'Pornhub GIFs',
    url: (q) => `https://www.pornhub.com/gifs/search?${new URLSearchParams({ search: q })}`,
  },
];

test.describe('image and video tabs', () => {
  for (const v of VERTICALS) {
    test(`${v.name}: risky → help with no frame; clean → results`, async ({
      context,
      page,
      paints,
    }) => {
      await page.goto(v.url(RISKY), { waitUntil: 'commit' }).catch(() => {}); // replaced mid-load
      await expectHelp(page, RISKY);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);

      const clean = await context.newPage();
      const cleanPaints = new PaintLog(clean);
      await clean.goto(v.url(BENIGN));
      await cleanPaints.waitForVisible();
      await expect(clean.locator('.kp-q')).toHaveText(BENIGN);
    });
  }
});

test.describe('search again from a clean results page', () => {
  const ways = [
    {
      how: 'Enter in the box',
      go: async (page: Page) => page.locator(`[name="${google.param}"]`).press('Enter'),
    },
    {
      how: 'a click on the search button',
      go: async (page: Page) =>
        page.getByRole('button', { name: 'Search' }).click({ noWaitAfter: true }),
    },
    {
      how: 'a click on a suggestion',
      // Risky text typed into the box never reaches the site (search as you type): the site
      // suggests from what came before, and completes it to the risky query.
      go: async (page: Page) => {
        await page.locator(`[name="${google.param}"]`).fill(RISKY.slice(0, 3));
        const option = page.getByRole('option').first();
        await option.evaluate((li, text) => (li.textContent = text), RISKY);
        // `force`: caught at the press, the rest of the click lands on the cover, which
        // Playwright would take for a missed click (search-paths-tabs.spec.ts, OPENERS).
        await option.click({ noWaitAfter: true, force: true });
      },
    },
  ];

  for (const { how, go } of ways) {
    test(`${how}: caught before the site acts; Back → the clean results, usable`, async ({
      page,
      paints,
      acts,
    }) => {
      const clean = resultsUrl(google, BENIGN);
      await page.goto(clean);
      await paints.waitForVisible();
      const before = paints.reports.length;
      await page.locator(`[name="${google.param}"]`).fill(RISKY);
      await go(page);
      await expectHelp(page, RISKY);
      expect(acts.acts, "the site's own handlers acted").toEqual([]);
      expect(visibleSince(paints, before), 'frames of results after the search').toEqual([]);

      await page.goBack();
      await page.waitForURL((u) => u.href === clean);
      const back = paints.reports.length;
      await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
      await expect
        .poll(() => paints.reports.slice(back).some((r) => r.visible), { timeout: 10_000 })
        .toBe(true);
      await expect(page.locator('.kp-q')).toHaveText(BENIGN);
      const box = page.locator(`[name="${google.param}"]`);
      await box.fill(`${BENIGN} again`);
      await box.press('Enter');
      await expect.poll(() => acts.acts).toEqual(['keydown']);
    });
  }
});
