import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dayKey, KEEP_DAYS, shiftDay } from '../../../lib/counters/daily';
import { readCounts, recordEvent } from '../../../utils/counters';
import { installWebLocks } from '../helpers/web-locks';

const NOW = new Date(2026, 2, 14, 2, 30);
const TODAY = dayKey(NOW);

function setIncognito(on: boolean): void {
  (fakeBrowser.extension as { inIncognitoContext: boolean }).inIncognitoContext = on;
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());
// `fakeBrowser.reset()` leaves this flag alone.
afterEach(() => setIncognito(false));

describe('recordEvent', () => {
  it('writes one count for today under the normal key', async () => {
    await recordEvent('shown', { now: NOW });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      'counts:normal': { v: 1, days: { [TODAY]: { shown: 1 } } },
    });
  });

  it('loses none of 100 concurrent counts (the Web Lock serializes them)', async () => {
    await Promise.all(Array.from({ length: 100 }, () => recordEvent('shown', { now: NOW })));
    expect((await readCounts()).days[TODAY]).toEqual({ shown: 100 });
  });

  it('counts different events and days apart', async () => {
    const yesterday = new Date(2026, 2, 13, 23, 59);
    await Promise.all([
      recordEvent('shown', { now: NOW }),
      recordEvent('help', { now: NOW }),
      recordEvent('shown', { now: yesterday }),
      recordEvent('safe', { now: NOW }),
      recordEvent('shown', { now: NOW }),
    ]);
    expect((await readCounts()).days).toEqual({
      '2026-03-13': { shown: 1 },
      '2026-03-14': { shown: 2, help: 1, safe: 1 },
    });
  });

  it('writes its own key in a private window, and reading sums both', async () => {
    await recordEvent('shown', { now: NOW });
    await recordEvent('help', { now: NOW });
    setIncognito(true);
    await Promise.all([recordEvent('shown', { now: NOW }), recordEvent('shown', { now: NOW })]);
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw['counts:normal']).toEqual({ v: 1, days: { [TODAY]: { shown: 1, help: 1 } } });
    expect(raw['counts:incognito']).toEqual({ v: 1, days: { [TODAY]: { shown: 2 } } });
    expect((await readCounts()).days).toEqual({ [TODAY]: { shown: 3, help: 1 } });
  });

  it.each([
    ['a string', 'zebra'],
    ['a number', 5],
    ['null', null],
    ['an array', [1, 2]],
    ['days that are a string', { v: 1, days: 'zebra' }],
  ])('starts over from a corrupt stored value (%s) without throwing', async (_name, corrupt) => {
    await fakeBrowser.storage.local.set({ 'counts:normal': corrupt });
    await recordEvent('shown', { now: NOW });
    expect((await readCounts()).days).toEqual({ [TODAY]: { shown: 1 } });
  });

  it('keeps the good days beside a corrupt one', async () => {
    await fakeBrowser.storage.local.set({
      'counts:normal': {
        v: 1,
        days: {
          '2026-03-12': { shown: 4, help: 2 },
          '2026-03-13': 'zebra',
          zebra: { shown: 9 },
          [TODAY]: { shown: -3, safe: 1 },
        },
      },
    });
    await expect(readCounts()).resolves.toEqual({
      v: 1,
      days: { '2026-03-12': { shown: 4, help: 2 }, [TODAY]: { safe: 1 } },
    });
    await recordEvent('shown', { now: NOW });
    expect((await fakeBrowser.storage.local.get('counts:normal'))['counts:normal']).toEqual({
      v: 1,
      days: { '2026-03-12': { shown: 4, help: 2 }, [TODAY]: { shown: 1, safe: 1 } },
    });
  });

  it(`drops days older than ${KEEP_DAYS} days when it writes`, async () => {
    const old = shiftDay(TODAY, -KEEP_DAYS);
    const kept = shiftDay(TODAY, -(KEEP_DAYS - 1));
    await fakeBrowser.storage.local.set({
      'counts:normal': { v: 1, days: { [old]: { shown: 1 }, [kept]: { shown: 2 } } },
    });
    await recordEvent('help', { now: NOW });
    expect(Object.keys((await readCounts()).days).sort()).toEqual([kept, TODAY]);
  });
});

describe('readCounts', () => {
  it('gives an empty record when nothing was counted', async () => {
    expect(await readCounts()).toEqual({ v: 1, days: {} });
  });

  it('ignores keys that are not a context', async () => {
    await fakeBrowser.storage.local.set({
      'counts:zebra': { v: 1, days: { [TODAY]: { shown: 7 } } },
    });
    expect(await readCounts()).toEqual({ v: 1, days: {} });
  });
});
