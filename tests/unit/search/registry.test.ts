import { describe, expect, it } from 'vitest';
import { GOOGLE_TLDS, SITES } from '../../../lib/search/registry';

describe('the site registry is clean data', () => {
  it('has unique ids', () => {
    const ids = SITES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('lists every host once, across all sites', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(hosts.filter((h, i) => hosts.indexOf(h) !== i)).toEqual([]);
  });

  it('every host is a bare lowercase hostname', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(hosts.filter((h) => !/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(h))).toEqual([]);
  });

  it.each(SITES.map((s) => [s.id, s] as const))('%s has routes with absolute paths', (_, site) => {
    expect(site.routes.length).toBeGreaterThan(0);
    expect(site.hosts.length).toBeGreaterThan(0);
    for (const route of site.routes) expect(route.path.startsWith('/')).toBe(true);
  });

  it('covers the required engines and video sites', () => {
    const ids = SITES.map((s) => s.id);
    for (const id of [
      'google',
      'bing',
      'duckduckgo',
      'yahoo',
      'ecosia',
      'startpage',
      'qwant',
      'brave',
      'yandex',
      'ask',
      'youtube',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('covers at least 12 adult sites', () => {
    expect(SITES.filter((s) => s.kind === 'adult').length).toBeGreaterThanOrEqual(12);
  });

  it('lists at least 50 Google country domains, with and without www', () => {
    const google = SITES.find((s) => s.id === 'google');
    expect(new Set(GOOGLE_TLDS).size).toBe(GOOGLE_TLDS.length);
    expect(GOOGLE_TLDS.length).toBeGreaterThanOrEqual(50);
    for (const tld of GOOGLE_TLDS) {
      expect(google?.hosts).toContain(`google.${tld}`);
      expect(google?.hosts).toContain(`www.google.${tld}`);
    }
  });

  it('covers the DuckDuckGo HTML version and Yahoo country sites', () => {
    const hosts = SITES.flatMap((s) => s.hosts);
    expect(hosts).toContain('html.duckduckgo.com');
    expect(hosts).toContain('nl.search.yahoo.com');
  });
});
