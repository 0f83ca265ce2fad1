/**
 * Query extraction: a URL (or a POST form body) on a known search site → the raw query
 * (DESIGN.md "The flow of one search"). Pure: `URL` and `URLSearchParams` exist in browsers and
 * Node alike. The result is raw text; normalization (lib/text) does the rest.
 *
 * Malformed percent-escapes never throw: parameters follow `URLSearchParams` (`%zz` stays as
 * written, broken UTF-8 becomes U+FFFD); in path segments an escape run that does not decode
 * stays as written.
 */
import { SITES, type Route, type SearchSite } from './registry';

export interface ExtractedQuery {
  /** The `SearchSite.id`. */
  readonly site: string;
  readonly query: string;
}

/** Form fields as `webRequest` gives them (`requestBody.formData`). */
export type FormFields = Readonly<Record<string, readonly string[] | undefined>>;

export function extractQuery(url: string, sites = SITES): ExtractedQuery | null {
  const found = findSite(url, sites);
  if (!found) return null;
  const { site, parsed } = found;
  // A page's script can keep the query in the fragment (`#q=…`), which never reaches the server.
  const hash = parsed.hash.length > 1 ? fragmentParams(parsed.hash) : null;
  for (const route of matchingRoutes(site, parsed.pathname)) {
    const spot = route.query;
    let raw: string | null = null;
    if ('param' in spot) {
      raw = firstParam(spot.param, (n) => parsed.searchParams.get(n));
      if (!raw && hash) raw = firstParam(spot.param, (n) => hash.get(n));
    } else if ('segment' in spot) raw = segment(parsed.pathname, spot);
    const query = clean(raw);
    if (query) return { site: site.id, query };
  }
  // A single-page app's start page with the query in its fragment (`/#q=…`).
  if (hash && parsed.pathname === '/') {
    for (const route of site.routes) {
      if (!('param' in route.query)) continue;
      const query = clean(firstParam(route.query.param, (n) => hash.get(n)));
      if (query) return { site: site.id, query };
    }
  }
  return null;
}

/** `#q=a&x=1` and `#!q=a` read as parameters. */
function fragmentParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#!?\/?/, ''));
}

/** The query of a POST search (DuckDuckGo HTML, Startpage), from the form body the browser sent. */
export function extractFormQuery(
  url: string,
  fields: FormFields,
  sites = SITES,
): ExtractedQuery | null {
  const found = findSite(url, sites);
  if (!found) return null;
  for (const route of matchingRoutes(found.site, found.parsed.pathname)) {
    if (!('form' in route.query)) continue;
    const query = clean(fields[route.query.form]?.find((v) => v.trim() !== '') ?? null);
    if (query) return { site: found.site.id, query };
  }
  return null;
}

const hostIndexes = new WeakMap<readonly SearchSite[], Map<string, SearchSite>>();

function hostIndex(sites: readonly SearchSite[]): Map<string, SearchSite> {
  let index = hostIndexes.get(sites);
  if (!index) {
    index = new Map(sites.flatMap((site) => site.hosts.map((host) => [host, site] as const)));
    hostIndexes.set(sites, index);
  }
  return index;
}

function findSite(
  url: string,
  sites: readonly SearchSite[],
): { site: SearchSite; parsed: URL } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  // `www.google.nl.` (fully qualified, trailing dot) loads the same site.
  const host = parsed.hostname.replace(/\.$/, '');
  const site = hostIndex(sites).get(host);
  return site ? { site, parsed } : null;
}

function matchingRoutes(site: SearchSite, path: string): Route[] {
  return site.routes.filter((r) =>
    r.match === 'exact' ? path === r.path : path.startsWith(r.path),
  );
}

function firstParam(names: readonly string[], get: (name: string) => string | null): string | null {
  for (const name of names) {
    const value = get(name);
    if (value && value.trim() !== '') return value;
  }
  return null;
}

function segment(
  path: string,
  spot: { segment: number; suffix?: RegExp; space?: string },
): string | null {
  let text = path.split('/')[spot.segment];
  if (text === undefined) return null;
  if (spot.suffix) text = text.replace(spot.suffix, '');
  for (const char of spot.space ?? '') text = text.split(char).join(' ');
  return percentDecode(text);
}

/** Decodes each run of escapes on its own, so one bad escape does not spoil the rest. */
function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** Whitespace at the ends carries no meaning; an empty query is no search. */
function clean(raw: string | null): string | null {
  const query = raw?.trim();
  return query ? query : null;
}
