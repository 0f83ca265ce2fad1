import { describe, expect, it } from 'vitest';
import {
  REGION_IDS,
  REGION_NAMES,
  regionFromLanguage,
  resolveRegion,
} from '../../../lib/help/regions';
import { LANGUAGES, parseSettings } from '../../../lib/settings/settings';

describe('regionFromLanguage', () => {
  it.each([
    ['nl', 'NL'],
    ['nl-NL', 'NL'],
    ['nl_NL', 'NL'],
    ['fy-NL', 'NL'],
    ['nl-BE', 'BE-VL'],
    ['NL-be', 'BE-VL'],
    ['fr-BE', 'BE-FR'],
    ['fr', 'BE-FR'],
    ['de-BE', 'OTHER'],
    ['en-BE', 'OTHER'],
    ['fr-FR', 'OTHER'],
    ['fr-CA', 'OTHER'],
    ['nl-SR', 'OTHER'],
    ['en-GB', 'GB'],
    ['en-IE', 'GB'],
    ['ga-IE', 'GB'],
    ['cy-GB', 'GB'],
    ['en-US', 'US'],
    ['es-US', 'US'],
    ['en', 'OTHER'],
    ['en-AU', 'OTHER'],
    ['de', 'OTHER'],
    ['de-DE', 'OTHER'],
    ['es-419', 'OTHER'],
    ['zh-Hant-TW', 'OTHER'],
    ['sr-Latn-NL', 'NL'],
    ['', 'OTHER'],
    ['  ', 'OTHER'],
  ])('%j → %s', (tag, region) => {
    expect(regionFromLanguage(tag)).toBe(region);
  });
});

describe('resolveRegion', () => {
  it('keeps a chosen region whatever the browser language', () => {
    expect(resolveRegion('BE-VL', 'en-US')).toBe('BE-VL');
  });

  it('derives the region from the browser language when set to auto', () => {
    expect(resolveRegion('auto', 'nl-BE')).toBe('BE-VL');
  });

  it('treats an unknown stored region as auto', () => {
    expect(resolveRegion('DE', 'en-GB')).toBe('GB');
  });
});

describe('region ids', () => {
  it('are exactly the reach wire-format ids', () => {
    expect(REGION_IDS).toEqual(['NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER']);
  });

  it('all survive the settings validation', () => {
    for (const id of REGION_IDS) expect(parseSettings({ region: id }).region).toBe(id);
  });

  it.each(REGION_IDS)('%s has a non-empty name in every language', (id) => {
    for (const lang of LANGUAGES) expect(REGION_NAMES[id][lang].trim()).not.toBe('');
  });
});
