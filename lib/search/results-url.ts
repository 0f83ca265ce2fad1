/**
 * The results URL a search for `query` on a site would open: what "continue to the results" goes
 * to when a search was caught in the page itself, before the site made its URL. Pure.
 */
import type { SearchSite } from './registry';

export function resultsUrlFor(site: SearchSite, host: string, query: string): string | null {
  for (const route of site.routes) {
    const spot = route.query;
    if ('param' in spot) {
      const url = new URL(`https://${host}${route.path}`);
      url.searchParams.set(spot.param[0]!, query);
      return url.href;
    }
    if ('segment' in spot && !spot.suffix) {
      const segments = route.path.split('/');
      // The route's path leads up to the query's segment (`/search/` → segment 2).
      if (segments.length !== spot.segment + 1 || segments[spot.segment] !== '') continue;
      // Words joined by the site's own space character (`+`, `-`), each percent-encoded.
      const words = query.trim().split(/\s+/).map(encodeURIComponent);
      return `https://${host}${route.path}${words.join(spot.space?.[0] ?? '%20')}`;
    }
  }
  return null;
}
