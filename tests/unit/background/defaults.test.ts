import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lists } from 'virtual:keerpunt-shipped-lists';
import { setInstallDefaults } from '../../../entrypoints/background/defaults';
import { addPersonalTerm, loadRules } from '../../../utils/rules';
import { installWebLocks } from '../helpers/web-locks';

function uiLanguage(language: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
}

beforeAll(installWebLocks);
beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('setInstallDefaults', () => {
  it('starts from the shipped registry this test expects', () => {
    expect(lists.map((l) => [l.id, l.language, l.default])).toEqual([
      ['nl-starter', 'nl', true],
      ['en-starter', 'en', true],
      ['fr-starter', 'fr', true],
    ]);
  });

  it.each([
    ['nl', ['fr-starter']],
    ['nl-BE', ['fr-starter']],
    ['nl_NL', ['fr-starter']],
    ['fr', ['nl-starter']],
    ['fr-BE', ['nl-starter']],
    ['en', ['nl-starter', 'fr-starter']],
    ['en-GB', ['nl-starter', 'fr-starter']],
    ['de-DE', ['nl-starter', 'fr-starter']],
    ['', ['nl-starter', 'fr-starter']],
  ])('browser in %s: switches %j off, the own language and English stay on', async (ui, off) => {
    uiLanguage(ui);
    await setInstallDefaults();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      guard: { v: 1, personal: [], off, sites: [] },
    });
  });

  it.each([
    ['a guard with rules', { v: 1, personal: 'AAAAAQ==', off: [], sites: [] }],
    ['a guard with everything on', { v: 1, personal: '', off: [], sites: [] }],
    ['a damaged guard', 'zebra'],
  ])('leaves %s untouched', async (_name, guard) => {
    uiLanguage('nl');
    await fakeBrowser.storage.local.set({ guard });
    await setInstallDefaults();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ guard });
  });

  it('leaves the other stored records alone', async () => {
    uiLanguage('nl');
    const settings = { v: 1, region: 'NL', language: 'nl' };
    await fakeBrowser.storage.local.set({ settings });
    await setInstallDefaults();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(settings);
  });

  it('and a rules change made in the same moment: neither is lost, whichever goes first', async () => {
    uiLanguage('nl');
    // The defaults first, their read answered late (as a busy browser may): what it read is
    // stale by the time it is answered unless the change waits for the defaults' write.
    const get = fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(async (keys) => {
      const answer = await get(keys);
      await new Promise((resolve) => setTimeout(resolve, 20));
      return answer;
    });
    const [, added] = await Promise.all([setInstallDefaults(), addPersonalTerm('zebra')]);
    expect(added).toEqual({ ok: true });
    let rules = await loadRules();
    expect(rules.personal.entries).toHaveLength(1);
    expect(rules.guard.personal).toHaveLength(1);
    expect(rules.guard.off).toEqual(['fr-starter']);

    // The change first: the defaults see a stored guard and leave it (as after an import).
    fakeBrowser.reset();
    uiLanguage('nl');
    const [added2] = await Promise.all([addPersonalTerm('zebra'), setInstallDefaults()]);
    expect(added2).toEqual({ ok: true });
    rules = await loadRules();
    expect(rules.personal.entries).toHaveLength(1);
    expect(rules.guard.personal).toHaveLength(1);
    expect(rules.guard.off).toEqual([]);
  });
});
