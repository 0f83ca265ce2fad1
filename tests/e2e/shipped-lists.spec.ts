/**
 * The shipped lists reach the search guard through storage (docs/architecture.md "The shipped
 * lists in storage"): the background stores them on install; a guard that finds no whole copy of
 * its build's set (removed, damaged, another build's) asks the background, which hands it over and
 * stores it again. The page stays unpainted meanwhile, with the worker stopped (it is woken).
 */
import type { Worker } from '@playwright/test';
import { expect, expectHelp, test } from './fixtures';
import { serviceWorker, stopServiceWorker } from './support/extension';
import { BENIGN, RISKY } from './support/queries';
import { resultsUrl, site } from './support/sites';

const stored = (worker: Worker) =>
  worker.evaluate(async () => (await chrome.storage.local.get('shipped')).shipped);

test('the shipped lists are stored on install', async ({ context }) => {
  const record = (await stored(await serviceWorker(context))) as { id: string; packed: string };
  expect(record.id).toMatch(/^[0-9a-f]{8}$/);
  // The packed set: base64 of about 10 KB, its magic first.
  expect(record.packed.length).toBeGreaterThan(5000);
  expect(atob(record.packed.slice(0, 4))).toBe('KPK');
});

for (const [what, change] of [
  ['removed', () => chrome.storage.local.remove('shipped')],
  [
    'damaged',
    async () => {
      const { shipped } = await chrome.storage.local.get('shipped');
      const { id, packed } = shipped as { id: string; packed: string };
      const flipped = packed[100] === 'B' ? 'C' : 'B';
      await chrome.storage.local.set({
        shipped: { id, packed: packed.slice(0, 100) + flipped + packed.slice(101) },
      });
    },
  ],
  [
    "another build's",
    async () => {
      const { shipped } = await chrome.storage.local.get('shipped');
      await chrome.storage.local.set({ shipped: { ...(shipped as object), id: '00000000' } });
    },
  ],
] as const) {
  test(`shipped lists ${what} in storage: searches are still caught, and the lists stored again`, async ({
    context,
    extensionId,
    page,
    paints,
  }) => {
    const worker = await serviceWorker(context);
    const before = await stored(worker);
    await worker.evaluate(change);
    expect(await stored(worker)).not.toEqual(before);
    await stopServiceWorker(context, extensionId);

    const google = site('google');
    await page.goto(resultsUrl(google, RISKY)).catch(() => {});
    await expectHelp(page, RISKY);
    expect(paints.visibleFrames, 'frames that showed results').toEqual([]);

    await page.goto(resultsUrl(google, BENIGN));
    await paints.waitForVisible();
    await expect.poll(async () => stored(await serviceWorker(context))).toEqual(before);
  });
}
