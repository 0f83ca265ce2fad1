/**
 * The packed form of a compiled set: what the build bundles into the content script (DESIGN.md
 * "Keeping results from being painted"). The binary form (`serialize`) is made to be read in
 * place, so it keeps the hash table with its empty slots and whole 32-bit words for small
 * numbers; packed, the same set is a fifth of the size. `unpack` rebuilds exactly the arrays
 * `load` would give, so the matcher cannot tell the two apart.
 *
 * `unpack` runs in every search page before it may paint, in code the engine has not compiled
 * yet: it decodes each column in one loop, and the raw words (keys, filter) as typed-array views,
 * so that it makes few calls (the first version, a call per number, took ~4 ms a page).
 *
 * Layout, little-endian; "varints" are unsigned LEB128, "zigzag" ones signed:
 *
 *   magic "KPK1" · key (4 words) · prefix, suffix, infix length bitsets (8 words each) ·
 *   varints: phrase mask, gate lengths, log2 capacity, log2 filter words, rules, used slots,
 *   companions, metadata bytes · metadata (UTF-8 JSON of the lists) ·
 *   varints per used slot: the gap from the previous one (the first: its index) ·
 *   varints per used slot: its posting count · zero bytes to a multiple of 4 ·
 *   per used slot its key (2 words) · the filter (words) ·
 *   varints per posting ref: rule (zigzag, from the slot's previous ref; the first from 0) and
 *   low 9 bits · zigzag per rule: line, from the previous rule's · likewise its list ·
 *   varints per rule: companions offset · varints: the companions.
 *
 * Like values sit together (all gaps, then all counts, ...): that is what lets gzip find them.
 * A slot's posting offset is not stored: postings are laid out in slot order (SetBuilder), and
 * `pack` refuses a set that is not.
 */
import { assemble, CompiledFormatError, singleRef, type CompiledSet } from './compiled';

/** The eight numbers after the length bitsets. */
type Eight = [number, number, number, number, number, number, number, number];

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

  /** Zero bytes up to a multiple of 4, where raw words follow. */
  align(): void {
    while (this.bytes.length % 4) this.bytes.push(0);
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
  for (const lens of [set.prefixLens, set.suffixLens, set.infixLens])
    for (const v of lens) w.word(v);
  const used: number[] = [];
  for (let slot = 0; slot < set.capacity; slot++) if (set.slots[slot * 4 + 2]) used.push(slot);
  const meta = new TextEncoder().encode(JSON.stringify(set.lists));
  for (const v of [
    set.phraseMask,
    set.gateLengths,
    log2(set.capacity),
    log2(set.filter.length),
    set.ruleLine.length,
    used.length,
    set.companions.length,
    meta.length,
  ])
    w.uint(v);
  w.raw(meta);
  let prev = -1;
  for (const slot of used) {
    w.uint(slot - prev - 1);
    prev = slot;
  }
  // The layout `unpack` assumes: each used slot's postings right after the previous slot's.
  let offset = 0;
  for (const slot of used) {
    if (set.slots[slot * 4 + 2] !== offset + 1) {
      throw new RangeError('pack: postings are not laid out in slot order');
    }
    // The fourth word is not stored: `unpack` derives it from the postings (as SetBuilder does).
    const one = set.slots[slot * 4 + 3]!;
    if (one !== 0 && one !== singleRef(set.postings, offset)) {
      throw new RangeError("pack: a slot's single ref differs from its postings");
    }
    w.uint(set.postings[offset]!);
    offset += 1 + set.postings[offset]!;
  }
  if (offset !== set.postings.length) throw new RangeError('pack: postings outside the slots');
  w.align();
  for (const slot of used) {
    w.word(set.slots[slot * 4]!);
    w.word(set.slots[slot * 4 + 1]!);
  }
  for (const v of set.filter) w.word(v);
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
  for (const v of set.ruleCompanions) w.uint(v);
  for (const v of set.companions) w.uint(v);
  return w.done();
}

/**
 * The compiled set a packed form holds: the same arrays `load(serialize(set))` gives. Throws a
 * CompiledFormatError on a form that is not one, or is cut short.
 */
export function unpack(input: Uint8Array): CompiledSet {
  // Word views need a 4-byte-aligned start (a fresh decode always has one).
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  const end = bytes.length;
  let at = 0;
  const damaged = () => new CompiledFormatError('packed list: truncated or damaged');
  /** `n` varints, in one loop. Each takes at least a byte: `n` is bounded by what is left. */
  const varints = (n: number): Uint32Array => {
    if (n > end - at) throw damaged();
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      let v = 0;
      let b = 128;
      for (let shift = 0; b > 127; shift += 7) {
        if (at >= end || shift > 28) throw damaged();
        b = bytes[at++]!;
        v |= (b & 127) << shift;
      }
      out[i] = v;
    }
    return out;
  };
  /** `n` raw words, as a view (at a multiple of 4 by the layout). */
  const words = (n: number): Uint32Array => {
    if (at + n * 4 > end) throw damaged();
    const out = new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
    at += n * 4;
    return out;
  };
  /** Zigzag deltas → values, in place. */
  const running = (column: Uint32Array): Uint32Array => {
    for (let i = 0, last = 0; i < column.length; i++) {
      const z = column[i]!;
      column[i] = last += (z >>> 1) ^ -(z & 1);
    }
    return column;
  };
  if (MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new CompiledFormatError('packed list: not a Keerpunt packed list');
  }
  at = MAGIC.length;
  const key = words(4);
  const prefixLens = words(LEN_WORDS);
  const suffixLens = words(LEN_WORDS);
  const infixLens = words(LEN_WORDS);
  const [
    phraseMask,
    gateLengths,
    capacityBits,
    filterBits,
    rules,
    used,
    companionsLength,
    metaLength,
  ] = Array.from(varints(8)) as Eight;
  // Bounds before anything large is allocated: the table is at most 16 slots a byte of input
  // (the shipped lists: 2,048 slots in 10.6 KB), every rule takes three bytes, every filter word
  // four, every used slot ten.
  const capacity = 2 ** capacityBits;
  if (
    capacityBits > 24 ||
    capacity > 16 * end + 16 ||
    used > capacity ||
    used * 10 > end ||
    rules * 3 > end ||
    filterBits > 24 ||
    2 ** filterBits * 4 > end ||
    companionsLength < 1 ||
    at + metaLength > end
  ) {
    throw damaged();
  }
  let lists: CompiledSet['lists'];
  try {
    lists = JSON.parse(new TextDecoder().decode(bytes.subarray(at, (at += metaLength))));
  } catch {
    throw damaged();
  }
  const gaps = varints(used);
  const counts = varints(used);
  at = (at + 3) & ~3;
  const keys = words(2 * used);
  const filter = words(2 ** filterBits);
  let refs = 0;
  for (let u = 0; u < used; u++) refs += counts[u]!;
  const refParts = varints(2 * refs);
  const ruleLine = running(varints(rules));
  const ruleList = running(varints(rules));
  const ruleCompanions = varints(rules);
  const companions = varints(companionsLength);
  if (at !== end) throw damaged();

  const slots = new Uint32Array(capacity * 4);
  const postings = new Uint32Array(used + refs);
  for (let u = 0, slot = -1, offset = 0, r = 0; u < used; u++) {
    slot += gaps[u]! + 1;
    if (slot >= capacity) throw damaged();
    slots[slot * 4] = keys[2 * u]!;
    slots[slot * 4 + 1] = keys[2 * u + 1]!;
    slots[slot * 4 + 2] = offset + 1;
    const count = counts[u]!;
    const countAt = offset;
    postings[offset++] = count;
    for (let i = 0, rule = 0; i < count; i++, r += 2) {
      const z = refParts[r]!;
      rule += (z >>> 1) ^ -(z & 1);
      postings[offset++] = ((rule << 9) | (refParts[r + 1]! & 511)) >>> 0;
    }
    slots[slot * 4 + 3] = singleRef(postings, countAt);
  }
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
    { phraseMask: phraseMask, gateLengths: gateLengths },
    lists,
  );
}
