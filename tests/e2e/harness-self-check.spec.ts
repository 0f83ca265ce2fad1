/**
 * The harness checks itself: a stand-in extension that does it wrong (moves the tab to its help
 * page 300 ms after load, never hides the page, never listens to the box) must be seen doing it
 * wrong — the paint monitor reports frames with results, and the fake site's handlers report that
 * they acted. Without this, a monitor that never fires would make every test pass. Likewise the
 * probe that waits for a guard to read its lists (`guardDecides`) must not pass on such a page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, expectHelp, guardDecides, test } from './fixtures';
import { PaintLog } from './support/paint';
import { RISKY } from './support/queries';
import { homeUrl, resultsUrl, site } from './support/sites';

// A fixed path, rewritten whenever the file loads (the runner and each worker load it).
const leaky = join(tmpdir(), 'kp-e2e-leaky-stand-in');
mkdirSync(leaky, { recursive: true });
writeFileSync(
  join(leaky, 'manifest.json'),
  JSON.stringify({
    manifest_version: 3,
    name: 'leaky stand-in',
    version: '1',
    background: { service_worker: 'sw.js' },
    content_scripts: [{ matches: ['https://www.google.com/*'], js: ['cs.js'] }],
    web_accessible_resources: [
      { resources: ['intercept.html'], matches: ['<all_urls>'], use_dynamic_url: true },
    ],
  }),
);
writeFileSync(join(leaky, 'sw.js'), '');
writeFileSync(join(leaky, 'intercept.html'), '<!doctype html><p data-testid="help">help</p>');
writeFileSync(
  join(leaky, 'cs.js'),
  `const q = new URLSearchParams(location.search).get('q');
if (q && q.toLowerCase() === ${JSON.stringify(RISKY.toLowerCase())})
  setTimeout(() => location.replace(chrome.runtime.getURL('intercept.html')), 300);`,
);
test.use({ kpLaunch: { extensionDir: leaky } });

test('a leaky stand-in is caught by the paint monitor and the site handler log', async ({
  page,
  paints,
  acts,
}) => {
  const google = site('google');
  await page.goto(homeUrl(google));
  const box = page.locator(`[name="${google.param}"]`);
  await box.fill(RISKY);
  await box.press('Enter');
  await expectHelp(page, RISKY); // the stand-in does end on its help page…
  expect(acts.acts).toEqual(['keydown']); // …but the site acted
  expect(paints.visibleFrames.length).toBeGreaterThan(0); // …and the results were painted

  const direct = await page.context().newPage();
  const directPaints = new PaintLog(direct);
  await direct.goto(resultsUrl(google, RISKY)).catch(() => {});
  await expectHelp(direct, RISKY);
  expect(directPaints.visibleFrames.length).toBeGreaterThan(0);
});

test('the probe for a guard that has read its lists fails where nothing guards the box', async ({
  page,
}) => {
  await page.goto(homeUrl(site('google')));
  await expect(guardDecides(page, 1000)).rejects.toThrow(/stops at the guard/);
});
