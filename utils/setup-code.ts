/**
 * Importing a setup code (lib/setup-code): decoded and planned whole, then written in ONE
 * `storage.local.set` (settings, guard and personal records together, under the rules' lock),
 * or not written at all. `previewSetupCode` gives the same plan without writing, for the summary
 * the person confirms.
 */
import { lists as shipped } from 'virtual:keerpunt-shipped-lists';
import { dayKey } from '@/lib/counters/daily';
import { planImport, type Change, type ImportProblem } from '@/lib/setup-code/plan';
import { decode, type DecodeError } from '@/lib/setup-code/setup-code';
import { SETTINGS_KEY } from '@/lib/settings/keys';
import { readSettings, type Settings } from '@/lib/settings/settings';
import { loadPending, setCoolingOff, setList, setStrictness } from './changes';
import { loadRules, updateRules, type Rules } from './rules';
import { randomId } from '@/lib/util/random-id';

export type ImportOutcome =
  | { ok: true; changes: Change[] }
  | { ok: false; error: DecodeError }
  | { ok: false; problem: ImportProblem; list?: string };

async function plan(text: string, rules: Rules) {
  const decoded = decode(text);
  if (!decoded.ok) return decoded;
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const { settings } = readSettings(stored[SETTINGS_KEY]);
  return planImport(
    decoded.code,
    { settings, personal: rules.personal, guard: rules.guard, shipped: shipped.map((l) => l.id) },
    dayKey(new Date()),
    randomId,
  );
}

export type PreviewOutcome =
  | {
      ok: true;
      changes: Change[];
      /** Whether anonymous counting is on now (a code never changes that), for the wording. */
      countingOn: boolean;
    }
  | Exclude<ImportOutcome, { ok: true }>;

/** What importing `text` would change now; writes nothing. */
export async function previewSetupCode(text: string): Promise<PreviewOutcome> {
  const p = await plan(text, await loadRules());
  return p.ok ? { ok: true, changes: p.changes, countingOn: p.settings.reach.enabled } : p;
}

/** Imports `text`: everything in one write, or nothing (with the reason). */
export async function importSetupCode(text: string): Promise<ImportOutcome> {
  let applied: Settings | null = null;
  let listsOn: string[] = [];
  const outcome = await updateRules<ImportOutcome>(async (rules) => {
    const p = await plan(text, rules);
    if (!p.ok) return { rules, result: p, write: false };
    applied = p.settings;
    listsOn = shipped.map((l) => l.id).filter((id) => !p.guard.off.includes(id));
    return {
      rules: { personal: p.personal, guard: p.guard },
      result: { ok: true, changes: p.changes },
      also: { [SETTINGS_KEY]: p.settings },
    };
  });
  if (outcome.ok && applied) await reaffirm(applied, listsOn);
  return outcome;
}

/**
 * What the code set is now in effect; choosing it again cancels any opposite change still
 * waiting in cooling-off (a list asked off before the import stays on, as the code says).
 */
async function reaffirm(settings: Settings, listsOn: readonly string[]): Promise<void> {
  if ((await loadPending()).changes.length === 0) return; // nothing waits: nothing to cancel
  await setStrictness(settings.strictness);
  await setCoolingOff(settings.coolingOff);
  for (const id of listsOn) await setList(id, true);
}
