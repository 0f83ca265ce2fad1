import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lists } from 'virtual:keerpunt-shipped-lists';
import { setInstallDefaults } from '../../../entrypoints/background/defaults';

function uiLanguage(language: string): void {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(language);
}

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
});
