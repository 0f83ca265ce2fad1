/**
 * Personal rules (DESIGN.md "Discreet storage"): never stored as text. Each entry keeps its
 * rule's hashed form (`hashRule`) under a per-install key and the day it was added; the
 * compiled set that content scripts read is rebuilt from those forms (`compilePersonal`).
 * A term is removed by its entry or by typing it again (same text → same hashed form).
 *
 * Entries imported from a setup code keep the code's own key (`PersonalEntry.key`): their text
 * never existed on this device, so they cannot be rehashed. `compilePersonal` makes one compiled
 * set per key in use, and retyping hashes the text with each of those keys.
 */
import {
  hashRule,
  LIMITS,
  parseRule,
  randomKey,
  serialize,
  SetBuilder,
  type HashKey,
} from '../matching';
import { fromBase64, isBase64, toBase64 } from '../util/base64';
import { randomId } from '../util/random-id';

/** Entries a person can keep: enough for any personal list, small enough for a fast read. */
export const MAX_PERSONAL = 500;

export interface PersonalEntry {
  /** Random, for removing this entry; says nothing about the term. */
  id: string;
  /** Local day it was added, `YYYY-MM-DD`. */
  added: string;
  /** The rule's hashed form, base64. */
  rule: string;
  /** The key the rule was hashed with (16 bytes, base64) when not the record's: a setup code's. */
  key?: string;
}

export interface PersonalRecord {
  v: 1;
  /** The per-install hash key (16 bytes, base64). */
  key: string;
  entries: PersonalEntry[];
}

export type AddResult =
  { ok: true; record: PersonalRecord; entry: PersonalEntry } | { ok: false; reason: string };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function newPersonalRecord(key: HashKey = randomKey()): PersonalRecord {
  return { v: 1, key: keyToBase64(key), entries: [] };
}

/** At most this many keys of setup codes besides the per-install key (one compiled set each). */
export const MAX_PERSONAL_KEYS = 8;

function keyOf(record: PersonalRecord): HashKey {
  return keyFromBase64(record.key);
}

export function keyFromBase64(text: string): HashKey {
  const bytes = fromBase64(text);
  return new Uint32Array(bytes.slice().buffer);
}

export function keyToBase64(key: HashKey): string {
  return toBase64(new Uint8Array(key.buffer, key.byteOffset, 16));
}

const isKey = (x: unknown): x is string =>
  typeof x === 'string' && isBase64(x) && fromBase64(x).length === 16;

/** The key an entry's rule was hashed with, base64. */
export const entryKey = (record: PersonalRecord, entry: PersonalEntry): string =>
  entry.key ?? record.key;

/** Every key in use: the record's first, then the setup codes' in the order first seen. */
export function keysInUse(record: PersonalRecord): string[] {
  const keys = new Set([record.key]);
  for (const e of record.entries) keys.add(entryKey(record, e));
  return [...keys];
}

/**
 * The record from storage; entries that are damaged are dropped, the rest kept. No record or a
 * record without a valid key gives null (the caller starts a new one, with a new key).
 */
export function parsePersonalRecord(raw: unknown): PersonalRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (!isKey(r.key)) return null;
  const entries: PersonalEntry[] = [];
  const keys = new Set([r.key]);
  for (const e of Array.isArray(r.entries) ? (r.entries as unknown[]) : []) {
    if (!e || typeof e !== 'object') continue;
    const { id, added, rule, key } = e as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9]{1,32}$/.test(id)) continue;
    if (typeof added !== 'string' || !DAY.test(added)) continue;
    if (typeof rule !== 'string' || !isBase64(rule) || !fileable(rule)) continue;
    if (key !== undefined && (!isKey(key) || key === r.key)) continue;
    if (typeof key === 'string' && !keys.has(key) && keys.size > MAX_PERSONAL_KEYS) continue;
    if (entries.length >= MAX_PERSONAL) continue;
    if (typeof key === 'string') keys.add(key);
    entries.push(typeof key === 'string' ? { id, added, rule, key } : { id, added, rule });
  }
  return { v: 1, key: r.key, entries };
}

/** Whether a stored hashed form can be filed (is undamaged); the check does not need its key. */
export function fileable(rule: string): boolean {
  try {
    const builder = new SetBuilder(new Uint32Array(4));
    builder.addList({});
    builder.addHashed(wordsOf(rule), 1);
    return true;
  } catch {
    return false;
  }
}

function wordsOf(rule: string): Uint32Array {
  const bytes = fromBase64(rule);
  if (bytes.length % 4 !== 0) throw new RangeError('hashed rule: damaged');
  return new Uint32Array(bytes.slice().buffer);
}

/** The hashed form of one typed term or list-syntax rule, or why it cannot be a rule. */
export function hashTerm(record: PersonalRecord, text: string): string | { reason: string } {
  return hashTermWith(keyOf(record), text);
}

/** `hashTerm` under a given key (a setup code's, made by the generator). */
export function hashTermWith(key: HashKey, text: string): string | { reason: string } {
  const line = text.trim();
  if (line === '') return { reason: 'empty' };
  if (line.includes('\n')) return { reason: 'one term or rule at a time' };
  // As for a line of a list: a pasted file (or binary) is refused before any work is done on it.
  if (line.length > LIMITS.lineChars) {
    return { reason: `a term may be at most ${LIMITS.lineChars} characters` };
  }
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000b-\u001f\u007f]/.exec(line);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    return { reason: `a control character (U+${code}) in the term` };
  }
  if (line.startsWith('#') || line.startsWith('!')) {
    return { reason: 'a line starting with # or ! is a comment or header in the list format' };
  }
  const rule = parseRule(line, 1);
  if (typeof rule === 'string') return { reason: rule };
  // Parts in a fixed order: `zebra + giraffe` and `giraffe + zebra` are one rule (any order
  // matches), so they must have one hashed form, to refuse the duplicate and to remove by retyping.
  const canonical = (p: (typeof rule.parts)[number]) => `${p.kind}:${p.readings.join('|')}`;
  const parts = [...rule.parts].sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  const words = hashRule({ ...rule, parts }, key);
  return toBase64(new Uint8Array(words.buffer, words.byteOffset, words.byteLength));
}

/** Adds a term (or a rule in the list syntax); `today` is the local day. */
export function addTerm(
  record: PersonalRecord,
  text: string,
  today: string,
  id: string = randomId(),
): AddResult {
  const hashed = hashTerm(record, text);
  if (typeof hashed !== 'string') return { ok: false, reason: hashed.reason };
  if (matchingEntries(record, text).length > 0) {
    return { ok: false, reason: 'already in your list' };
  }
  if (record.entries.length >= MAX_PERSONAL) {
    return { ok: false, reason: `the list holds at most ${MAX_PERSONAL} terms` };
  }
  const entry = { id, added: today, rule: hashed };
  return { ok: true, record: { ...record, entries: [...record.entries, entry] }, entry };
}

export function removeEntry(record: PersonalRecord, id: string): PersonalRecord {
  return { ...record, entries: record.entries.filter((e) => e.id !== id) };
}

/** The entries made from the same text, under whichever key each was hashed with. */
function matchingEntries(record: PersonalRecord, text: string): PersonalEntry[] {
  const hashed = new Map<string, string>();
  for (const key of keysInUse(record)) {
    const h = hashTermWith(keyFromBase64(key), text);
    if (typeof h === 'string') hashed.set(key, h);
  }
  return record.entries.filter((e) => hashed.get(entryKey(record, e)) === e.rule);
}

/**
 * Removes the entries made from the same text (typed here, or brought by a setup code: the text
 * is hashed with each key in use); `removed` is false when there was none.
 */
export function removeByText(
  record: PersonalRecord,
  text: string,
): { record: PersonalRecord; removed: boolean } {
  const gone = new Set(matchingEntries(record, text));
  if (gone.size === 0) return { record, removed: false };
  const entries = record.entries.filter((e) => !gone.has(e));
  return { record: { ...record, entries }, removed: true };
}

/**
 * The compiled sets of the personal rules (base64 of `serialize`), one per key in use, the
 * per-install key's first; empty when there are no rules.
 */
export function compilePersonal(record: PersonalRecord): string[] {
  const sets: string[] = [];
  for (const key of keysInUse(record)) {
    const entries = record.entries.filter((e) => entryKey(record, e) === key);
    if (entries.length === 0) continue;
    const builder = new SetBuilder(keyFromBase64(key));
    builder.addList({ id: 'personal' });
    entries.forEach((e, i) => builder.addHashed(wordsOf(e.rule), i + 1));
    sets.push(toBase64(serialize(builder.build())));
  }
  return sets;
}
