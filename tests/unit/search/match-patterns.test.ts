import { describe, expect, it } from 'vitest';
import { matchPatterns } from '../../../lib/search/match-patterns';
import { SITES, type SearchSite } from '../../../lib/search/registry';

describe('matchPatterns', () => {
  const patterns = matchPatterns();

  it('gives one pattern per host', () => {
    expect(patterns.length).toBe(new Set(SITES.flatMap((s) => s.hosts)).size);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('every pattern has an exact host (no wildcard) and covers http and https', () => {
    expect(patterns.filter((p) => !/^\*:\/\/[a-z0-9.-]+\/\*$/.test(p))).toEqual([]);
  });

  it.each([
    '*://www.google.nl/*',
    '*://google.nl/*',
    '*://www.google.co.uk/*',
    '*://html.duckduckgo.com/*',
    '*://nl.search.yahoo.com/*',
    '*://www.youtube.com/*',
    '*://spankbang.com/*',
  ])('includes %s', (pattern) => {
    expect(patterns).toContain(pattern);
  });

  it('removes duplicate hosts', () => {
    const site: SearchSite = {
      id: 'a',
      name: 'A',
      kind: 'engine',
      hosts: ['a.example'],
      routes: [],
    };
    expect(matchPatterns([site, { ...site, id: 'b' }])).toEqual(['*://a.example/*']);
  });
});
