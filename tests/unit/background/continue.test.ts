import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installWebLocks } from '../helpers/web-locks';
import {
  continueTab,
  forgetExpired,
  forgetTab,
  hasPass,
  held,
  hold,
} from '../../../entrypoints/background/continue';
import { onMessage } from '../../../entrypoints/background/messages';
import { HOLD_MS, PASS_MS, PAUSE_WAIT_MS } from '../../../lib/settings/continue';

const URL_A = 'https://www.example.org/search?q=zebra';
const T = 1_800_000_000_000;

async function setStrictness(strictness: string): Promise<void> {
  await fakeBrowser.storage.local.set({ settings: { v: 1, strictness } });
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());

describe('holding a caught search', () => {
  it('holds nothing in strict mode (the default)', async () => {
    await hold(7, URL_A, T);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await held(7, T)).toEqual({ available: false });
  });

  it('keeps the URL in session storage only, for that tab', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({
      'held:7': { url: URL_A, at: T },
    });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('zebra');
    expect(await held(7, T)).toEqual({ available: true, waitMs: 0 });
    expect(await held(8, T)).toEqual({ available: false });
  });

  it('in pause mode says how long to wait, and refuses to continue before', async () => {
    await setStrictness('pause');
    await hold(7, URL_A, T);
    expect(await held(7, T + 10_000)).toEqual({ available: true, waitMs: PAUSE_WAIT_MS - 10_000 });
    expect(await continueTab(7, T + 10_000)).toEqual({ ok: false });
    expect(await continueTab(7, T + PAUSE_WAIT_MS)).toEqual({ ok: true, url: URL_A });
  });

  it('forgets the URL after five minutes', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    expect(await held(7, T + HOLD_MS + 1)).toEqual({ available: false });
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('asking while the URL is being stored does not remove it (the help page asks as it loads)', async () => {
    await setStrictness('gentle');
    await Promise.all([held(7, T), hold(7, URL_A, T)]);
    expect(await held(7, T)).toEqual({ available: true, waitMs: 0 });
  });

  it('forgets expired URLs and passes on the alarm, and keeps fresh ones', async () => {
    await setStrictness('gentle');
    await hold(1, URL_A, T);
    await hold(2, URL_A, T + HOLD_MS);
    await fakeBrowser.storage.session.set({ 'pass:3': { url: URL_A, until: T + 5 } });
    await forgetExpired(T + HOLD_MS + 10);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['held:2']);
  });

  it('sets an alarm per tab for the five minutes', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => a.name)).toEqual(['keerpunt:forget-held:7']);
    expect(alarms[0]!.scheduledTime).toBeGreaterThan(T + HOLD_MS);
  });
});

describe('continuing', () => {
  it('a worker stopped while it makes the pass keeps the URL, so asking again works', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    const area = fakeBrowser.storage.session;
    const set = area.set.bind(area);
    area.set = () => Promise.reject(new Error('stopped'));
    await expect(continueTab(7, T)).rejects.toThrow('stopped');
    area.set = set;
    expect(await continueTab(7, T)).toEqual({ ok: true, url: URL_A });
    expect(await hasPass(7, URL_A, T + 1)).toBe(true);
  });

  it('turns the held URL into a pass for that URL and tab, counted once', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    expect(await continueTab(7, T)).toEqual({ ok: true, url: URL_A });
    expect(await hasPass(7, URL_A, T + 1)).toBe(true);
    expect(await hasPass(7, `${URL_A}x`, T + 1)).toBe(false);
    expect(await hasPass(8, URL_A, T + 1)).toBe(false);
    expect(await hasPass(7, URL_A, T + PASS_MS + 1)).toBe(false);
    // Asked again (the first answer lost with a stopped worker): the same pass, not counted again.
    expect(await continueTab(7, T + 2)).toEqual({ ok: true, url: URL_A });
    // Once the pass has run out, nothing to go to.
    expect(await continueTab(7, T + PASS_MS + 1)).toEqual({ ok: false });
    const counts = (await fakeBrowser.storage.local.get('counts:normal'))['counts:normal'] as {
      days: Record<string, Record<string, number>>;
    };
    expect(Object.values(counts.days)).toEqual([{ continued: 1 }]);
  });

  it('a worker stopped after it made the pass, before it answered: asking again goes there', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    const area = fakeBrowser.storage.session;
    const remove = area.remove.bind(area);
    // Stopped right after the held URL went, before the count and the answer.
    area.remove = async (keys) => {
      await remove(keys);
      throw new Error('stopped');
    };
    await expect(continueTab(7, T)).rejects.toThrow('stopped');
    area.remove = remove;
    expect(await continueTab(7, T + 1)).toEqual({ ok: true, url: URL_A });
    expect(await continueTab(8, T + 1)).toEqual({ ok: false });
  });

  it('the background answers that it kept the URL (the page sends it again until it hears so)', async () => {
    await setStrictness('gentle');
    expect(await onMessage({ type: 'keerpunt:hold', url: URL_A }, { tab: { id: 7 } })).toBe(true);
    expect(await held(7)).toMatchObject({ available: true });
    // Strict: nothing to keep, and it says so all the same (nothing for the page to wait for).
    await setStrictness('strict');
    expect(await onMessage({ type: 'keerpunt:hold', url: URL_A }, { tab: { id: 8 } })).toBe(true);
    expect(onMessage({ type: 'keerpunt:hold', url: URL_A }, {})).toBeUndefined();
  });

  it('is refused when the person switched to strict meanwhile', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    await setStrictness('strict');
    expect(await continueTab(7, T + 1)).toEqual({ ok: false });
  });

  it('forgets a closed tab', async () => {
    await setStrictness('gentle');
    await hold(7, URL_A, T);
    await continueTab(7, T);
    await hold(7, URL_A, T);
    await forgetTab(7);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });
});
