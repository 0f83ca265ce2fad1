/**
 * Area 1: every fake search site. A risky query ends on the help page without a single animation
 * frame of results (measured inside the page); a clean one shows the results (and the same monitor
 * sees them, so it is proven to work); the site's own box (Enter, suggestion click) is caught
 * before the site's handlers act; Back after help lands on the page before the search.
 */
import { expect, expectHelp, guardDecides, test } from './fixtures';
import { BENIGN, RISKY } from './support/queries';
import { SITES, homeUrl, resultsUrl, site, type FakeSite } from './support/sites';

/** Goes to a results page; a page replaced mid-load makes goto fail, which is fine here. */
async function open(page: import('@playwright/test').Page, url: string): Promise<void> {
  await page.goto(url, { waitUntil: 'commit' }).catch((e: Error) => {
    if (!/interrupted|ERR_ABORTED|frame was detached/i.test(e.message)) throw e;
  });
}

/** Submits `query` as a POST form to the site (the way the no-JavaScript site's box does). */
async function post(page: import('@playwright/test').Page, s: FakeSite, query: string) {
  await page.setContent(
    `<form method="post" action="${s.origin}${s.resultsPath}"><input name="${s.param}"></form>`,
  );
  await page.locator('input').fill(query);
  // form.submit() fires no submit event: only the results page itself can be caught.
  await page.evaluate(() => document.forms[0]!.submit());
}

for (const s of SITES) {
  test.describe(s.name, () => {
    test('a risky query ends on the help page and no frame shows the results', async ({
      page,
      paints,
    }) => {
      if (s.post) await post(page, s, RISKY);
      else await open(page, resultsUrl(s, RISKY));
      await expectHelp(page, RISKY);
      expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
    });

    test('a clean query shows the results, and the paint monitor sees them', async ({
      page,
      paints,
    }) => {
      if (s.post) await post(page, s, BENIGN);
      else await open(page, resultsUrl(s, BENIGN));
      await paints.waitForVisible();
      await expect(page.locator('.kp-q')).toHaveText(BENIGN);
      expect(new URL(page.url()).origin).toBe(s.origin);
    });

    test("Enter in the site's own box is caught before the site acts", async ({
      page,
      paints,
      acts,
    }) => {
      await page.goto(homeUrl(s));
      await guardDecides(page);
      const box = page.locator(`[name="${s.param}"]`);
      await box.fill(RISKY);
      await box.press('Enter');
      await expectHelp(page, RISKY);
      expect(acts.acts, "the site's own handlers acted").toEqual([]);
      expect(paints.visibleFrames).toEqual([]);
    });

    if (s.suggestions)
      test("a click on the site's suggestion is caught before the site acts", async ({
        page,
        paints,
        acts,
      }) => {
        await page.goto(homeUrl(s));
        await guardDecides(page);
        const box = page.locator(`[name="${s.param}"]`);
        // Risky text typed into the box never reaches the site (search as you type): the site
        // suggests from what came before, and completes it to the risky query.
        await box.fill(RISKY.slice(0, 3));
        const option = page.getByRole('option').first();
        await option.evaluate((li, text) => (li.textContent = text), RISKY);
        // `force`: caught at the press, the rest of the click lands on the cover, which
        // Playwright would take for a missed click (search-paths-tabs.spec.ts, OPENERS).
        await option.click({ noWaitAfter: true, force: true });
        await expectHelp(page, RISKY);
        expect(acts.acts, "the site's own handlers acted").toEqual([]);
        expect(paints.visibleFrames).toEqual([]);
      });

    if (!s.post)
      test('Back after the help page lands on the page before the search', async ({ page }) => {
        await page.goto(homeUrl(s));
        await open(page, resultsUrl(s, RISKY));
        await expectHelp(page, RISKY);
        await page.goBack({ waitUntil: 'commit' });
        await page.waitForURL((u) => u.href === homeUrl(s));
        await expect(page.locator('[id="kp-results"]:not([hidden])')).toHaveCount(0);
      });
  });
}

test.describe('YouTube (single-page app)', () => {
  const yt = site('youtube');

  test('an in-app link to results is caught without painting them', async ({ page, paints }) => {
    await page.goto(homeUrl(yt));
    await page.evaluate(
      (href) => {
        const a = document.createElement('a');
        a.href = href;
        a.dataset.spa = '';
        a.textContent = 'a chip';
        a.style.cssText = 'position:absolute;top:20px;right:20px;z-index:2';
        document.body.append(a);
      },
      resultsUrl(yt, RISKY),
    );
    // `force`: see the suggestion click above.
    await page.getByText('a chip').click({ noWaitAfter: true, force: true });
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
  });

  test('a navigation the app makes by itself (history.pushState + render) is caught', async ({
    page,
    paints,
  }) => {
    await page.goto(homeUrl(yt));
    // No click or key Keerpunt could see: only the Navigation API's `navigate` event tells.
    await page.evaluate(
      (href) => {
        history.pushState({}, '', href);
        // Caught inside pushState: the page's content is gone before the app renders (it
        // finds no results element; a real app would throw here).
        const results = document.getElementById('kp-results');
        if (!results) return;
        results.textContent = 'results rendered by the app';
        results.hidden = false;
      },
      resultsUrl(yt, RISKY),
    );
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
  });

  test('a clean search in the box renders results in place (the fixture works)', async ({
    page,
    paints,
    acts,
  }) => {
    await page.goto(homeUrl(yt));
    const box = page.locator(`[name="${yt.param}"]`);
    await box.fill(BENIGN);
    await box.press('Enter');
    await paints.waitForVisible();
    expect(acts.acts).toEqual(['keydown']);
    expect(page.url()).toBe(resultsUrl(yt, BENIGN));
  });
});

// Under Playwright the page comes back by a fresh load (measured: state set before leaving is
// gone), not from the back/forward cache, so page.ts's `pageshow` branch is not exercised here.
test("Back after a search caught in the site's box gives the page back, usable", async ({
  page,
  acts,
}) => {
  const google = site('google');
  await page.goto(homeUrl(google));
  const box = page.locator(`[name="${google.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY);
  await page.goBack();
  await page.waitForURL((u) => u.href === homeUrl(google));
  // Shown (not left hidden or covered), its box emptied, and it takes a clean search again.
  await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
  await expect(box).toBeVisible();
  await expect(box).toHaveValue('');
  await box.fill(BENIGN);
  await box.press('Enter');
  await expect.poll(() => acts.acts).toContain('keydown');
});

test('a search page hears nothing from Keerpunt: no message, no event, not its id', async ({
  page,
  extensionId,
}) => {
  // The page's own listeners, before anything else runs: every message posted to its window,
  // and the start event WXT's content-script wrapper would send on its document.
  await page.addInitScript((id) => {
    const heard: string[] = [];
    (window as { kpHeard?: string[] }).kpHeard = heard;
    addEventListener('message', (e) => heard.push(JSON.stringify(e.data)), true);
    document.addEventListener(`${id}:search:wxt:content-script-started`, () =>
      heard.push('start event'),
    );
  }, extensionId);
  // A clean search, and the home page (revealed without waiting).
  for (const url of [resultsUrl(site('google'), BENIGN), homeUrl(site('bing'))]) {
    await open(page, url);
    await expect(page.locator('html')).toHaveAttribute('data-keerpunt', 'clear');
    const heard = await page.evaluate(() => (window as { kpHeard?: string[] }).kpHeard);
    expect(heard).toEqual([]);
    expect(await page.content()).not.toContain(extensionId);
  }
});
