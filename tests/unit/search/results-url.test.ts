import { describe, expect, it } from 'vitest';
import { extractQuery } from '../../../lib/search/extract-query';
import { SITES } from '../../../lib/search/registry';
import { resultsUrlFor } from '../../../lib/search/results-url';

const QUERIES = ['zebra', 'zebra crossing', 'zèbre & giraffe', 'c++ tulip', '50% off'];

describe('resultsUrlFor', () => {
  // Every site whose routes can be written back: the URL must read back as the same query.
  const cases = SITES.flatMap((site) =>
    QUERIES.map((q) => [site.id, site.hosts[site.hosts.length - 1]!, q] as const),
  );

  it.each(cases)('%s (%s): %j reads back as itself', (id, host, query) => {
    const site = SITES.find((s) => s.id === id)!;
    const url = resultsUrlFor(site, host, query);
    if (url === null) {
      // Only sites whose every route needs a suffix or a form can have no results URL.
      expect(site.routes.every((r) => 'form' in r.query || 'suffix' in r.query)).toBe(true);
      return;
    }
    expect(new URL(url).hostname).toBe(host);
    const read = extractQuery(url);
    expect(read?.site).toBe(id);
    // Sites that read `-` as a space cannot keep a `-` inside a word; none of these has one.
    expect(read?.query).toBe(query);
  });

  it('uses the first query parameter of the first GET route', () => {
    const google = SITES.find((s) => s.id === 'google')!;
    expect(resultsUrlFor(google, 'www.google.nl', 'zebra crossing')).toBe(
      'https://www.google.nl/search?q=zebra+crossing',
    );
  });
});
