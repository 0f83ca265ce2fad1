/**
 * The one small record every search page reads at `document_start` (DESIGN.md "Keeping results
 * from being painted"): the compiled personal rules, the shipped lists switched off, and the
 * person's own sites. Written whole by the options page; read through `parseGuard`, which keeps
 * what is good and drops what is damaged.
 */
import { MAX_CUSTOM_SITES, parseCustomSite, type CustomSite } from '../search/custom-site';
import { isBase64 } from '../util/base64';

export { GUARD_KEY } from './keys';

/** A cap on the compiled personal rules (base64 characters, all sets), to keep the read fast. */
export const MAX_PERSONAL_BYTES = 256 * 1024;

/** One set per hash key: the per-install key and each imported setup code's (personal.ts). */
export const MAX_PERSONAL_SETS = 9;

export interface GuardRecord {
  v: 1;
  /**
   * The compiled personal sets, base64, one per hash key; empty when there are no personal
   * rules. Before setup codes this was one string ('' for none): `parseGuard` reads that as a
   * list of one.
   */
  personal: string[];
  /** Ids of shipped lists that are switched off. */
  off: string[];
  sites: CustomSite[];
}

export const EMPTY_GUARD: GuardRecord = { v: 1, personal: [], off: [], sites: [] };

export function parseGuard(raw: unknown): GuardRecord {
  // New arrays, not EMPTY_GUARD's: a caller that pushes to them must not change the constant.
  if (!raw || typeof raw !== 'object') return { v: 1, personal: [], off: [], sites: [] };
  const r = raw as Record<string, unknown>;
  // Migration: the single set of old records; '' was "none".
  const sets: unknown[] =
    typeof r.personal === 'string' ? [r.personal] : Array.isArray(r.personal) ? r.personal : [];
  const personal: string[] = [];
  let size = 0;
  for (const set of sets) {
    if (typeof set !== 'string' || set === '' || !isBase64(set)) continue;
    if (personal.length >= MAX_PERSONAL_SETS || size + set.length > MAX_PERSONAL_BYTES) continue;
    size += set.length;
    personal.push(set);
  }
  const off = Array.isArray(r.off)
    ? (r.off as unknown[]).filter(
        (id): id is string => typeof id === 'string' && /^[\w-]{1,64}$/.test(id),
      )
    : [];
  const sites = Array.isArray(r.sites)
    ? (r.sites as unknown[])
        .map(parseCustomSite)
        .filter((s): s is CustomSite => s !== null)
        .slice(0, MAX_CUSTOM_SITES)
    : [];
  return { v: 1, personal, off, sites };
}
