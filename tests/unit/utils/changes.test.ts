import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CustomSite } from '../../../lib/search/custom-site';
import { parseSettings, type Settings } from '../../../lib/settings/settings';
import {
  addSite,
  addTerm,
  applyDue,
  cancelChange,
  loadPending,
  removePin,
  removeSite,
  removeTerm,
  removeTermByText,
  setActive,
  setCoolingOff,
  setList,
  setPin,
  setStrictness,
} from '../../../utils/changes';
import { addCustomSite, addPersonalTerm, loadRules } from '../../../utils/rules';
import { installWebLocks } from '../helpers/web-locks';

const T = 1_800_000_000_000;
const HOUR = 3_600_000;
const SITE: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
const PIN = { salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAA', iterations: 100_000 };

async function settings(): Promise<Settings> {
  return parseSettings((await fakeBrowser.storage.local.get('settings')).settings);
}
async function withCoolingOff(coolingOff: Settings['coolingOff'], more: Partial<Settings> = {}) {
  await fakeBrowser.storage.local.set({ settings: { v: 2, coolingOff, ...more } });
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());

describe('with no cooling-off (the default) everything applies at once, as before', () => {
  it('removing a term, a list, a site; strictness; switching off; removing the PIN', async () => {
    await addPersonalTerm('zebra');
    await addCustomSite(SITE);
    await fakeBrowser.storage.local.set({ settings: { v: 2, pin: PIN } });
    const [entry] = (await loadRules()).personal.entries;
    expect(await removeTerm(entry!.id, T)).toEqual({ outcome: 'applied' });
    expect(await setList('nl-starter', false, T)).toEqual({ outcome: 'applied' });
    expect(await removeSite(SITE.host, T)).toEqual({ outcome: 'applied' });
    expect(await setStrictness('gentle', T)).toEqual({ outcome: 'applied' });
    expect(await setActive(false, T)).toEqual({ outcome: 'applied' });
    expect(await removePin(T)).toEqual({ outcome: 'applied' });
    const rules = await loadRules();
    expect(rules.personal.entries).toEqual([]);
    expect(rules.guard.off).toEqual(['nl-starter']);
    expect(rules.guard.sites).toEqual([]);
    expect(await settings()).toMatchObject({ strictness: 'gentle', active: false, pin: null });
    expect((await loadPending()).changes).toEqual([]);
  });
});

describe('with cooling-off, weakening waits', () => {
  it('a removed term stays (and keeps catching) until its time; only its id waits', async () => {
    await withCoolingOff('1h');
    await addPersonalTerm('zebragiraffe');
    const before = await loadRules();
    const out = await removeTermByText('ZebraGiraffe', T);
    expect(out).toMatchObject({ outcome: 'pending', applyAt: T + HOUR });
    expect((await loadRules()).guard).toEqual(before.guard);
    const pending = await loadPending();
    expect(pending.changes).toEqual([
      expect.objectContaining({ kind: 'remove-term', target: before.personal.entries[0]!.id }),
    ]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get('pending'))).not.toMatch(/zebra/i);

    expect(await applyDue(T + HOUR - 1)).toEqual([]);
    expect((await loadRules()).personal.entries).toHaveLength(1);
    expect(await applyDue(T + HOUR)).toHaveLength(1);
    expect((await loadRules()).personal.entries).toEqual([]);
    expect((await loadRules()).guard.personal).toEqual([]);
    expect((await loadPending()).changes).toEqual([]);
  });

  it('typing a term again that is not there says so', async () => {
    expect(await removeTermByText('nothing', T)).toBeNull();
  });

  it('adding a term that waits for removal keeps it', async () => {
    await withCoolingOff('24h');
    await addPersonalTerm('zebra');
    await removeTermByText('zebra', T);
    expect(await addTerm('zebra', T + 1)).toEqual({ ok: true, kept: true });
    expect((await loadPending()).changes).toEqual([]);
    expect(await addTerm('zebra', T + 2)).toEqual({ ok: false, reason: 'already in your list' });
  });

  it('a list switched off waits; switched on again, the wait is cancelled', async () => {
    await withCoolingOff('24h');
    expect(await setList('nl-starter', false, T)).toMatchObject({ outcome: 'pending' });
    expect((await loadRules()).guard.off).toEqual([]);
    expect(await setList('nl-starter', true, T + 5)).toEqual({ outcome: 'unchanged' });
    expect((await loadPending()).changes).toEqual([]);
    expect(await applyDue(T + 25 * HOUR)).toEqual([]);
    expect((await loadRules()).guard.off).toEqual([]);
  });

  it('a removed site stays, and its access, until its time', async () => {
    await withCoolingOff('1h');
    await addCustomSite(SITE);
    expect(await removeSite(SITE.host, T)).toMatchObject({ outcome: 'pending' });
    expect((await loadRules()).guard.sites).toEqual([SITE]);
    expect(await addSite(SITE, T + 1)).toEqual({ outcome: 'applied' });
    expect((await loadPending()).changes).toEqual([]);
    await removeSite(SITE.host, T + 2);
    await applyDue(T + 2 + HOUR);
    expect((await loadRules()).guard.sites).toEqual([]);
  });

  it('strictness: lower waits, higher applies at once and cancels the wait', async () => {
    await withCoolingOff('1h', { strictness: 'pause' });
    expect(await setStrictness('gentle', T)).toMatchObject({ outcome: 'pending' });
    expect((await settings()).strictness).toBe('pause');
    expect(await setStrictness('strict', T + 1)).toEqual({ outcome: 'applied' });
    expect((await settings()).strictness).toBe('strict');
    expect((await loadPending()).changes).toEqual([]);
  });

  it('shortening the period waits the current one; lengthening applies at once', async () => {
    await withCoolingOff('24h');
    expect(await setCoolingOff('1h', T)).toMatchObject({
      outcome: 'pending',
      applyAt: T + 24 * HOUR,
    });
    expect(await setCoolingOff('72h', T + 1)).toEqual({ outcome: 'applied' });
    expect((await settings()).coolingOff).toBe('72h');
    expect((await loadPending()).changes).toEqual([]);
  });

  it('switching off waits; switching on cancels', async () => {
    await withCoolingOff('1h');
    expect(await setActive(false, T)).toMatchObject({ outcome: 'pending' });
    expect((await settings()).active).toBe(true);
    expect(await setActive(true, T + 1)).toEqual({ outcome: 'unchanged' });
    expect((await loadPending()).changes).toEqual([]);
  });

  it('removing the PIN waits; setting one applies at once', async () => {
    await withCoolingOff('1h');
    expect(await setPin(PIN, T)).toEqual({ outcome: 'applied' });
    expect(await removePin(T + 1)).toMatchObject({ outcome: 'pending' });
    expect((await settings()).pin).toEqual(PIN);
    await applyDue(T + 1 + HOUR);
    expect((await settings()).pin).toBeNull();
  });

  it('cancel removes a waiting change by its id', async () => {
    await withCoolingOff('1h');
    const out = await setActive(false, T);
    await setStrictness('gentle', T);
    await cancelChange(out.outcome === 'pending' ? out.id : '');
    expect((await loadPending()).changes.map((c) => c.kind)).toEqual(['strictness']);
    await applyDue(T + HOUR);
    expect(await settings()).toMatchObject({ active: true, strictness: 'gentle' });
  });

  it('a clock set back re-anchors and stores the waiting changes', async () => {
    await withCoolingOff('1h');
    await setActive(false, T);
    expect(await applyDue(T - 24 * HOUR)).toEqual([]);
    expect((await loadPending()).changes[0]).toMatchObject({
      requestedAt: T - 24 * HOUR,
      applyAt: T - 23 * HOUR,
    });
    expect(await applyDue(T - 23 * HOUR)).toHaveLength(1);
    expect((await settings()).active).toBe(false);
  });

  it('damaged stored changes are never applied', async () => {
    await fakeBrowser.storage.local.set({
      pending: { v: 1, changes: [{ id: 'x', kind: 'switch-off', requestedAt: T, applyAt: T - 1 }] },
    });
    expect(await applyDue(T + 100 * HOUR)).toEqual([]);
    expect((await settings()).active).toBe(true);
  });
});
