import { describe, expect, it } from 'vitest';
import { MAX_CUSTOM_SITES, type CustomSite } from '../../../lib/search/custom-site';
import {
  EMPTY_GUARD,
  MAX_PERSONAL_BYTES,
  MAX_PERSONAL_SETS,
  parseGuard,
  type GuardRecord,
} from '../../../lib/settings/guard';

const SITE: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
const OTHER: CustomSite = { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } };
const GOOD: GuardRecord = {
  v: 1,
  personal: ['AAAAAQ=='],
  off: ['fr-starter', 'zebra_list'],
  sites: [SITE, OTHER],
};

describe('parseGuard', () => {
  it('keeps a good record as it is', () => {
    expect(parseGuard(structuredClone(GOOD))).toEqual(GOOD);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'zebra'],
    ['an empty object', {}],
  ])('gives the empty record for %s', (_name, raw) => {
    expect(parseGuard(raw)).toEqual(EMPTY_GUARD);
  });

  it('does not hand out the shared empty record', () => {
    parseGuard(null).off.push('zebra');
    expect(EMPTY_GUARD.off).toEqual([]);
  });

  it.each([
    ['personal that is not base64', { personal: 'zebra!' }],
    ['personal with a bad length', { personal: 'AAAAA' }],
    ['personal that is a number', { personal: 42 }],
    ['personal that is too large', { personal: 'A'.repeat(MAX_PERSONAL_BYTES + 4) }],
    ['personal sets that are not base64', { personal: ['zebra!', 7, null, ''] }],
  ])('empties %s and keeps the rest', (_name, bad) => {
    expect(parseGuard({ ...GOOD, ...bad })).toEqual({ ...GOOD, personal: [] });
  });

  it('keeps personal rules right at the size cap', () => {
    const personal = 'A'.repeat(MAX_PERSONAL_BYTES);
    expect(parseGuard({ ...GOOD, personal }).personal).toEqual([personal]);
  });

  it('reads the single set of an older record as a list of one (migration)', () => {
    expect(parseGuard({ ...GOOD, personal: 'AAAAAQ==' })).toEqual(GOOD);
    expect(parseGuard({ ...GOOD, personal: '' })).toEqual({ ...GOOD, personal: [] });
  });

  it('keeps every good set of several, one per key, and drops the damaged ones', () => {
    const personal = ['AAAAAQ==', 'zebra!', 'AAAAAg==', 42];
    expect(parseGuard({ ...GOOD, personal }).personal).toEqual(['AAAAAQ==', 'AAAAAg==']);
  });

  it(`keeps at most ${MAX_PERSONAL_SETS} sets and ${MAX_PERSONAL_BYTES} characters in all`, () => {
    const many = Array.from({ length: MAX_PERSONAL_SETS + 3 }, () => 'AAAAAQ==');
    expect(parseGuard({ ...GOOD, personal: many }).personal).toHaveLength(MAX_PERSONAL_SETS);
    const half = 'A'.repeat(MAX_PERSONAL_BYTES / 2);
    const sets = [half, half, 'AAAAAQ=='];
    expect(parseGuard({ ...GOOD, personal: sets }).personal).toEqual([half, half]);
  });

  it.each([
    ['off that is a string', 'fr-starter', []],
    ['off that is an object', { 'fr-starter': true }, []],
    ['an id with a space', ['fr-starter', 'zebra list'], ['fr-starter']],
    ['an id with a slash', ['../zebra', 'en-starter'], ['en-starter']],
    ['an empty id', ['', 'en-starter'], ['en-starter']],
    ['an id of 65 characters', ['z'.repeat(65), 'en-starter'], ['en-starter']],
    ['an id that is a number', [7, 'en-starter'], ['en-starter']],
    ['an id that is null', [null, 'en-starter'], ['en-starter']],
  ])('drops %s and keeps the good ids', (_name, off, kept) => {
    expect(parseGuard({ ...GOOD, off })).toEqual({ ...GOOD, off: kept });
  });

  it.each([
    ['sites that is an object', { zoek: SITE }, []],
    ['a site without a host', [{ ...SITE, host: undefined }, OTHER], [OTHER]],
    ['a site with a bad host', [SITE, { ...OTHER, host: 'tube example' }], [SITE]],
    ['a site with a bad path', [{ ...SITE, path: 'find' }, OTHER], [OTHER]],
    ['a site with a bad spot', [SITE, { ...OTHER, spot: { segment: 0 } }], [SITE]],
    ['a site that is a string', ['zoek.example.nl', OTHER], [OTHER]],
    ['a site that is null', [SITE, null], [SITE]],
  ])('drops %s and keeps the good sites', (_name, sites, kept) => {
    expect(parseGuard({ ...GOOD, sites })).toEqual({ ...GOOD, sites: kept });
  });

  it(`keeps at most ${MAX_CUSTOM_SITES} sites`, () => {
    const sites = Array.from({ length: MAX_CUSTOM_SITES + 10 }, (_, i) => ({
      ...SITE,
      host: `zoek${i}.example.nl`,
    }));
    const parsed = parseGuard({ ...GOOD, sites });
    expect(parsed.sites).toHaveLength(MAX_CUSTOM_SITES);
    expect(parsed.sites[0]!.host).toBe('zoek0.example.nl');
    expect(parsed.sites.at(-1)!.host).toBe(`zoek${MAX_CUSTOM_SITES - 1}.example.nl`);
  });

  it(`counts only good sites towards the ${MAX_CUSTOM_SITES}`, () => {
    const sites = [
      ...Array.from({ length: 5 }, () => ({ host: 'bad host' })),
      ...Array.from({ length: MAX_CUSTOM_SITES }, (_, i) => ({
        ...SITE,
        host: `zoek${i}.example.nl`,
      })),
    ];
    expect(parseGuard({ ...GOOD, sites }).sites).toHaveLength(MAX_CUSTOM_SITES);
  });

  it('keeps every good field when all others are damaged', () => {
    expect(parseGuard({ v: 7, personal: 'zebra!', off: ['en-starter'], sites: 'zebra' })).toEqual({
      v: 1,
      personal: [],
      off: ['en-starter'],
      sites: [],
    });
  });
});
