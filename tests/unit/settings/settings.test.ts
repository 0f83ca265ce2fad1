import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  parseSettings,
  pickLanguage,
  type Settings,
} from '../../../lib/settings/settings';

const GOOD: Settings = { v: 1, region: 'BE-VL', language: 'fr', strictness: 'pause' };

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
