/**
 * What an extension update changes in storage (run by the background on `runtime.onInstalled`
 * with reason `update`). Every record is also read through its parser wherever it is used, so an
 * old shape never breaks anything; migrating once on update writes the current shape back, so
 * later versions need not keep reading every old one.
 *
 * - `settings` of an older version (no `v`, or a lower one) is written back migrated, unless a
 *   field is damaged: then it is left as it is, for the options page's notice, which repairs it
 *   and says what fell back (utils/settings.ts `loadSettingsChecked`).
 * - `guard` with its personal set as one string (before setup codes) becomes a list of one.
 * - `help:turn` (the variants' turn before it moved to the help page's own storage) is removed.
 */
import { parseGuard } from './guard';
import { GUARD_KEY, SETTINGS_KEY } from './keys';
import { readSettings } from './settings';

/** Records no version reads any more. */
const RETIRED_KEYS = ['help:turn'] as const;

/** The keys `planMigration` needs to see. */
export const MIGRATION_KEYS: readonly string[] = [SETTINGS_KEY, GUARD_KEY, ...RETIRED_KEYS];

export interface MigrationPlan {
  set: Record<string, unknown>;
  remove: string[];
}

/** What to write and remove, given the stored values of `MIGRATION_KEYS`. Pure. */
export function planMigration(stored: Record<string, unknown>): MigrationPlan {
  const plan: MigrationPlan = { set: {}, remove: [] };
  if (stored[SETTINGS_KEY] !== undefined) {
    const read = readSettings(stored[SETTINGS_KEY]);
    if (read.migrated && read.reset.length === 0) plan.set[SETTINGS_KEY] = read.settings;
  }
  const guard = stored[GUARD_KEY];
  if (
    guard &&
    typeof guard === 'object' &&
    typeof (guard as { personal?: unknown }).personal === 'string'
  ) {
    plan.set[GUARD_KEY] = parseGuard(guard);
  }
  for (const key of RETIRED_KEYS) if (key in stored) plan.remove.push(key);
  return plan;
}
