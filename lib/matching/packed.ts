/**
 * The packed form of a compiled set: what the build bundles into the content script (DESIGN.md
 * "Keeping results from being painted"). The binary form (`serialize`) is made to be read in
 * place, so it keeps the hash table with its empty slots and whole 32-bit words for small
 * numbers; packed, the same set is a fifth of the size once gzipped. `unpack` rebuilds exactly
 * the arrays `load` would give, so the matcher cannot tell the two apart.
 *
 * Layout: bytes, little-endian. Numbers are unsigned LEB128 varints unless said otherwise;
 * "zigzag" ones are signed. Raw words are four bytes.
 *
 *   magic "KPK1" · key (4 raw words) · phrase mask · gate lengths · log2 capacity ·
 *   log2 filter words · rules · prefix, suffix, infix length bitsets (8 raw words each) ·
 *   metadata bytes + UTF-8 JSON of the lists ·
 *   used slots + per used slot the gap to it from the previous one (the first: its index) ·
 *   per used slot its key (2 raw words) · per used slot its posting count ·
 *   per posting ref: rule (zigzag, from the slot's previous ref; the first from 0), low 9 bits ·
 *   per rule: line (zigzag, from the previous rule's) · per rule: list (zigzag, likewise) ·
 *   filter (raw words) · per rule: companions offset · companions length + the words.
 *
 * Grouping like values together (all gaps, then all keys, ...) is what lets gzip find them.
 * A slot's posting offset is not stored: postings are laid out in slot order (SetBuilder), and
 * `pack` refuses a set that is not.
 */
import { assemble, CompiledFormatError, type CompiledSet } from './compiled';

const MAGIC = [0x4b, 0x50, 0x4b, 0x31]; // "KPK1"
const LEN_WORDS = 8;

class Writer {
  private bytes: number[] = [];

  uint(n: number): void {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`pack: ${n}`);
    while (n > 0x7f) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }

  int(n: number): void {
    this.uint(n < 0 ? -2 * n - 1 : 2 * n);
  }

  word(n: number): void {
    this.bytes.push(n & 255, (n >>> 8) & 255, (n >>> 16) & 255, n >>> 24);
  }

  raw(b: ArrayLike<number>): void {
    for (let i = 0; i < b.length; i++) this.bytes.push(b[i]!);
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function log2(n: number): number {
  return Math.round(Math.log2(n));
}

/** The packed form of `set`. Throws if its postings are not laid out in slot order. */
export function pack(set: CompiledSet): Uint8Array {
  const w = new Writer();
  w.raw(MAGIC);
  for (const k of set.key) w.word(k);
  w.uint(set.phraseMask);
  w.uint(set.gateLengths);
  w.uint(log2(set.capacity));
  w.uint(log2(set.filter.length));
  w.uint(set.ruleLine.length);
  for (const lens of [set.prefixLens, set.suffixLens, set.infixLens])
    for (const v of lens) w.word(v);
  const meta = new TextEncoder().encode(JSON.stringify(set.lists));
  w.uint(meta.length);
  w.raw(meta);

  const used: number[] = [];
  for (let slot = 0; slot < set.capacity; slot++) if (set.slots[slot * 4 + 2]) used.push(slot);
  w.uint(used.length);
  let prev = -1;
  for (const slot of used) {
    w.uint(slot - prev - 1);
    prev = slot;
  }
  for (const slot of used) {
    w.word(set.slots[slot * 4]!);
    w.word(set.slots[slot * 4 + 1]!);
  }
  // The layout `unpack` assumes: each used slot's postings right after the previous slot's.
  let offset = 0;
  for (const slot of used) {
    if (set.slots[slot * 4 + 2] !== offset + 1 || set.slots[slot * 4 + 3] !== 0) {
      throw new RangeError('pack: postings are not laid out in slot order');
    }
    w.uint(set.postings[offset]!);
    offset += 1 + set.postings[offset]!;
  }
  if (offset !== set.postings.length) throw new RangeError('pack: postings outside the slots');
  offset = 0;
  for (let u = 0; u < used.length; u++) {
    const count = set.postings[offset++]!;
    let rule = 0;
    for (let i = 0; i < count; i++) {
      const ref = set.postings[offset++]!;
      w.int((ref >>> 9) - rule);
      rule = ref >>> 9;
      w.uint(ref & 511);
    }
  }
  for (const column of [set.ruleLine, set.ruleList]) {
    let last = 0;
    for (const v of column) {
      w.int(v - last);
      last = v;
    }
  }
  for (const v of set.filter) w.word(v);
  for (const v of set.ruleCompanions) w.uint(v);
  w.uint(set.companions.length);
  for (const v of set.companions) w.uint(v);
  return w.done();
}

/**
 * The compiled set a packed form holds: the same arrays `load(serialize(set))` gives. Throws a
 * CompiledFormatError on a form that is not one, or is cut short.
 */
export function unpack(bytes: Uint8Array): CompiledSet {
  let at = 0;
  const damaged = () => new CompiledFormatError('packed list: truncated or damaged');
  const uint = (): number => {
    let n = 0;
    for (let scale = 1; ; scale *= 128) {
      if (at >= bytes.length || scale > 2 ** 28) throw damaged();
      const b = bytes[at++]!;
      n += (b & 0x7f) * scale;
      if (b < 0x80) return n;
    }
  };
  const int = (): number => {
    const z = uint();
    return z % 2 ? -(z + 1) / 2 : z / 2;
  };
  const word = (): number => {
    if (at + 4 > bytes.length) throw damaged();
    const v =
      (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
    at += 4;
    return v;
  };
  const words = (n: number): Uint32Array => {
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = word();
    return out;
  };
  if (MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new CompiledFormatError('packed list: not a Keerpunt packed list');
  }
  at = MAGIC.length;
  const key = words(4);
  const phraseMask = uint();
  const gateLengths = uint();
  const capacityBits = uint();
  const filterBits = uint();
  const rules = uint();
  // Bounds before anything is allocated: every rule takes at least three bytes, every filter
  // word four.
  if (capacityBits > 22 || rules * 3 > bytes.length || 4 * 2 ** filterBits > bytes.length) {
    throw damaged();
  }
  const capacity = 2 ** capacityBits;
  const prefixLens = words(LEN_WORDS);
  const suffixLens = words(LEN_WORDS);
  const infixLens = words(LEN_WORDS);
  const metaLength = uint();
  if (at + metaLength > bytes.length) throw damaged();
  let lists: CompiledSet['lists'];
  try {
    lists = JSON.parse(new TextDecoder().decode(bytes.subarray(at, (at += metaLength))));
  } catch {
    throw damaged();
  }

  const usedCount = uint();
  if (usedCount > capacity || usedCount * 10 > bytes.length) throw damaged();
  const used = new Uint32Array(usedCount);
  for (let u = 0, slot = -1; u < usedCount; u++) {
    slot += uint() + 1;
    if (slot >= capacity) throw damaged();
    used[u] = slot;
  }
  const slots = new Uint32Array(capacity * 4);
  for (const slot of used) {
    slots[slot * 4] = word();
    slots[slot * 4 + 1] = word();
  }
  const counts = new Uint32Array(usedCount);
  let postingsLength = 0;
  for (let u = 0; u < usedCount; u++) {
    counts[u] = uint();
    postingsLength += 1 + counts[u]!;
  }
  if (postingsLength > bytes.length * 8) throw damaged();
  const postings = new Uint32Array(postingsLength);
  let offset = 0;
  for (let u = 0; u < usedCount; u++) {
    slots[used[u]! * 4 + 2] = offset + 1;
    postings[offset++] = counts[u]!;
    let rule = 0;
    for (let i = 0; i < counts[u]!; i++) {
      rule += int();
      postings[offset++] = ((rule << 9) | (uint() & 511)) >>> 0;
    }
  }
  const column = (): Uint32Array => {
    const out = new Uint32Array(rules);
    for (let i = 0, last = 0; i < rules; i++) out[i] = last += int();
    return out;
  };
  const ruleLine = column();
  const ruleList = column();
  const filter = words(2 ** filterBits);
  const ruleCompanions = new Uint32Array(rules);
  for (let i = 0; i < rules; i++) ruleCompanions[i] = uint();
  const companionsLength = uint();
  if (companionsLength > bytes.length) throw damaged();
  const companions = new Uint32Array(companionsLength);
  for (let i = 0; i < companionsLength; i++) companions[i] = uint();
  if (at !== bytes.length || companionsLength < 1) throw damaged();
  return assemble(
    {
      key,
      prefixLens,
      suffixLens,
      infixLens,
      slots,
      postings,
      ruleLine,
      ruleList,
      filter,
      ruleCompanions,
      companions,
    },
    { phraseMask, gateLengths },
    lists,
  );
}
