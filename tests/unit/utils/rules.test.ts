import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { load, Matcher } from '../../../lib/matching';
import type { CustomSite } from '../../../lib/search/custom-site';
import { parseGuard, type GuardRecord } from '../../../lib/settings/guard';
import { parsePersonalRecord, type PersonalRecord } from '../../../lib/settings/personal';
import { fromBase64 } from '../../../lib/util/base64';
import {
  addCustomSite,
  addPersonalTerm,
  loadRules,
  removeCustomSite,
  removePersonalEntry,
  removePersonalText,
  setListOn,
} from '../../../utils/rules';
import { installWebLocks } from '../helpers/web-locks';

const SITE: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
const OTHER: CustomSite = { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } };

async function stored(): Promise<{ personal: PersonalRecord; guard: GuardRecord }> {
  const raw = await fakeBrowser.storage.local.get(['personal', 'guard']);
  return { personal: raw.personal as PersonalRecord, guard: raw.guard as GuardRecord };
}

/** The guard's compiled personal sets, as a search page would load them. */
async function guardMatches(query: string): Promise<boolean> {
  const { guard } = await stored();
  return new Matcher(guard.personal.map((set) => load(fromBase64(set)))).match(query).match;
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());

describe('personal terms in storage', () => {
  it('adding writes the personal record and a guard whose compiled set matches', async () => {
    expect(await addPersonalTerm('zebra')).toEqual({ ok: true });
    const { personal, guard } = await stored();
    expect(parsePersonalRecord(personal)?.entries).toHaveLength(1);
    expect(parseGuard(guard)).toEqual(guard);
    expect(guard.personal).not.toBe('');
    expect(await guardMatches('a Zébra at dawn')).toBe(true);
    expect(await guardMatches('giraffe')).toBe(false);
  });

  it('stores the term nowhere as text', async () => {
    await addPersonalTerm('zebragiraffe');
    const all = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(all).not.toContain('zebragiraffe');
    expect(all).not.toContain(btoa('zebragiraffe').slice(0, 12));
  });

  it('keeps one key across additions', async () => {
    await addPersonalTerm('zebra');
    const { personal: first } = await stored();
    await addPersonalTerm('giraffe');
    const { personal: second } = await stored();
    expect(second.key).toBe(first.key);
    expect(second.entries).toHaveLength(2);
  });

  it('refuses a duplicate with a reason and leaves storage as it was', async () => {
    await addPersonalTerm('zebra');
    const before = await stored();
    expect(await addPersonalTerm('ZEBRA')).toEqual({ ok: false, reason: 'already in your list' });
    expect(await stored()).toEqual(before);
  });

  it('refuses a comment with a reason', async () => {
    expect(await addPersonalTerm('# zebra')).toEqual({
      ok: false,
      reason: 'a line starting with # or ! is a comment or header in the list format',
    });
  });

  it('removing by entry updates both records', async () => {
    await addPersonalTerm('zebra');
    await addPersonalTerm('giraffe');
    const id = (await stored()).personal.entries[0]!.id;
    await removePersonalEntry(id);
    const { personal } = await stored();
    expect(personal.entries.map((e) => e.id)).not.toContain(id);
    expect(personal.entries).toHaveLength(1);
    expect(await guardMatches('zebra')).toBe(false);
    expect(await guardMatches('giraffe')).toBe(true);
  });

  it('removing by retyping updates both records', async () => {
    await addPersonalTerm('zebra');
    expect(await removePersonalText('Zébra')).toBe(true);
    const { personal, guard } = await stored();
    expect(personal.entries).toEqual([]);
    expect(guard.personal).toEqual([]);
    expect(await removePersonalText('zebra')).toBe(false);
  });

  it('concurrent additions from two tabs are all kept', async () => {
    const words = ['zebra', 'giraffe', 'tulip', 'meadow', 'lantern', 'pebble'];
    const results = await Promise.all(words.map((w) => addPersonalTerm(w)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect((await stored()).personal.entries).toHaveLength(words.length);
    for (const w of words) expect(await guardMatches(w)).toBe(true);
  });

  it('heals a damaged compiled set on the next change', async () => {
    await addPersonalTerm('zebra');
    const { guard } = await stored();
    await fakeBrowser.storage.local.set({ guard: { ...guard, personal: 'zebra!' } });
    await addPersonalTerm('giraffe');
    expect(await guardMatches('zebra')).toBe(true);
    expect(await guardMatches('giraffe')).toBe(true);
  });

  it('starts a new record when the stored one has a damaged key', async () => {
    await fakeBrowser.storage.local.set({ personal: { v: 1, key: 'zebra', entries: [] } });
    expect(await addPersonalTerm('zebra')).toEqual({ ok: true });
    expect(fromBase64((await stored()).personal.key)).toHaveLength(16);
    expect(await guardMatches('zebra')).toBe(true);
  });
});

describe('lists and sites in the guard', () => {
  it('switches a list off and on again, once', async () => {
    await setListOn('fr-starter', false);
    await setListOn('fr-starter', false);
    await setListOn('nl-starter', false);
    expect((await stored()).guard.off).toEqual(['fr-starter', 'nl-starter']);
    await setListOn('fr-starter', true);
    expect((await stored()).guard.off).toEqual(['nl-starter']);
  });

  it('keeps personal rules when a list is switched', async () => {
    await addPersonalTerm('zebra');
    await setListOn('en-starter', false);
    expect(await guardMatches('zebra')).toBe(true);
    expect((await stored()).personal.entries).toHaveLength(1);
  });

  it('adds, replaces and removes own sites by host', async () => {
    await addCustomSite(SITE);
    await addCustomSite(OTHER);
    expect((await stored()).guard.sites).toEqual([SITE, OTHER]);
    const moved: CustomSite = { ...SITE, path: '/zoeken' };
    await addCustomSite(moved);
    expect((await stored()).guard.sites).toEqual([OTHER, moved]);
    await removeCustomSite(OTHER.host);
    expect((await stored()).guard.sites).toEqual([moved]);
    await removeCustomSite('unknown.example.nl');
    expect((await stored()).guard.sites).toEqual([moved]);
  });

  it('loads empty rules from empty storage', async () => {
    const rules = await loadRules();
    expect(rules.personal.entries).toEqual([]);
    expect(rules.guard).toEqual({ v: 1, personal: [], off: [], sites: [] });
  });
});
