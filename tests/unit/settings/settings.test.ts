import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_SETTINGS,
  guardSettings,
  parseSettings,
  readSettings,
  pickLanguage,
  type Settings,
} from '../../../lib/settings/settings';

const GOOD: Settings = {
  v: 2,
  region: 'BE-VL',
  language: 'fr',
  strictness: 'pause',
  coolingOff: '24h',
  pin: { salt: 'c2FsdHNhbHQ=', hash: 'aGFzaGhhc2g=', iterations: 100_000 },
  removeFromHistory: true,
  reach: { enabled: true, campaign: 'spring-2027', endpoint: 'https://reach.example.org' },
  onboarded: true,
  active: false,
};

describe('parseSettings', () => {
  it.each(['strict', 'pause', 'gentle'] as const)('keeps strictness %s', (strictness) => {
    expect(parseSettings({ ...GOOD, strictness }).strictness).toBe(strictness);
  });

  it.each([['loose'], [''], [null], [1], ['STRICT']])(
    'falls back to strict for strictness %j and keeps the rest',
    (strictness) => {
      expect(parseSettings({ ...GOOD, strictness })).toEqual({ ...GOOD, strictness: 'strict' });
    },
  );

  it('is strict by default', () => {
    expect(DEFAULT_SETTINGS.strictness).toBe('strict');
  });

  it('keeps good settings as they are', () => {
    expect(parseSettings({ ...GOOD })).toEqual(GOOD);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'zebra'],
    ['a number', 7],
    ['an empty object', {}],
  ])('gives the defaults for %s', (_name, raw) => {
    expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it.each([
    ['a lowercase region', { region: 'nl' }],
    ['a region of three letters', { region: 'NLD' }],
    ['a region with a bad subdivision', { region: 'BE-VLG' }],
    ['a region that is a number', { region: 31 }],
    ['a region that is null', { region: null }],
    ['an empty region', { region: '' }],
    ['a region with a script in it', { region: '<b>NL</b>' }],
  ])('falls back for %s and keeps the language', (_name, bad) => {
    expect(parseSettings({ ...GOOD, ...bad })).toEqual({ ...GOOD, region: 'auto' });
  });

  it.each([
    ['an unknown language', { language: 'de' }],
    ['an uppercase language', { language: 'NL' }],
    ['a language with a region', { language: 'nl-BE' }],
    ['a language that is a number', { language: 1 }],
    ['a language that is an array', { language: ['nl'] }],
  ])('falls back for %s and keeps the region', (_name, bad) => {
    expect(parseSettings({ ...GOOD, ...bad })).toEqual({ ...GOOD, language: 'auto' });
  });

  it.each(['auto', 'NL', 'BE-FR', 'GB', 'US', 'OTHER'])('accepts the region %s', (region) => {
    expect(parseSettings({ region }).region).toBe(region);
  });

  it.each(['auto', 'nl', 'en', 'fr'] as const)('accepts the language %s', (language) => {
    expect(parseSettings({ language }).language).toBe(language);
  });

  it('ignores unknown fields and a wrong version', () => {
    expect(parseSettings({ ...GOOD, v: 99, zebra: true })).toEqual(GOOD);
  });

  it('does not hand out the shared defaults object', () => {
    const parsed = parseSettings(null);
    parsed.region = 'NL';
    expect(DEFAULT_SETTINGS.region).toBe('auto');
  });
});

describe('pickLanguage', () => {
  it.each([
    ['nl', 'en-US', 'nl'],
    ['fr', 'nl-NL', 'fr'],
    ['en', 'fr', 'en'],
    ['auto', 'nl', 'nl'],
    ['auto', 'nl-BE', 'nl'],
    ['auto', 'nl_BE', 'nl'],
    ['auto', 'NL-be', 'nl'],
    ['auto', 'fr-BE', 'fr'],
    ['auto', 'fr-CA', 'fr'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'de-DE', 'en'],
    ['auto', 'es', 'en'],
    ['auto', '', 'en'],
  ] as const)('setting %s with browser %s → %s', (setting, browserLanguage, expected) => {
    expect(pickLanguage(setting, browserLanguage)).toBe(expected);
  });
});

describe('readSettings: versions and notices', () => {
  it('migrates version 1: keeps its fields, adds the new ones with their defaults', () => {
    const read = readSettings({ v: 1, region: 'NL', language: 'nl', strictness: 'gentle' });
    expect(read.migrated).toBe(true);
    expect(read.reset).toEqual([]);
    expect(read.settings).toEqual({
      ...DEFAULT_SETTINGS,
      region: 'NL',
      language: 'nl',
      strictness: 'gentle',
    });
  });

  it('reads a value with no version as version 1', () => {
    expect(readSettings({ region: 'GB' })).toMatchObject({
      migrated: true,
      settings: { v: 2, region: 'GB', coolingOff: 'none' },
    });
  });

  it('names each damaged field that fell back, and keeps the rest', () => {
    const read = readSettings({
      ...GOOD,
      coolingOff: '5m',
      pin: { salt: 'x', hash: 'not base64!', iterations: 1 },
      reach: { enabled: 'yes', campaign: '' },
      active: 'no',
    });
    expect(read.reset.sort()).toEqual(['active', 'coolingOff', 'pin', 'reach']);
    expect(read.settings).toEqual({
      ...GOOD,
      coolingOff: 'none',
      pin: null,
      reach: { enabled: false, campaign: '', endpoint: '' },
      active: true,
    });
    expect(read.migrated).toBe(false);
  });

  it.each([['zebra'], [7], [[1, 2]]])('a stored %j is reset whole, with a notice', (raw) => {
    expect(readSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS, reset: ['v'], migrated: true });
  });

  // -2e7: the step-by-step reading took ~11 s here (it would take days for -2 ** 53, a test
  // that could only hang), the fixed one no time at all.
  it.each([[0], [-1], [-2e7]])(
    'a damaged version %d reads as version 1 at once, its fields kept',
    (v) => {
      const started = Date.now();
      const read = readSettings({ ...GOOD, v });
      expect(read.settings).toEqual(GOOD);
      expect(read.migrated).toBe(true);
      expect(Date.now() - started).toBeLessThan(1_000);
    },
  );

  it('nothing stored: the defaults, no notice', () => {
    expect(readSettings(undefined)).toEqual({
      settings: DEFAULT_SETTINGS,
      reset: [],
      migrated: true,
    });
  });

  it.each([
    ['a campaign with spaces', { reach: { enabled: true, campaign: 'spring 2027' } }],
    ['a campaign too long', { reach: { enabled: true, campaign: 'a'.repeat(33) } }],
    [
      'an endpoint over plain http',
      { reach: { enabled: true, campaign: '', endpoint: 'http://reach.example.org' } },
    ],
    [
      'an endpoint with a query',
      { reach: { enabled: true, campaign: '', endpoint: 'https://reach.example.org/?id=1' } },
    ],
    [
      'a PIN with too few iterations',
      { pin: { salt: 'c2FsdA==', hash: 'aGFzaA==', iterations: 5 } },
    ],
  ])('refuses %s', (_name, bad) => {
    const read = readSettings({ ...GOOD, ...bad });
    expect(read.reset).toEqual(Object.keys(bad));
  });

  it('never shares the default reach object', () => {
    const a = readSettings(undefined).settings;
    a.reach.enabled = true;
    expect(DEFAULT_SETTINGS.reach.enabled).toBe(false);
  });
});

describe('reach settings written before the endpoint existed', () => {
  it('read with no endpoint set, nothing reset', () => {
    const read = readSettings({ ...GOOD, reach: { enabled: true, campaign: 'spring-2027' } });
    expect(read.reset).toEqual([]);
    expect(read.settings.reach).toEqual({ enabled: true, campaign: 'spring-2027', endpoint: '' });
  });
});

describe('guardSettings (what a search page reads)', () => {
  const project = (s: Settings) => ({
    strictness: s.strictness,
    removeFromHistory: s.removeFromHistory,
    active: s.active,
    language: s.language,
    region: s.region,
  });

  it('gives the values a search page needs, each damaged or absent one its default', () => {
    expect(
      guardSettings({
        v: 2,
        strictness: 'gentle',
        removeFromHistory: true,
        active: false,
        language: 'fr',
        region: 'BE-FR',
      }),
    ).toEqual({
      strictness: 'gentle',
      removeFromHistory: true,
      active: false,
      language: 'fr',
      region: 'BE-FR',
    });
    expect(
      guardSettings({
        strictness: 'lenient',
        removeFromHistory: 'yes',
        active: 0,
        language: 'de',
        region: 'be-vl',
      }),
    ).toEqual({
      strictness: 'strict',
      removeFromHistory: false,
      active: true,
      language: 'auto',
      region: 'auto',
    });
    for (const raw of [undefined, null, 'strict', 7, [], ['gentle']]) {
      expect(guardSettings(raw)).toEqual({
        strictness: 'strict',
        removeFromHistory: false,
        active: true,
        language: 'auto',
        region: 'auto',
      });
    }
  });

  it('answers as parseSettings does, for any stored value (property)', () => {
    const field = <T>(values: T[]) =>
      fc.option(fc.oneof(fc.constantFrom(...values), fc.anything()));
    const record = fc.record(
      {
        v: fc.oneof(fc.constantFrom(1, 2, 3), fc.anything()),
        strictness: field(['strict', 'pause', 'gentle']),
        removeFromHistory: field([true, false]),
        active: field([true, false]),
        language: field(['auto', 'nl', 'en', 'fr', 'NL']),
        region: field(['auto', 'NL', 'BE-VL', 'OTHER', 'XX', 'nl', 'BE-']),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(record, fc.anything()), (raw) => {
        expect(guardSettings(raw)).toEqual(project(parseSettings(raw)));
      }),
      { numRuns: 2000 },
    );
  });
});
