/**
 * The person's rules in storage: the personal record (hashed entries and their key; read by the
 * options page only) and the guard record (what search pages read). Both are written in one
 * `storage.local.set`, so a page never sees one without the other, and under one Web Lock, so two
 * options tabs cannot lose each other's changes.
 *
 * Changes that weaken protection go through utils/changes.ts (cooling-off), which calls these.
 */
import { dayKey } from '@/lib/counters/daily';
import type { CustomSite } from '@/lib/search/custom-site';
import { GUARD_KEY, parseGuard, type GuardRecord } from '@/lib/settings/guard';
import {
  addTerm,
  compilePersonal,
  newPersonalRecord,
  parsePersonalRecord,
  removeByText,
  removeEntry,
  type PersonalRecord,
} from '@/lib/settings/personal';

const PERSONAL_KEY = 'personal';

/**
 * The Web Lock every writer of the personal and guard records holds (options pages, onboarding,
 * the background's install defaults), so none overwrites another's change with what it read.
 */
export const RULES_LOCK = 'keerpunt:rules';

export interface Rules {
  personal: PersonalRecord;
  guard: GuardRecord;
}

export async function loadRules(): Promise<Rules> {
  const stored = await browser.storage.local.get([PERSONAL_KEY, GUARD_KEY]);
  return {
    personal: parsePersonalRecord(stored[PERSONAL_KEY]) ?? newPersonalRecord(),
    guard: parseGuard(stored[GUARD_KEY]),
  };
}

/**
 * Applies `change` to the stored rules and writes both records. The compiled personal set is
 * always rebuilt from the entries, so a damaged compiled record heals on the next change.
 * A change may add other records to the same write (`also`: a setup code's settings) or write
 * nothing at all (`write: false`: a refused import).
 */
export async function updateRules<T>(
  change: (rules: Rules) => ChangeOutcome<T> | Promise<ChangeOutcome<T>>,
): Promise<T> {
  return navigator.locks.request(RULES_LOCK, async () => {
    const { rules, result, also, write = true } = await change(await loadRules());
    if (!write) return result;
    const guard: GuardRecord = { ...rules.guard, personal: compilePersonal(rules.personal) };
    await browser.storage.local.set({
      ...also,
      [PERSONAL_KEY]: rules.personal,
      [GUARD_KEY]: guard,
    });
    return result;
  });
}

export interface ChangeOutcome<T> {
  rules: Rules;
  result: T;
  also?: Record<string, unknown>;
  write?: boolean;
}

/** Adds a personal term or rule; the reason when it cannot be added. */
export function addPersonalTerm(
  text: string,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  return updateRules<{ ok: true } | { ok: false; reason: string }>((rules) => {
    const added = addTerm(rules.personal, text, dayKey(new Date()));
    if (!added.ok) return { rules, result: { ok: false, reason: added.reason } };
    return { rules: { ...rules, personal: added.record }, result: { ok: true } };
  });
}

export function removePersonalEntry(id: string): Promise<void> {
  return updateRules((rules) => ({
    rules: { ...rules, personal: removeEntry(rules.personal, id) },
    result: undefined,
  }));
}

/** Removes the entry made from the same text; false when there was none. */
export function removePersonalText(text: string): Promise<boolean> {
  return updateRules((rules) => {
    const { record, removed } = removeByText(rules.personal, text);
    return { rules: { ...rules, personal: record }, result: removed };
  });
}

export function setListOn(id: string, on: boolean): Promise<void> {
  return updateRules((rules) => {
    const off = new Set(rules.guard.off);
    if (on) off.delete(id);
    else off.add(id);
    return { rules: { ...rules, guard: { ...rules.guard, off: [...off] } }, result: undefined };
  });
}

export function addCustomSite(site: CustomSite): Promise<void> {
  return updateRules((rules) => {
    const sites = rules.guard.sites.filter((s) => s.host !== site.host);
    sites.push(site);
    return { rules: { ...rules, guard: { ...rules.guard, sites } }, result: undefined };
  });
}

export function removeCustomSite(host: string): Promise<void> {
  return updateRules((rules) => {
    const sites = rules.guard.sites.filter((s) => s.host !== host);
    return { rules: { ...rules, guard: { ...rules.guard, sites } }, result: undefined };
  });
}
