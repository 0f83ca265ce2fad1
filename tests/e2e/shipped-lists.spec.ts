/**
 * The shipped lists reach the search guard through storage (docs/architecture.md "The shipped
 * lists in storage"): the background stores them on install and puts the record back whenever it
 * changes; a guard that finds no usable copy of its build's set (removed, another build's, a set
 * that does not load) asks the background, which hands it over and stores it again. The page stays
 * unpainted meanwhile, with the worker stopped (it is woken).
 */
import { expect, expectHelp, test } from './fixtures';
import {
  installedShipped,
  recordOfAnotherBuild,
  serviceWorker,
  stopServiceWorker,
  storedShipped,
} from './support/extension';
import { BENIGN, RISKY } from './support/queries';
import { resultsUrl, site } from './support/sites';

test('the shipped lists are stored on install', async ({ context }) => {
  const worker = await serviceWorker(context);
  const record = await installedShipped(worker);
  expect(record.id).toMatch(/^[0-9a-f]{8}$/);
  // The compiled set: base64 of about 50 KB, its magic first.
  expect(record.set.length).toBeGreaterThan(40_000);
  expect(atob(record.set.slice(0, 8)).slice(0, 4)).toBe('KPT4');
});

for (const [what, change] of [
  ['removed', () => chrome.storage.local.remove('shipped')],
  [
    'not loading',
    async () => {
      const { shipped } = await chrome.storage.local.get('shipped');
      const { id, set } = shipped as { id: string; set: string };
      await chrome.storage.local.set({ shipped: { id, set: set.slice(0, 400) } });
    },
  ],
  ["another build's", recordOfAnotherBuild],
] as const) {
  test(`shipped lists ${what} in storage, worker stopped: searches still caught, lists stored again`, async ({
    context,
    extensionId,
    page,
    paints,
  }) => {
    const worker = await serviceWorker(context);
    const before = await installedShipped(worker);
    // Changed, then the worker stopped: whether its repair (on the change) or the guard's ask
    // (when the page finds the record unusable) comes first, the search is decided with the
    // lists. Which path does what is unit-tested (tests/unit/search/guard.test.ts,
    // tests/unit/background/shipped.test.ts).
    await worker.evaluate(change);
    await stopServiceWorker(context, extensionId);

    const google = site('google');
    await page.goto(resultsUrl(google, RISKY)).catch(() => {});
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);

    await page.goto(resultsUrl(google, BENIGN));
    await paints.waitForVisible();
    await expect.poll(async () => storedShipped(await serviceWorker(context))).toEqual(before);
  });
}

test('a record changed in place is put back by the background', async ({
  context,
  page,
  paints,
}) => {
  const worker = await serviceWorker(context);
  const before = await installedShipped(worker);
  const at = 2000;
  const flipped = before.set[at] === 'B' ? 'C' : 'B';
  const damaged = { ...before, set: before.set.slice(0, at) + flipped + before.set.slice(at + 1) };
  await worker.evaluate((shipped) => chrome.storage.local.set({ shipped }), damaged);
  await expect.poll(async () => storedShipped(await serviceWorker(context))).toEqual(before);

  await page.goto(resultsUrl(site('bing'), RISKY)).catch(() => {});
  await expectHelp(page, RISKY);
  expect(paints.visibleFrames, 'frames that showed results').toEqual([]);
});
