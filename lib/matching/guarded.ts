/**
 * The matcher a search is decided with (the content script, and Firefox's blocking webRequest):
 * the shipped set, then the person's compiled sets from the guard record, with the shipped lists
 * the person switched off. A damaged compiled set is skipped: the options page rebuilds it from
 * the personal entries, and the shipped lists still guard meanwhile.
 */
import type { GuardRecord } from '../settings/guard';
import { fromBase64 } from '../util/base64';
import { load, Matcher, type CompiledSet } from './index';

export function guardMatcher(shipped: CompiledSet, record: GuardRecord): Matcher {
  const sets = [shipped];
  for (const personal of record.personal) {
    try {
      sets.push(load(fromBase64(personal)));
    } catch {
      // Damaged (see above).
    }
  }
  const matcher = new Matcher(sets);
  matcher.switchOff(0, new Set(record.off));
  return matcher;
}
