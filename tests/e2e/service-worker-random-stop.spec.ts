/**
 * The service worker stopped at random moments during navigation (as an idle timeout, an update
 * or a crash would land), over many searches: a risky one still ends on help with no frame of
 * results, a clean one still shows its results, nothing hangs, and no count is lost.
 *
 * Each iteration picks a kind of search and a site, starts the navigation and, 0–300 ms later,
 * sends `ServiceWorker.stopAllWorkers` without waiting for it. The choices come from a seeded
 * generator: the seed is printed, and `KP_SEED=<seed>` replays a run.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { prng } from '../../bench/data';
import { expect, expectHelp, test } from './fixtures';
import { changeSettings, serviceWorkerStopper } from './support/extension';
import { addTerm, openOptions } from './support/options';
import { PaintLog } from './support/paint';
import { BENIGN, PERSONAL_TERM, RISKY } from './support/queries';
import { homeUrl, resultsUrl, site } from './support/sites';

const ITERATIONS = 24;
const MAX_STOP_DELAY_MS = 300;

const KINDS = [
  'risky-url',
  'clean-url',
  'risky-box',
  'clean-box',
  'gentle-continue',
  'personal-term',
] as const;
type Kind = (typeof KINDS)[number];

/** Sites that load a new page for a search (the single-page app and the POST form aside). */
const SITES = ['google', 'bing', 'duckduckgo', 'xvideos', 'pornhub'].map(site);

const isRisky = (kind: Kind): boolean => kind !== 'clean-url' && kind !== 'clean-box';

interface DayCounts {
  shown?: number;
  continued?: number;
}

/** Storage read and written from an extension page: it works whether the worker runs or not. */
class Store {
  constructor(private readonly page: Page) {}

  static async open(context: BrowserContext, extensionId: string): Promise<Store> {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/safe.html`);
    return new Store(page);
  }

  /** Today's counts of the normal context (the only one here). */
  async counts(): Promise<DayCounts> {
    return this.page.evaluate(async () => {
      const key = 'counts:normal';
      const stored = (await chrome.storage.local.get(key))[key] as
        { days?: Record<string, DayCounts> } | undefined;
      const days = Object.values(stored?.days ?? {});
      return days.reduce<DayCounts>(
        (sum, d) => ({
          shown: (sum.shown ?? 0) + (d.shown ?? 0),
          continued: (sum.continued ?? 0) + (d.continued ?? 0),
        }),
        {},
      );
    });
  }

  setStrictness(strictness: string): Promise<void> {
    return changeSettings(this.page, { strictness });
  }
}

test('searches stay guarded when the service worker is stopped at random moments', async ({
  context,
  extensionId,
  page,
}) => {
  test.setTimeout(90_000);
  const seed = process.env.KP_SEED ? Number(process.env.KP_SEED) : (Date.now() % 2 ** 31) >>> 0;
  // The seed is what replays a failure.
  console.log(`service-worker-random-stop: KP_SEED=${seed}`);
  test.info().annotations.push({ type: 'seed', description: String(seed) });
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  const stopper = await serviceWorkerStopper(context, extensionId);
  const store = await Store.open(context, extensionId);
  const options = await openOptions(context, extensionId);

  // Every kind at least once (in an order the seed decides), the rest at random.
  const kinds: Kind[] = [...KINDS];
  while (kinds.length < ITERATIONS) kinds.push(pick(KINDS));
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }

  const expected = { shown: 0, continued: 0 };
  const stops: Promise<void>[] = [];
  const started = Date.now();
  for (const [i, kind] of kinds.entries()) {
    const where = pick(SITES);
    const delay = Math.floor(random() * (MAX_STOP_DELAY_MS + 1));
    const step = `iteration ${i} (${kind} on ${where.name}, stop after ${delay} ms, KP_SEED=${seed})`;
    await test.step(step, async () => {
      let query = isRisky(kind) ? RISKY : BENIGN;
      if (kind === 'personal-term') {
        // A term of its own for each iteration, added just before the search.
        query = `${PERSONAL_TERM}${String.fromCharCode(97 + i)}`;
        await addTerm(options, query);
      }
      if (kind === 'gentle-continue') await store.setStrictness('gentle');
      // A pass from continuing lets its exact URL through in this tab for 15 s (a reload of the
      // page it was made for): each continue goes to an address of its own.
      const url =
        kind === 'gentle-continue'
          ? `${resultsUrl(where, query)}&iteration=${i}`
          : resultsUrl(where, query);
      const byBox = kind === 'risky-box' || kind === 'clean-box';
      if (byBox) await page.goto(homeUrl(where));
      const paints = new PaintLog(page);

      const timer = new Promise<void>((resolve) => setTimeout(resolve, delay));
      // Fire and forget: the stop lands wherever the navigation is by then.
      stops.push(timer.then(() => stopper.stop().catch(() => undefined)));
      if (byBox) {
        const box = page.locator(`[name="${where.param}"]`);
        await box.fill(query);
        await box.press('Enter');
      } else {
        await page.goto(url).catch(() => {});
      }

      if (!isRisky(kind)) {
        await paints.waitForVisible();
        return;
      }
      await expectHelp(page, query);
      expect(paints.visibleFrames, 'a frame of results before help').toEqual([]);
      expected.shown++;
      if (kind === 'gentle-continue') {
        // The help page asks for the held URL for about 15 seconds (Continue.tsx).
        await page.getByTestId('continue-go').click({ timeout: 20_000 });
        await page.waitForURL(url, { timeout: 10_000 });
        await paints.waitForVisible();
        expected.continued++;
        await store.setStrictness('strict');
      }
      // The help page counts itself; wait for it before the tab moves on.
      await expect
        .poll(() => store.counts(), { timeout: 10_000, intervals: [50] })
        .toMatchObject({ shown: expected.shown });
    });
  }
  await Promise.all(stops);

  // Nothing counted twice, nothing lost: exactly one `shown` per caught search, one `continued`
  // per continue.
  expect(await store.counts()).toEqual(expected);
  const elapsed = Date.now() - started;
  const hits = stopper.stopped();
  console.log(`${kinds.length} iterations in ${elapsed} ms; the worker stopped ${hits} times`);
  // Most stops find the worker running (each search wakes it): a handful is proof they land.
  expect(hits, 'stops that found the worker running').toBeGreaterThanOrEqual(kinds.length / 4);
});
