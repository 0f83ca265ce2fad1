/**
 * What the coverage check knows (gathered by utils/coverage.ts) and the pure readings of raw
 * browser answers: which known sites lack host access, and what the `pending` record holds.
 */
import type { SearchSite } from '../search/registry';

export type BrowserKind = 'chrome' | 'edge' | 'firefox';

export interface PendingSummary {
  /** How many weakening changes are waiting. */
  count: number;
  /** When the first of them takes effect (ms since the epoch). */
  earliest: number;
}

export interface CoverageFacts {
  browser: BrowserKind;
  /** Whether Keerpunt may run in private windows; null when the browser did not say. */
  privateWindows: boolean | null;
  /** Names of known sites (registry) with at least one host Keerpunt has no access to. */
  sitesWithoutAccess: readonly string[];
  /** How many known sites there are (for "3 of 26"). */
  siteCount: number;
  /** Hosts the person added whose access was taken away (or never given). */
  ownSitesWithoutAccess: readonly string[];
  /** Weakening changes waiting for their cooling-off time, if any. */
  pending: PendingSummary | null;
  /** `settings.active`: protection switched on. */
  active: boolean;
}

/**
 * Whether a granted match pattern (`permissions.getAll().origins`) gives access to `host` over
 * https (the scheme searches use; `*://` covers it). Paths are not compared: every pattern
 * Keerpunt asks for has the path `/*`.
 */
export function patternCovers(pattern: string, host: string): boolean {
  if (pattern === '<all_urls>') return true;
  const m = /^(\*|https?|wss?):\/\/([^/]*)\//.exec(pattern);
  if (!m) return false;
  const [, scheme, patternHost] = m as unknown as [string, string, string];
  if (scheme !== '*' && scheme !== 'https') return false;
  const h = host.toLowerCase();
  const ph = patternHost.toLowerCase().replace(/:\d+$|:\*$/, '');
  if (ph === '*') return true;
  if (ph.startsWith('*.')) {
    const base = ph.slice(2);
    return h === base || h.endsWith(`.${base}`);
  }
  return h === ph;
}

/**
 * The known sites not fully covered by `granted` (the origins of `permissions.getAll()`): one
 * call answers for every host, instead of one `permissions.contains` per host.
 */
export function sitesLacking(
  granted: readonly string[],
  sites: readonly SearchSite[],
): SearchSite[] {
  const ok = new Map<string, boolean>();
  const has = (host: string) => {
    let v = ok.get(host);
    if (v === undefined) {
      v = granted.some((p) => patternCovers(p, host));
      ok.set(host, v);
    }
    return v;
  };
  return sites.filter((site) => !site.hosts.every(has));
}

/**
 * The `pending` record (cooling-off: `{ v: 1, changes: [{ id, kind, applyAt, … }] }`), read
 * only for how many changes wait and the earliest `applyAt`. Anything unreadable, absent or
 * empty is null (no notice rather than a wrong one).
 */
export function readPending(raw: unknown): PendingSummary | null {
  if (!raw || typeof raw !== 'object') return null;
  const changes = (raw as { changes?: unknown }).changes;
  if (!Array.isArray(changes) || changes.length === 0) return null;
  let earliest = Infinity;
  for (const change of changes) {
    const at = (change as { applyAt?: unknown } | null)?.applyAt;
    if (typeof at === 'number' && Number.isFinite(at) && at < earliest) earliest = at;
  }
  if (earliest === Infinity) return null;
  return { count: changes.length, earliest };
}
