/**
 * The search guard's lists (entrypoints/search/guard.ts): from the storage read, or from the
 * background when storage has no whole copy of this build's set.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { shippedRecord } from '../../../entrypoints/background/shipped';
import { Guard } from '../../../entrypoints/search/guard';
import { EMPTY_GUARD, GUARD_KEY } from '../../../lib/settings/guard';
import { SHIPPED_KEY } from '../../../lib/settings/shipped';

const RISKY = 'kinderporno';
const BENIGN = 'kinderarts amsterdam';

/** The background's side: answers `keerpunt:lists` with `answer(n)` for the n-th ask (from 1). */
function background(answer: (n: number) => unknown): { asks: number } {
  const seen = { asks: 0 };
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    if ((message as { type?: string }).type !== 'keerpunt:lists') return undefined;
    seen.asks++;
    return Promise.resolve(answer(seen.asks));
  });
  return seen;
}

const SHIPPED = shippedRecord();

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.useRealTimers());

describe('the search guard', () => {
  it('decides with the shipped lists from the storage read, asking nothing', async () => {
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: SHIPPED });
    const seen = background(() => SHIPPED);
    const guard = new Guard();
    expect(guard.isRisky(RISKY)).toBe(false); // not read yet: nothing is decided
    await guard.start();
    expect(guard.isRisky(RISKY)).toBe(true);
    expect(guard.isRisky(BENIGN)).toBe(false);
    expect(seen.asks).toBe(0);
  });

  it('says when it can decide, and resolves `decidable` then', async () => {
    vi.useFakeTimers();
    background(() => new Promise(() => undefined)); // a worker that does not answer
    const guard = new Guard();
    let decidable = false;
    void guard.decidable.then(() => (decidable = true));
    void guard.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(guard.canDecide).toBe(false);
    expect(decidable).toBe(false);
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: SHIPPED });
    await vi.advanceTimersByTimeAsync(1);
    expect(guard.canDecide).toBe(true);
    expect(decidable).toBe(true);
  });

  it.each([
    ['none stored', undefined],
    ["another build's", { ...SHIPPED, id: '00000000' }],
    ['a set that does not load', { id: SHIPPED.id, set: SHIPPED.set.slice(0, 400) }],
    ['the older shape', { id: SHIPPED.id, packed: SHIPPED.set }],
  ])('asks the background when storage has %s', async (_, stored) => {
    if (stored) await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: stored });
    const seen = background(() => SHIPPED);
    const guard = new Guard();
    await guard.start();
    expect(seen.asks).toBe(1);
    expect(guard.isRisky(RISKY)).toBe(true);
  });

  it('asks again every 2 s while the answer is of no use, not at once', async () => {
    vi.useFakeTimers();
    const seen = background((n) => (n < 3 ? { ...SHIPPED, id: '00000000' } : SHIPPED));
    const guard = new Guard();
    let ready = false;
    void guard.start().then(() => (ready = true));
    await vi.advanceTimersByTimeAsync(1);
    expect(seen.asks).toBe(1);
    await vi.advanceTimersByTimeAsync(1990);
    expect(seen.asks).toBe(1);
    await vi.advanceTimersByTimeAsync(20);
    expect(seen.asks).toBe(2);
    expect(ready).toBe(false);
    expect(guard.isRisky(RISKY)).toBe(false);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen.asks).toBe(3);
    expect(ready).toBe(true);
    expect(guard.isRisky(RISKY)).toBe(true);
  });

  it('takes the lists when they are stored later', async () => {
    vi.useFakeTimers();
    // A background that does not answer (a worker stopped mid-way)…
    background(() => new Promise(() => undefined));
    const guard = new Guard();
    void guard.start();
    await vi.advanceTimersByTimeAsync(10);
    expect(guard.isRisky(RISKY)).toBe(false);
    // …and the record stored meanwhile (by the background's start, or another page's ask).
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: SHIPPED });
    await vi.advanceTimersByTimeAsync(1);
    expect(guard.isRisky(RISKY)).toBe(true);
  });

  it("reads an address again once the person's own sites change", async () => {
    await fakeBrowser.storage.local.set({ [SHIPPED_KEY]: SHIPPED });
    const guard = new Guard();
    await guard.start();
    const OWN_SITE = { host: 'search.example.org', path: '/find', spot: { param: 'q' } };
    const url = 'https://search.example.org/find?q=zebra';
    const google = 'https://www.google.com/search?q=zebra';
    expect(guard.queryOf(google)).toEqual({ site: 'google', query: 'zebra' });
    expect(guard.queryOf(google)).toEqual({ site: 'google', query: 'zebra' });
    expect(guard.queryOf(url)).toBeNull();
    // An own site added (in the options): the same address now has a query.
    await fakeBrowser.storage.local.set({
      [GUARD_KEY]: { ...EMPTY_GUARD, sites: [OWN_SITE] },
    });
    expect(guard.queryOf(url)?.query).toBe('zebra');
    expect(guard.queryOf(google)).toEqual({ site: 'google', query: 'zebra' });
  });
});
