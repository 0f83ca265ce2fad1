/**
 * Personal rules (DESIGN.md "Discreet storage"): never stored as text. Each entry keeps its
 * rule's hashed form (`hashRule`) under a per-install key and the day it was added; the
 * compiled set that content scripts read is rebuilt from those forms (`compilePersonal`).
 * A term is removed by its entry or by typing it again (same text → same hashed form).
 */
import { hashRule, parseRule, randomKey, serialize, SetBuilder, type HashKey } from '../matching';
import { fromBase64, isBase64, toBase64 } from '../util/base64';

/** Entries a person can keep: enough for any personal list, small enough for a fast read. */
export const MAX_PERSONAL = 500;

export interface PersonalEntry {
  /** Random, for removing this entry; says nothing about the term. */
  id: string;
  /** Local day it was added, `YYYY-MM-DD`. */
  added: string;
  /** The rule's hashed form, base64. */
  rule: string;
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
  return { v: 1, key: toBase64(new Uint8Array(key.buffer, key.byteOffset, 16)), entries: [] };
}

function keyOf(record: PersonalRecord): HashKey {
  const bytes = fromBase64(record.key);
  return new Uint32Array(bytes.slice().buffer);
}

/**
 * The record from storage; entries that are damaged are dropped, the rest kept. No record or a
 * record without a valid key gives null (the caller starts a new one, with a new key).
 */
export function parsePersonalRecord(raw: unknown): PersonalRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.key !== 'string' || !isBase64(r.key) || fromBase64(r.key).length !== 16) return null;
  const entries: PersonalEntry[] = [];
  const key = keyOf({ v: 1, key: r.key, entries: [] });
  for (const e of Array.isArray(r.entries) ? (r.entries as unknown[]) : []) {
    if (!e || typeof e !== 'object') continue;
    const { id, added, rule } = e as Record<string, unknown>;
    if (typeof id !== 'string' || !/^[a-z0-9]{1,32}$/.test(id)) continue;
    if (typeof added !== 'string' || !DAY.test(added)) continue;
    if (typeof rule !== 'string' || !isBase64(rule) || !fileable(rule, key)) continue;
    if (entries.length < MAX_PERSONAL) entries.push({ id, added, rule });
  }
  return { v: 1, key: r.key, entries };
}

/** Whether a stored hashed form can be filed (is undamaged). */
function fileable(rule: string, key: HashKey): boolean {
  try {
    const builder = new SetBuilder(key);
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
  const line = text.trim();
  if (line === '') return { reason: 'empty' };
  if (line.includes('\n')) return { reason: 'one term or rule at a time' };
  if (line.startsWith('#') || line.startsWith('!')) {
    return { reason: 'a line starting with # or ! is a comment or header in the list format' };
  }
  const rule = parseRule(line, 1);
  if (typeof rule === 'string') return { reason: rule };
  // Parts in a fixed order: `zebra + giraffe` and `giraffe + zebra` are one rule (any order
  // matches), so they must have one hashed form, to refuse the duplicate and to remove by retyping.
  const canonical = (p: (typeof rule.parts)[number]) => `${p.kind}:${p.readings.join('|')}`;
  const parts = [...rule.parts].sort((a, b) => (canonical(a) < canonical(b) ? -1 : 1));
  const words = hashRule({ ...rule, parts }, keyOf(record));
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
  if (record.entries.some((e) => e.rule === hashed)) {
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

/** Removes the entry made from the same text; `removed` is false when there was none. */
export function removeByText(
  record: PersonalRecord,
  text: string,
): { record: PersonalRecord; removed: boolean } {
  const hashed = hashTerm(record, text);
  if (typeof hashed !== 'string') return { record, removed: false };
  const entries = record.entries.filter((e) => e.rule !== hashed);
  return { record: { ...record, entries }, removed: entries.length !== record.entries.length };
}

/** The compiled set of the personal rules (base64 of `serialize`), or '' when there are none. */
export function compilePersonal(record: PersonalRecord): string {
  if (record.entries.length === 0) return '';
  const builder = new SetBuilder(keyOf(record));
  builder.addList({ id: 'personal' });
  record.entries.forEach((e, i) => builder.addHashed(wordsOf(e.rule), i + 1));
  return toBase64(serialize(builder.build()));
}

function randomId(): string {
  const bytes = new Uint8Array(8);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
