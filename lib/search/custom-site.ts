/**
 * Sites a person adds themself (options page): a host and where the query sits, taken from an
 * example results URL in which the person searched for a word they name. Pure: validation and
 * conversion to a registry entry, so the same rules apply in the options page, the background
 * and the content script.
 */
import type { SearchSite } from './registry';
import { SITES } from './registry';

export interface CustomSite {
  /** Exact hostname, lowercase. */
  host: string;
  /** The results page's path (`exact`), or the path before the query segment (`segment`). */
  path: string;
  /** `param`: query parameter name; `segment`: index in `pathname.split('/')`. */
  spot: { param: string } | { segment: number };
}

/** Sites a person can add; a guard against a record so large it slows every page. */
export const MAX_CUSTOM_SITES = 50;

const HOST =
  /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const PARAM = /^[\w.\-[\]]{1,64}$/;
/** Longest stored path: `parseCustomSite` drops longer ones, so `detectSite` refuses them. */
const MAX_PATH = 512;

/** The match pattern that covers a custom site (host permission and content script). */
export function sitePattern(site: Pick<CustomSite, 'host'>): string {
  return `*://${site.host}/*`;
}

export type Detected = { ok: true; site: CustomSite } | { ok: false; reason: string };

/**
 * Reads an example results URL: `word` is what the person searched for there. Finds the query
 * parameter or path segment that holds it. Synchronous, so the options page can ask for the
 * host permission first thing in its click handler.
 */
export function detectSite(example: string, word: string): Detected {
  let url: URL;
  try {
    url = new URL(example.trim());
  } catch {
    return { ok: false, reason: 'not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, reason: 'the address must start with https:// or http://' };
  }
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (!HOST.test(host)) return { ok: false, reason: 'not a site name Keerpunt can cover' };
  if (SITES.some((s) => s.hosts.includes(host))) {
    return { ok: false, reason: 'Keerpunt already covers this site' };
  }
  const needle = word.trim().toLowerCase();
  if (needle === '') return { ok: false, reason: 'say which word you searched for' };
  for (const [name, value] of url.searchParams) {
    if (value.trim().toLowerCase() === needle && PARAM.test(name)) {
      return found({ host, path: url.pathname, spot: { param: name } });
    }
  }
  const segments = url.pathname.split('/');
  for (let i = 1; i < segments.length; i++) {
    let text: string;
    try {
      text = decodeURIComponent(segments[i]!.replace(/\+/g, ' '));
    } catch {
      continue;
    }
    if (text.trim().toLowerCase() === needle) {
      const path = segments.slice(0, i).join('/') + '/';
      return found({ host, path, spot: { segment: i } });
    }
  }
  return { ok: false, reason: 'the word was not found in the address' };
}

function found(site: CustomSite): Detected {
  if (site.path.length > MAX_PATH) {
    return { ok: false, reason: 'the address is too long for Keerpunt to keep' };
  }
  return { ok: true, site };
}

/** A stored custom site, or null when damaged. */
export function parseCustomSite(raw: unknown): CustomSite | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.host !== 'string' || !HOST.test(r.host)) return null;
  if (typeof r.path !== 'string' || !r.path.startsWith('/') || r.path.length > MAX_PATH)
    return null;
  const spot = r.spot as Record<string, unknown> | undefined;
  if (!spot || typeof spot !== 'object') return null;
  if (typeof spot.param === 'string' && PARAM.test(spot.param)) {
    return { host: r.host, path: r.path, spot: { param: spot.param } };
  }
  if (Number.isInteger(spot.segment) && (spot.segment as number) >= 1) {
    return { host: r.host, path: r.path, spot: { segment: spot.segment as number } };
  }
  return null;
}

/** A custom site as a registry entry, for `extractQuery`. */
export function toSearchSite(site: CustomSite): SearchSite {
  const route =
    'param' in site.spot
      ? { path: site.path, match: 'exact' as const, query: { param: [site.spot.param] } }
      : {
          path: site.path,
          match: 'prefix' as const,
          query: { segment: site.spot.segment, space: '+' },
        };
  return {
    id: `custom:${site.host}`,
    name: site.host,
    kind: 'engine',
    hosts: [site.host],
    routes: [route],
    box: 'param' in site.spot ? { selectors: [`input[name="${site.spot.param}"]`] } : undefined,
  };
}
