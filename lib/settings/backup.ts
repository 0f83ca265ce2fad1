/**
 * The backup file ([4/6] "Settings that never get lost"): `keerpunt-backup` version 1 holds the
 * settings, the personal record (hashed entries and their key — never a term as text), the lists
 * switched off and the person's own sites. No counts, no waiting changes.
 *
 * `parseBackup` checks all of it and refuses the whole file on any problem, naming each one, so a
 * bad file changes nothing. `planRestore` says what a good file would change and which of those
 * changes weaken protection (they go through the cooling-off period like any other: a backup is
 * not a way around it). Restoring adds the backup's terms and sites and keeps the ones the person
 * has now: removing protection is never a side effect of a restore.
 */
import { decodeTextFile, type EncodingProblem } from '../util/text-encoding';
import { MAX_CUSTOM_SITES, parseCustomSite, type CustomSite } from '../search/custom-site';
import type { GuardRecord } from './guard';
import { classify, type ChangeRequest, type Current } from './pending';
import {
  entryKey,
  keysInUse,
  MAX_PERSONAL,
  MAX_PERSONAL_KEYS,
  parsePersonalRecord,
  type PersonalEntry,
  type PersonalRecord,
} from './personal';
import {
  readSettings,
  type CoolingOff,
  type PinHash,
  type Settings,
  type Strictness,
} from './settings';

export const BACKUP_FORMAT = 'keerpunt-backup';
export const BACKUP_VERSION = 1;
/** Far more than 500 hashed terms and 50 sites need; a larger file is not ours. */
export const MAX_BACKUP_BYTES = 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  v: typeof BACKUP_VERSION;
  /** The local day it was made, `YYYY-MM-DD`. */
  created: string;
  settings: Settings;
  personal: PersonalRecord;
  /** Ids of shipped lists switched off. */
  off: string[];
  sites: CustomSite[];
}

/** What is wrong with a file: a kind, and for a damaged field its path (`settings.strictness`). */
export type BackupProblem =
  | { kind: 'too-large' }
  | { kind: 'encoding'; encoding: EncodingProblem }
  | { kind: 'not-json' }
  | { kind: 'not-backup' }
  | { kind: 'version'; version: string }
  | { kind: 'field'; field: string }
  | { kind: 'too-many'; field: string };

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; problems: BackupProblem[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LIST_ID = /^[\w-]{1,64}$/;

export function makeBackup(
  parts: { settings: Settings; personal: PersonalRecord; guard: GuardRecord },
  today: string,
): Backup {
  return {
    format: BACKUP_FORMAT,
    v: BACKUP_VERSION,
    created: today,
    settings: parts.settings,
    personal: parts.personal,
    off: [...parts.guard.off],
    sites: parts.guard.sites.map((s) => ({ ...s })),
  };
}

export const backupText = (backup: Backup): string => JSON.stringify(backup, null, 2) + '\n';

/** A neutral name: nothing in it says what the extension is for. */
export const backupFileName = (today: string): string => `settings-backup-${today}.json`;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads a backup file's bytes: too large, not UTF-8 text (named: UTF-16, UTF-32, another
 * encoding, not text at all), or as `parseBackup`. A UTF-8 byte order mark is fine.
 */
export function parseBackupFile(bytes: Uint8Array): ParsedBackup {
  if (bytes.length > MAX_BACKUP_BYTES) return { ok: false, problems: [{ kind: 'too-large' }] };
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok)
    return { ok: false, problems: [{ kind: 'encoding', encoding: decoded.problem }] };
  return parseBackup(decoded.text);
}

/** Reads a backup file's text: the whole backup, or every problem found (then nothing is used). */
export function parseBackup(text: string): ParsedBackup {
  const fail = (...problems: BackupProblem[]): ParsedBackup => ({ ok: false, problems });
  if (text.length > MAX_BACKUP_BYTES || bytes(text) > MAX_BACKUP_BYTES) {
    return fail({ kind: 'too-large' });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail({ kind: 'not-json' });
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return fail({ kind: 'not-backup' });
  if (raw.v !== BACKUP_VERSION) return fail({ kind: 'version', version: String(raw.v) });

  const problems: BackupProblem[] = [];
  const field = (name: string) => problems.push({ kind: 'field', field: name });

  if (typeof raw.created !== 'string' || !DAY.test(raw.created)) field('created');

  // Settings: every field that is there must be good (absent ones take their defaults, as in
  // storage); a newer or older settings version is read the way storage is.
  let settings: Settings | null = null;
  if (!isObject(raw.settings)) field('settings');
  else {
    const read = readSettings(raw.settings);
    for (const key of read.reset) field(`settings.${key}`);
    settings = read.settings;
  }

  // The personal record: a valid key, and every entry good (the parser would drop bad ones).
  let personal: PersonalRecord | null = null;
  if (!isObject(raw.personal)) field('personal');
  else {
    personal = parsePersonalRecord(raw.personal);
    const entries = raw.personal.entries;
    if (!personal) field('personal.key');
    else if (!Array.isArray(entries)) field('personal.entries');
    else if (entries.length > MAX_PERSONAL) {
      problems.push({ kind: 'too-many', field: 'personal.entries' });
    } else {
      const kept = new Map<string, PersonalEntry>(personal.entries.map((e) => [e.id, e]));
      const seen = new Set<string>();
      entries.forEach((e: unknown, i) => {
        const id = isObject(e) ? e.id : undefined;
        if (typeof id !== 'string' || !kept.has(id) || seen.has(id)) {
          field(`personal.entries[${i}]`);
        } else seen.add(id);
      });
    }
  }

  const off: string[] = [];
  if (!Array.isArray(raw.off)) field('off');
  else {
    raw.off.forEach((id: unknown, i) => {
      if (typeof id === 'string' && LIST_ID.test(id)) off.push(id);
      else field(`off[${i}]`);
    });
  }

  const sites: CustomSite[] = [];
  if (!Array.isArray(raw.sites)) field('sites');
  else if (raw.sites.length > MAX_CUSTOM_SITES) {
    problems.push({ kind: 'too-many', field: 'sites' });
  } else {
    raw.sites.forEach((s: unknown, i) => {
      const site = parseCustomSite(s);
      if (site) sites.push(site);
      else field(`sites[${i}]`);
    });
  }

  if (problems.length > 0 || !settings || !personal) return fail(...problems);
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      v: BACKUP_VERSION,
      created: raw.created as string,
      settings,
      personal,
      off: [...new Set(off)],
      sites,
    },
  };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return !!x && typeof x === 'object' && !Array.isArray(x);
}

/**
 * The personal record with the backup's entries added. Into a record without entries (a fresh
 * install) the backup's record comes whole, key included; otherwise each entry the record lacks
 * is added under the key it was hashed with (like a setup code's). Entries already there (same
 * key, same hashed form) are not added twice. Null when the result would hold too many entries
 * or keys.
 */
export function mergePersonal(
  current: PersonalRecord,
  backup: PersonalRecord,
  newId: () => string,
): { record: PersonalRecord; added: number } | null {
  if (current.entries.length === 0) {
    return { record: structuredClone(backup), added: backup.entries.length };
  }
  const have = new Set(current.entries.map((e) => `${entryKey(current, e)} ${e.rule}`));
  const ids = new Set(current.entries.map((e) => e.id));
  const entries = [...current.entries];
  let added = 0;
  for (const e of backup.entries) {
    const key = entryKey(backup, e);
    if (have.has(`${key} ${e.rule}`)) continue;
    have.add(`${key} ${e.rule}`);
    let id = e.id;
    while (ids.has(id)) id = newId();
    ids.add(id);
    const entry: PersonalEntry = { id, added: e.added, rule: e.rule };
    if (key !== current.key) entry.key = key;
    entries.push(entry);
    added++;
  }
  const record: PersonalRecord = { v: 1, key: current.key, entries };
  if (entries.length > MAX_PERSONAL || keysInUse(record).length > MAX_PERSONAL_KEYS + 1) {
    return null;
  }
  return { record, added };
}

/** One change a restore makes; `waits` when it weakens protection and a cooling-off is set. */
export type RestoreStep = (
  | { kind: 'strictness'; value: Strictness }
  | { kind: 'cooling-off'; value: CoolingOff }
  | { kind: 'switch-on' | 'switch-off' }
  | { kind: 'set-pin'; pin: PinHash }
  | { kind: 'list-on' | 'list-off'; target: string }
  | { kind: 'add-site'; site: CustomSite }
  | { kind: 'add-terms'; count: number }
  | { kind: 'settings'; change: Partial<Omit<Settings, 'v'>> }
) & { waits: boolean };

export interface RestoreCurrent {
  settings: Settings;
  personal: PersonalRecord;
  guard: GuardRecord;
}

/**
 * What restoring `backup` over `current` changes, in the order to apply it: the cooling-off
 * period last, so every other change is decided with the period in force now (as if the person
 * made it by hand here). Lists are only those this build ships (`knownLists`). A term count of
 * null means the terms cannot be added (too many).
 */
export function planRestore(
  current: RestoreCurrent,
  backup: Backup,
  knownLists: readonly string[],
): { steps: RestoreStep[]; termsFit: boolean } {
  const cur: Current = {
    strictness: current.settings.strictness,
    coolingOff: current.settings.coolingOff,
    active: current.settings.active,
    pin: current.settings.pin !== null,
    off: current.guard.off,
    sites: current.guard.sites.map((s) => s.host),
    entries: current.personal.entries.map((e) => e.id),
  };
  const waits = (req: ChangeRequest) =>
    cur.coolingOff !== 'none' && classify(req, cur) === 'weakening';
  const steps: RestoreStep[] = [];
  const b = backup.settings;
  const s = current.settings;

  const change: Partial<Omit<Settings, 'v'>> = {};
  if (b.region !== s.region) change.region = b.region;
  if (b.language !== s.language) change.language = b.language;
  if (
    b.reach.enabled !== s.reach.enabled ||
    b.reach.campaign !== s.reach.campaign ||
    b.reach.endpoint !== s.reach.endpoint
  ) {
    change.reach = { ...b.reach };
  }
  if (b.removeFromHistory !== s.removeFromHistory) change.removeFromHistory = b.removeFromHistory;
  if (Object.keys(change).length > 0) steps.push({ kind: 'settings', change, waits: false });

  for (const id of knownLists) {
    const wantOff = backup.off.includes(id);
    if (wantOff === cur.off.includes(id)) continue;
    const kind = wantOff ? 'list-off' : 'list-on';
    steps.push({ kind, target: id, waits: waits({ kind, target: id }) });
  }
  for (const site of backup.sites) {
    if (!cur.sites.includes(site.host)) steps.push({ kind: 'add-site', site, waits: false });
  }
  const merged = mergePersonal(current.personal, backup.personal, () => 'x');
  if (merged && merged.added > 0) {
    steps.push({ kind: 'add-terms', count: merged.added, waits: false });
  }
  if (b.strictness !== s.strictness) {
    const req = { kind: 'strictness', value: b.strictness } as const;
    steps.push({ ...req, waits: waits(req) });
  }
  if (b.active !== s.active) {
    const kind = b.active ? 'switch-on' : 'switch-off';
    steps.push({ kind, waits: waits({ kind }) });
  }
  // A PIN in the backup is set (at once); no PIN in the backup leaves the one set now.
  if (b.pin && JSON.stringify(b.pin) !== JSON.stringify(s.pin)) {
    steps.push({ kind: 'set-pin', pin: b.pin, waits: false });
  }
  if (b.coolingOff !== s.coolingOff) {
    const req = { kind: 'cooling-off', value: b.coolingOff } as const;
    steps.push({ ...req, waits: waits(req) });
  }
  return { steps, termsFit: merged !== null };
}
