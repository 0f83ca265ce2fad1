import { describe, expect, it } from 'vitest';
import {
  detectSite,
  parseCustomSite,
  sitePattern,
  toSearchSite,
  type CustomSite,
} from '../../../lib/search/custom-site';
import { extractQuery } from '../../../lib/search/extract-query';

// Neutral placeholder words and made-up hosts: these tests are about URL shapes.

describe('detectSite finds where the word sits', () => {
  // prettier-ignore
  it.each<[string, string, string, CustomSite]>([
    ['a query parameter', 'https://zoek.example.nl/search?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/search', spot: { param: 'q' } }],
    ['a parameter among others', 'https://zoek.example.nl/find?lang=nl&term=zebra&page=2', 'zebra',
      { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } }],
    ['a parameter with + for spaces', 'https://zoek.example.nl/s?k=zebra+giraffe', 'zebra giraffe',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'k' } }],
    ['a parameter with %20 for spaces', 'https://zoek.example.nl/s?k=zebra%20giraffe', 'zebra giraffe',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'k' } }],
    ['a UTF-8 parameter', 'https://zoek.example.nl/s?query=z%C3%A9bra', 'zébra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'query' } }],
    ['a parameter in another case', 'https://zoek.example.nl/s?q=Zebra', ' zebra ',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
    ['a parameter name with brackets', 'https://zoek.example.nl/s?f[q]=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'f[q]' } }],
    ['the root path', 'https://zoek.example.nl/?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/', spot: { param: 'q' } }],
    ['a path segment', 'https://tube.example.com/search/zebra', 'zebra',
      { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } }],
    ['a path segment with +', 'https://tube.example.com/search/zebra+giraffe/', 'zebra giraffe',
      { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } }],
    ['a path segment with %20', 'https://tube.example.com/videos/search/zebra%20giraffe?page=2', 'zebra giraffe',
      { host: 'tube.example.com', path: '/videos/search/', spot: { segment: 3 } }],
    ['a UTF-8 path segment', 'https://tube.example.com/tag/z%C3%A9bra', 'zébra',
      { host: 'tube.example.com', path: '/tag/', spot: { segment: 2 } }],
    ['the first path segment', 'https://tube.example.com/zebra', 'zebra',
      { host: 'tube.example.com', path: '/', spot: { segment: 1 } }],
    ['a host with a trailing dot', 'https://zoek.example.nl./s?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
    ['an uppercase host', 'https://ZOEK.Example.NL/s?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
    ['http', 'http://zoek.example.nl/s?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
    ['a port', 'https://zoek.example.nl:8443/s?q=zebra', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
    ['spaces around the address', '  https://zoek.example.nl/s?q=zebra  ', 'zebra',
      { host: 'zoek.example.nl', path: '/s', spot: { param: 'q' } }],
  ])('in %s', (_name, example, word, site) => {
    expect(detectSite(example, word)).toEqual({ ok: true, site });
  });

  it('prefers a query parameter to a path segment holding the same word', () => {
    expect(detectSite('https://tube.example.com/zebra/find?q=zebra', 'zebra')).toEqual({
      ok: true,
      site: { host: 'tube.example.com', path: '/zebra/find', spot: { param: 'q' } },
    });
  });
});

describe('detectSite refuses', () => {
  it.each([
    ['not a URL', 'zebra giraffe', 'zebra', 'not a web address'],
    ['an empty address', '', 'zebra', 'not a web address'],
    [
      'ftp',
      'ftp://files.example.nl/zebra',
      'zebra',
      'the address must start with https:// or http://',
    ],
    ['a file', 'file:///tmp/zebra', 'zebra', 'the address must start with https:// or http://'],
    [
      'an IP address',
      'http://192.168.1.10/s?q=zebra',
      'zebra',
      'not a site name Keerpunt can cover',
    ],
    [
      'a single-label host',
      'http://localhost/s?q=zebra',
      'zebra',
      'not a site name Keerpunt can cover',
    ],
    [
      'a host in the registry',
      'https://www.google.com/search?q=zebra',
      'zebra',
      'Keerpunt already covers this site',
    ],
    [
      'a registry host with a trailing dot',
      'https://www.bing.com./search?q=zebra',
      'zebra',
      'Keerpunt already covers this site',
    ],
    ['an empty word', 'https://zoek.example.nl/s?q=zebra', '', 'say which word you searched for'],
    ['a blank word', 'https://zoek.example.nl/s?q=zebra', '   ', 'say which word you searched for'],
    [
      'a word not in the address',
      'https://zoek.example.nl/s?q=zebra',
      'giraffe',
      'the word was not found in the address',
    ],
    [
      'a word that is only part of a value',
      'https://zoek.example.nl/s?q=zebra+giraffe',
      'zebra',
      'the word was not found in the address',
    ],
    [
      'a word only in the host',
      'https://zebra.example.nl/s?q=tulip',
      'zebra',
      'the word was not found in the address',
    ],
    [
      'a word only in the fragment',
      'https://zoek.example.nl/s#zebra',
      'zebra',
      'the word was not found in the address',
    ],
  ])('%s', (_name, example, word, reason) => {
    expect(detectSite(example, word)).toEqual({ ok: false, reason });
  });
});

describe('a detected site reads the query back from another results URL', () => {
  // prettier-ignore
  it.each([
    ['https://zoek.example.nl/find?lang=nl&term=zebra', 'zebra',
      'https://zoek.example.nl/find?term=giraffe+tulip&page=3', 'giraffe tulip'],
    ['https://zoek.example.nl/find?term=zebra', 'zebra',
      'https://zoek.example.nl/find?term=g%C3%AEraffe', 'gîraffe'],
    ['https://zoek.example.nl./find?term=zebra', 'zebra',
      'https://ZOEK.example.nl/find?term=giraffe', 'giraffe'],
    ['https://tube.example.com/search/zebra', 'zebra',
      'https://tube.example.com/search/giraffe+tulip', 'giraffe tulip'],
    ['https://tube.example.com/search/zebra', 'zebra',
      'https://tube.example.com/search/giraffe%20tulip?page=2', 'giraffe tulip'],
    ['https://tube.example.com/search/zebra', 'zebra',
      'http://tube.example.com/search/z%C3%A9bra/', 'zébra'],
    ['https://tube.example.com/zebra', 'zebra',
      'https://tube.example.com/giraffe', 'giraffe'],
  ])('%s (searched %s) reads %s', (example, word, other, query) => {
    const detected = detectSite(example, word);
    if (!detected.ok) throw new Error(detected.reason);
    const site = toSearchSite(detected.site);
    expect(extractQuery(other, [site])).toEqual({ site: `custom:${detected.site.host}`, query });
  });

  it.each([
    ['another path', 'https://zoek.example.nl/about?term=giraffe'],
    ['another host', 'https://www.example.nl/find?term=giraffe'],
    ['no query', 'https://zoek.example.nl/find?lang=nl'],
  ])('and nothing from %s', (_name, other) => {
    const detected = detectSite('https://zoek.example.nl/find?term=zebra', 'zebra');
    if (!detected.ok) throw new Error(detected.reason);
    expect(extractQuery(other, [toSearchSite(detected.site)])).toBeNull();
  });

  it.each([
    ['https://zoek.example.nl/find?term=zebra', 'zebra'],
    ['https://tube.example.com/videos/search/zebra%20giraffe', 'zebra giraffe'],
    [`https://tube.example.com/${'a'.repeat(200)}/search/zebra`, 'zebra'],
  ])('survives being stored and read back (%s)', (example, word) => {
    const detected = detectSite(example, word);
    if (!detected.ok) throw new Error(detected.reason);
    expect(parseCustomSite(JSON.parse(JSON.stringify(detected.site)))).toEqual(detected.site);
  });

  it.each([
    [`https://zoek.example.nl/${'a'.repeat(600)}?q=zebra`],
    [`https://tube.example.com/${'a'.repeat(600)}/zebra`],
  ])('is refused when its path is longer than a stored site may hold', (example) => {
    // Accepting it would show the site as added while every read of the guard record drops it.
    expect(detectSite(example, 'zebra')).toEqual({
      ok: false,
      reason: 'the address is too long for Keerpunt to keep',
    });
  });
});

describe('toSearchSite and sitePattern', () => {
  it('turns a parameter site into an exact route with its search box', () => {
    const site: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
    expect(toSearchSite(site)).toEqual({
      id: 'custom:zoek.example.nl',
      name: 'zoek.example.nl',
      kind: 'engine',
      hosts: ['zoek.example.nl'],
      routes: [{ path: '/find', match: 'exact', query: { param: ['term'] } }],
      box: { selectors: ['input[name="term"]'] },
    });
  });

  it('turns a segment site into a prefix route reading + as a space', () => {
    const site: CustomSite = { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } };
    expect(toSearchSite(site).routes).toEqual([
      { path: '/search/', match: 'prefix', query: { segment: 2, space: '+' } },
    ]);
    expect(toSearchSite(site).box).toBeUndefined();
  });

  it('covers the host on any scheme and path', () => {
    expect(sitePattern({ host: 'zoek.example.nl' })).toBe('*://zoek.example.nl/*');
  });
});

describe('parseCustomSite', () => {
  const PARAM: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
  const SEGMENT: CustomSite = { host: 'tube.example.com', path: '/search/', spot: { segment: 2 } };

  it.each([
    ['a parameter site', PARAM],
    ['a segment site', SEGMENT],
  ])('keeps %s', (_name, site) => {
    expect(parseCustomSite(structuredClone(site))).toEqual(site);
  });

  it('drops unknown fields', () => {
    expect(parseCustomSite({ ...PARAM, zebra: 1, spot: { param: 'term', x: 2 } })).toEqual(PARAM);
  });

  it.each([
    ['null', null],
    ['a string', 'zoek.example.nl'],
    ['no host', { ...PARAM, host: undefined }],
    ['an uppercase host', { ...PARAM, host: 'Zoek.example.nl' }],
    ['a host with a scheme', { ...PARAM, host: 'https://zoek.example.nl' }],
    ['a host with a wildcard', { ...PARAM, host: '*.example.nl' }],
    ['a single-label host', { ...PARAM, host: 'localhost' }],
    ['a path without a leading slash', { ...PARAM, path: 'find' }],
    ['a path that is too long', { ...PARAM, path: '/' + 'a'.repeat(512) }],
    ['a path that is a number', { ...PARAM, path: 7 }],
    ['no spot', { ...PARAM, spot: undefined }],
    ['a spot that is a string', { ...PARAM, spot: 'q' }],
    ['an empty parameter name', { ...PARAM, spot: { param: '' } }],
    ['a parameter name with a quote', { ...PARAM, spot: { param: 'q"]' } }],
    ['segment 0', { ...SEGMENT, spot: { segment: 0 } }],
    ['a negative segment', { ...SEGMENT, spot: { segment: -1 } }],
    ['a fractional segment', { ...SEGMENT, spot: { segment: 1.5 } }],
    ['a segment as a string', { ...SEGMENT, spot: { segment: '2' } }],
  ])('drops %s', (_name, raw) => {
    expect(parseCustomSite(raw)).toBeNull();
  });
});
