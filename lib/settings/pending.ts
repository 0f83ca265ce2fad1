/**
 * Cooling-off ([4/6] "Easy to tighten, hard to loosen"): a change that weakens protection waits
 * the cooling-off period the person chose before it takes effect; a change that strengthens it
 * takes effect at once and cancels a waiting change it undoes. Pure: the caller passes the time,
 * the current state and a fresh id; utils/changes.ts stores the record and applies changes.
 *
 * Stored under `pending` as `{ v: 1, changes: [...] }`. The coverage check reads `changes.length`
 * and the earliest `applyAt`: keep that shape. A waiting term removal holds only the entry's id,
 * never the term.
 *
 * Clocks: times are the wall clock (ms since 1970), so a change survives a browser restart.
 * - Backwards (the clock now reads earlier than a change was requested): the change is re-anchored
 *   at now with its full wait (`reconcile`; the caller stores the result so the anchor does not
 *   move again). It never applies early, and it waits at most the time already waited plus one
 *   full period, never "until the clock catches up".
 * - Forwards: a change applies when the clock says so. Setting the computer's clock ahead skips
 *   the wait, like the browser's own switches (remove, disable) skip it; the options say so.
 */
import {
  COOLING_OFF,
  COOLING_OFF_MS,
  STRICTNESS,
  type CoolingOff,
  type Strictness,
} from './settings';

export { PENDING_KEY } from './keys';

/** Changes that can wait (each weakens protection). */
export const PENDING_KINDS = [
  'remove-term',
  'list-off',
  'remove-site',
  'strictness',
  'cooling-off',
  'switch-off',
  'remove-pin',
] as const;
export type PendingKind = (typeof PENDING_KINDS)[number];

export interface PendingChange {
  /** Random, for cancelling; says nothing about the change. */
  id: string;
  kind: PendingKind;
  /** remove-term: the entry id; list-off: the list id; remove-site: the host. */
  target?: string;
  /** strictness: the new mode; cooling-off: the new period. */
  value?: string;
  requestedAt: number;
  applyAt: number;
}

export interface PendingRecord {
  v: 1;
  changes: PendingChange[];
}

/** What a person asks for. Strengthening requests apply at once and cancel their opposite. */
export type ChangeRequest =
  | { kind: 'remove-term' | 'add-term'; target: string }
  | { kind: 'list-off' | 'list-on'; target: string }
  | { kind: 'remove-site' | 'add-site'; target: string }
  | { kind: 'strictness'; value: Strictness }
  | { kind: 'cooling-off'; value: CoolingOff }
  | { kind: 'switch-off' | 'switch-on' | 'remove-pin' | 'set-pin' };

/** What the decision needs to know about protection as it is now. */
export interface Current {
  strictness: Strictness;
  coolingOff: CoolingOff;
  active: boolean;
  pin: boolean;
  /** Lists switched off, own sites (hosts), personal entries (ids). */
  off: readonly string[];
  sites: readonly string[];
  entries: readonly string[];
}

export type Direction = 'weakening' | 'strengthening' | 'same';

/** The longest wait a stored change may have; a longer one is damaged. */
const MAX_WAIT = Math.max(...Object.values(COOLING_OFF_MS));
/** More than every entry, list and site together; a longer record is damaged. */
export const MAX_PENDING = 1000;

const ID = /^[a-z0-9]{1,32}$/;
const LIST_ID = /^[\w-]{1,64}$/;
const HOST = /^[a-z0-9.-]{1,253}$/;

/** Strict is the strongest; each step down weakens. */
const STRICTNESS_RANK: Record<Strictness, number> = { strict: 2, pause: 1, gentle: 0 };

export function newPendingRecord(): PendingRecord {
  return { v: 1, changes: [] };
}

/** Whether a request weakens protection, strengthens it, or changes nothing. */
export function classify(request: ChangeRequest, current: Current): Direction {
  switch (request.kind) {
    case 'remove-term':
      return current.entries.includes(request.target) ? 'weakening' : 'same';
    case 'add-term':
      return 'strengthening';
    case 'list-off':
      return current.off.includes(request.target) ? 'same' : 'weakening';
    case 'list-on':
      return current.off.includes(request.target) ? 'strengthening' : 'same';
    case 'remove-site':
      return current.sites.includes(request.target) ? 'weakening' : 'same';
    case 'add-site':
      return 'strengthening';
    case 'strictness':
      return compare(STRICTNESS_RANK[request.value], STRICTNESS_RANK[current.strictness]);
    case 'cooling-off':
      return compare(COOLING_OFF_MS[request.value], COOLING_OFF_MS[current.coolingOff]);
    case 'switch-off':
      return current.active ? 'weakening' : 'same';
    case 'switch-on':
      return current.active ? 'same' : 'strengthening';
    case 'remove-pin':
      return current.pin ? 'weakening' : 'same';
    case 'set-pin':
      return 'strengthening';
  }
}

function compare(requested: number, now: number): Direction {
  return requested > now ? 'strengthening' : requested < now ? 'weakening' : 'same';
}

/** The waiting change a request would create or undo: kind and target (value aside). */
function keyOf(request: ChangeRequest): { kind: PendingKind; target?: string } {
  switch (request.kind) {
    case 'add-term':
    case 'remove-term':
      return { kind: 'remove-term', target: request.target };
    case 'list-on':
    case 'list-off':
      return { kind: 'list-off', target: request.target };
    case 'add-site':
    case 'remove-site':
      return { kind: 'remove-site', target: request.target };
    case 'strictness':
    case 'cooling-off':
      return { kind: request.kind };
    case 'switch-on':
    case 'switch-off':
      return { kind: 'switch-off' };
    case 'set-pin':
    case 'remove-pin':
      return { kind: 'remove-pin' };
  }
}

const sameKey = (c: PendingChange, key: { kind: PendingKind; target?: string }) =>
  c.kind === key.kind && c.target === key.target;

/** How much a waiting value weakens (higher = weaker), to compare two requests of one kind. */
function weakness(kind: PendingKind, value: string | undefined): number {
  if (kind === 'strictness') return -STRICTNESS_RANK[value as Strictness];
  if (kind === 'cooling-off') return -COOLING_OFF_MS[value as CoolingOff];
  return 0;
}

export type Decision =
  /** Apply the request now; `record` has the changes it undoes or supersedes removed. */
  | { outcome: 'apply'; record: PendingRecord }
  /** Nothing to apply; `record` has the changes it undoes removed (maybe none). */
  | { outcome: 'same'; record: PendingRecord }
  /** The request waits: `change` is in `record` (new, or the one already waiting). */
  | { outcome: 'wait'; record: PendingRecord; change: PendingChange };

/**
 * Decides a request. Weakening waits the *current* cooling-off period (so shortening the period
 * itself waits the old, longer one); with `none` it applies at once. Strengthening applies at
 * once. Either way a waiting change of the same kind and target is settled:
 * - strengthening or "the same as now" cancels it (switching a list back on cancels its pending
 *   "off"; choosing the current strictness again cancels a pending lower one);
 * - asking again for what is waiting keeps the waiting change and its time (no restart);
 * - asking for a weaker value restarts the wait; a less weak one keeps the earlier time.
 */
export function decide(
  record: PendingRecord,
  request: ChangeRequest,
  current: Current,
  now: number,
  newId: string,
): Decision {
  const key = keyOf(request);
  const others = record.changes.filter((c) => !sameKey(c, key));
  const rest = { v: 1 as const, changes: others };
  const direction = classify(request, current);
  if (direction === 'same') return { outcome: 'same', record: rest };
  const wait = COOLING_OFF_MS[current.coolingOff];
  if (direction === 'strengthening' || wait === 0) return { outcome: 'apply', record: rest };
  const value = 'value' in request ? request.value : undefined;
  const waiting = record.changes.find((c) => sameKey(c, key));
  if (waiting && waiting.value === value) return { outcome: 'wait', record, change: waiting };
  let applyAt = now + wait;
  if (waiting && weakness(key.kind, value) <= weakness(key.kind, waiting.value)) {
    applyAt = Math.min(applyAt, waiting.applyAt);
  }
  const change: PendingChange = { id: newId, ...key, requestedAt: now, applyAt };
  if (value !== undefined) change.value = value;
  return { outcome: 'wait', record: { v: 1, changes: [...others, change] }, change };
}

/** Removes a waiting change (the person cancels it); unknown ids change nothing. */
export function cancel(record: PendingRecord, id: string): PendingRecord {
  return { v: 1, changes: record.changes.filter((c) => c.id !== id) };
}

/**
 * Re-anchors changes requested "in the future" (the clock was set back): each keeps its full
 * wait from now. `changed` says whether the caller must store the result.
 */
export function reconcile(
  record: PendingRecord,
  now: number,
): { record: PendingRecord; changed: boolean } {
  let changed = false;
  const changes = record.changes.map((c) => {
    if (c.requestedAt <= now) return c;
    changed = true;
    return { ...c, requestedAt: now, applyAt: now + (c.applyAt - c.requestedAt) };
  });
  return { record: changed ? { v: 1, changes } : record, changed };
}

/**
 * The changes whose time has come (oldest first) and the record without them. Reconciles the
 * clock first, so a change requested "in the future" is never due.
 */
export function takeDue(
  record: PendingRecord,
  now: number,
): { due: PendingChange[]; record: PendingRecord; changed: boolean } {
  const { record: reconciled, changed } = reconcile(record, now);
  const due = reconciled.changes
    .filter((c) => c.applyAt <= now)
    .sort((a, b) => a.applyAt - b.applyAt || a.requestedAt - b.requestedAt);
  if (due.length === 0) return { due, record: reconciled, changed };
  const rest = reconciled.changes.filter((c) => c.applyAt > now);
  return { due, record: { v: 1, changes: rest }, changed: true };
}

/** The earliest time a change is waiting for, or null when none waits. */
export function nextApplyAt(record: PendingRecord): number | null {
  return record.changes.reduce<number | null>(
    (min, c) => (min === null || c.applyAt < min ? c.applyAt : min),
    null,
  );
}

/** The waiting change for a kind (and target), if any: for "pending" marks in the options. */
export function waitingFor(
  record: PendingRecord,
  kind: PendingKind,
  target?: string,
): PendingChange | undefined {
  return record.changes.find((c) => c.kind === kind && c.target === target);
}

/**
 * The record from storage. Damaged changes are dropped, which keeps protection as it is (a
 * dropped change never applies, early or late); of two changes for one thing the later is kept.
 */
export function parsePending(raw: unknown): PendingRecord {
  const out = newPendingRecord();
  if (!raw || typeof raw !== 'object') return out;
  const list = (raw as Record<string, unknown>).changes;
  if (!Array.isArray(list)) return out;
  for (const item of list.slice(0, MAX_PENDING)) {
    const change = parseChange(item);
    if (!change || out.changes.some((c) => c.id === change.id)) continue;
    const twin = out.changes.findIndex((c) => sameKey(c, change));
    if (twin === -1) out.changes.push(change);
    else if (out.changes[twin]!.applyAt < change.applyAt) out.changes[twin] = change;
  }
  return out;
}

function parseChange(raw: unknown): PendingChange | null {
  if (!raw || typeof raw !== 'object') return null;
  const { id, kind, target, value, requestedAt, applyAt } = raw as Record<string, unknown>;
  if (typeof id !== 'string' || !ID.test(id)) return null;
  if (!(PENDING_KINDS as readonly unknown[]).includes(kind)) return null;
  if (!Number.isSafeInteger(requestedAt) || !Number.isSafeInteger(applyAt)) return null;
  const from = requestedAt as number;
  const at = applyAt as number;
  if (from <= 0 || at <= from || at - from > MAX_WAIT) return null;
  const change: PendingChange = { id, kind: kind as PendingKind, requestedAt: from, applyAt: at };
  const pattern =
    kind === 'remove-term'
      ? ID
      : kind === 'list-off'
        ? LIST_ID
        : kind === 'remove-site'
          ? HOST
          : null;
  if (pattern) {
    if (typeof target !== 'string' || !pattern.test(target)) return null;
    change.target = target;
  } else if (target !== undefined) return null;
  const values: readonly string[] | null =
    kind === 'strictness' ? STRICTNESS : kind === 'cooling-off' ? COOLING_OFF : null;
  if (values) {
    if (typeof value !== 'string' || !values.includes(value)) return null;
    change.value = value;
  } else if (value !== undefined) return null;
  return change;
}
