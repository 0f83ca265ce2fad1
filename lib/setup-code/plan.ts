/**
 * What importing a setup code would change, worked out whole before anything is written: the
 * options page shows these changes for the person to confirm, and the importer writes exactly
 * the records made here, or nothing. Pure.
 */
import type { GuardRecord } from '../settings/guard';
import {
  entryKey,
  keysInUse,
  MAX_PERSONAL,
  MAX_PERSONAL_KEYS,
  type PersonalEntry,
  type PersonalRecord,
} from '../settings/personal';
import {
  COOLING_OFF,
  STRICTNESS,
  type CoolingOff,
  type Settings,
  type Strictness,
} from '../settings/settings';
import type { SetupCode } from './setup-code';

export interface Current {
  settings: Settings;
  personal: PersonalRecord;
  guard: GuardRecord;
  /** Ids of the lists this Keerpunt ships. */
  shipped: readonly string[];
}

export type Change =
  | { kind: 'region'; from: string; to: string }
  | { kind: 'language'; from: string; to: string }
  | { kind: 'strictness'; from: Strictness; to: Strictness }
  | { kind: 'cooling-off'; from: CoolingOff; to: CoolingOff }
  | { kind: 'list'; id: string; on: boolean }
  | { kind: 'campaign'; from: string; to: string }
  /** Where anonymous counts would go; only from a code that names one. */
  | { kind: 'endpoint'; from: string; to: string }
  | { kind: 'personal'; added: number; already: number };

/** Why a good code cannot be imported here; nothing is changed. */
export type ImportProblem =
  'unknown-list' | 'too-many-rules' | 'too-many-keys' | 'weakens-during-cooling-off';

export type Plan =
  | {
      ok: true;
      /** Only what differs from now; empty when the code changes nothing. */
      changes: Change[];
      settings: Settings;
      personal: PersonalRecord;
      guard: GuardRecord;
    }
  | { ok: false; problem: ImportProblem; list?: string };

/** Weaker is a higher index: strict → pause → gentle. */
const weaker = (from: Strictness, to: Strictness) =>
  STRICTNESS.indexOf(to) > STRICTNESS.indexOf(from);
/** Shorter is a lower index: 72h → 24h → 1h → none. */
const shorter = (from: CoolingOff, to: CoolingOff) =>
  COOLING_OFF.indexOf(to) < COOLING_OFF.indexOf(from);

export function planImport(
  code: SetupCode,
  current: Current,
  today: string,
  newId: () => string,
): Plan {
  const unknown = code.lists.find((l) => !current.shipped.includes(l.id));
  if (unknown) return { ok: false, problem: 'unknown-list', list: unknown.id };

  const now = current.settings;
  const changes: Change[] = [];
  if (code.region !== now.region)
    changes.push({ kind: 'region', from: now.region, to: code.region });
  if (code.language !== now.language) {
    changes.push({ kind: 'language', from: now.language, to: code.language });
  }
  if (code.strictness !== now.strictness) {
    changes.push({ kind: 'strictness', from: now.strictness, to: code.strictness });
  }
  if (code.coolingOff !== now.coolingOff) {
    changes.push({ kind: 'cooling-off', from: now.coolingOff, to: code.coolingOff });
  }
  const off = new Set(current.guard.off);
  for (const list of code.lists) {
    if (off.has(list.id) === !list.on) continue;
    changes.push({ kind: 'list', id: list.id, on: list.on });
    if (list.on) off.delete(list.id);
    else off.add(list.id);
  }
  // An empty campaign in a code means "none chosen": the person's own stays.
  const campaign = code.campaign === '' ? now.reach.campaign : code.campaign;
  if (campaign !== now.reach.campaign) {
    changes.push({ kind: 'campaign', from: now.reach.campaign, to: campaign });
  }
  // Likewise the endpoint: a code without one leaves the person's own alone.
  const endpoint = code.endpoint === '' ? now.reach.endpoint : code.endpoint;
  if (endpoint !== now.reach.endpoint) {
    changes.push({ kind: 'endpoint', from: now.reach.endpoint, to: endpoint });
  }

  // Cooling-off ("easy to tighten, hard to loosen"): a code must not be a way around the wait.
  const weakens =
    weaker(now.strictness, code.strictness) ||
    shorter(now.coolingOff, code.coolingOff) ||
    changes.some((c) => c.kind === 'list' && !c.on);
  if (weakens && now.coolingOff !== 'none') {
    return { ok: false, problem: 'weakens-during-cooling-off' };
  }

  let personal = current.personal;
  if (code.personal) {
    const { key, rules } = code.personal;
    const have = new Set(
      personal.entries.filter((e) => entryKey(personal, e) === key).map((e) => e.rule),
    );
    const added: PersonalEntry[] = [];
    for (const rule of rules) {
      if (have.has(rule)) continue;
      have.add(rule);
      added.push(
        key === personal.key
          ? { id: newId(), added: today, rule }
          : { id: newId(), added: today, rule, key },
      );
    }
    personal = { ...personal, entries: [...personal.entries, ...added] };
    if (personal.entries.length > MAX_PERSONAL) return { ok: false, problem: 'too-many-rules' };
    if (keysInUse(personal).length > MAX_PERSONAL_KEYS + 1) {
      return { ok: false, problem: 'too-many-keys' };
    }
    changes.push({ kind: 'personal', added: added.length, already: rules.length - added.length });
  }

  const settings: Settings = {
    ...now,
    region: code.region,
    language: code.language,
    strictness: code.strictness,
    coolingOff: code.coolingOff,
    // Reach stays opt-in: a code brings the campaign and the endpoint, never the switch.
    reach: { ...now.reach, campaign, endpoint },
  };
  return {
    ok: true,
    changes,
    settings,
    personal,
    guard: { ...current.guard, off: [...off] },
  };
}
