import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { updateBadge } from '../../../entrypoints/background/badge';
import { FORGET_AGAIN_MS, forgetUrl } from '../../../entrypoints/background/history';
import { onMessage } from '../../../entrypoints/background/messages';
import { matchPatterns } from '../../../lib/search/match-patterns';
import { SITES } from '../../../lib/search/registry';
import { gatherCoverageFacts } from '../../../utils/coverage';

const URL_A = 'https://www.example.org/search?q=zebra';

type Fakeable = Record<string, unknown>;
let incognito = true;
let origins: string[] = matchPatterns();
let optional: string[] = [];
const deleted: string[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  incognito = true;
  origins = matchPatterns();
  optional = [];
  deleted.length = 0;
  (fakeBrowser.extension as unknown as Fakeable).isAllowedIncognitoAccess = async () => incognito;
  Object.assign(fakeBrowser.permissions as unknown as Fakeable, {
    getAll: async () => ({ origins, permissions: ['storage', ...optional] }),
    contains: async (p: { permissions?: string[]; origins?: string[] }) =>
      (p.permissions ?? []).every((x) => optional.includes(x)) &&
      (p.origins ?? []).every((x) => origins.includes(x)),
  });
  (fakeBrowser.history as unknown as Fakeable).deleteUrl = async ({ url }: { url: string }) => {
    deleted.push(url);
  };
});
afterEach(() => vi.useRealTimers());

describe('coverage facts and the badge', () => {
  it('all fine: no badge', async () => {
    await updateBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('private windows not allowed: "!" and no count', async () => {
    incognito = false;
    expect((await gatherCoverageFacts()).privateWindows).toBe(false);
    await updateBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it("a known site's access removed: that site lacks access", async () => {
    const bing = SITES.find((s) => s.id === 'bing')!;
    origins = origins.filter((p) => !bing.hosts.some((h) => p === `*://${h}/*`));
    expect((await gatherCoverageFacts()).sitesWithoutAccess).toEqual([bing.name]);
    await updateBadge();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('!');
  });

  it('an own site without access, a waiting change, protection off', async () => {
    await fakeBrowser.storage.local.set({
      guard: {
        v: 1,
        personal: [],
        off: [],
        sites: [{ host: 'search.example.org', path: '/find', spot: { param: 'q' } }],
      },
      pending: { v: 1, changes: [{ id: 'x', kind: 'switch-off', applyAt: 42 }] },
      settings: { v: 2, active: false },
    });
    const facts = await gatherCoverageFacts();
    expect(facts.ownSitesWithoutAccess).toEqual(['search.example.org']);
    expect(facts.pending).toEqual({ count: 1, earliest: 42 });
    expect(facts.active).toBe(false);
  });
});

describe('removing a caught search from the history', () => {
  const on = () => fakeBrowser.storage.local.set({ settings: { v: 2, removeFromHistory: true } });

  it('does nothing while the setting is off', async () => {
    optional = ['history'];
    expect(await forgetUrl(URL_A)).toBe(false);
    // Done all the same: the page, which sends it until it hears so, need not wait.
    expect(await onMessage({ type: 'keerpunt:forget-url', url: URL_A }, { tab: { id: 3 } })).toBe(
      true,
    );
    expect(deleted).toEqual([]);
  });

  it('does nothing without the permission (taken away after it was turned on)', async () => {
    await on();
    expect(await forgetUrl(URL_A)).toBe(false);
    expect(deleted).toEqual([]);
  });

  it('deletes the URL at once and once more a moment later, and stores nothing', async () => {
    vi.useFakeTimers();
    await on();
    optional = ['history'];
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(await onMessage({ type: 'keerpunt:forget-url', url: URL_A }, { tab: { id: 3 } })).toBe(
      true,
    );
    expect(deleted).toEqual([URL_A]);
    await vi.advanceTimersByTimeAsync(FORGET_AGAIN_MS);
    expect(deleted).toEqual([URL_A, URL_A]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('zebra');
  });

  it('refuses anything but a web address', async () => {
    await on();
    optional = ['history'];
    expect(await forgetUrl('chrome://settings')).toBe(false);
    expect(onMessage({ type: 'keerpunt:forget-url' }, {})).toBeUndefined();
    expect(deleted).toEqual([]);
  });
});
