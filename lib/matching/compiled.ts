/**
 * The compiled form of one or more lists: keyed 64-bit hashes only, no readable terms
 * (DESIGN.md "Discreet storage"). One ArrayBuffer of 32-bit words; loading it creates typed-array
 * views over the buffer, with no rebuild and no copy.
 *
 * Layout (32-bit words, in the platform's byte order, which is little-endian everywhere Keerpunt
 * runs): header (HEADER_WORDS) · sections in SECTIONS order · metadata (UTF-8 JSON, padded).
 *
 * - `slots`: an open-addressing table, four words a slot: key low, key high, posting offset + 1
 *   (0 = empty), and the key's ref + 1 when it has exactly one (else 0; the postings hold it
 *   too, so a form whose fourth words are all 0 reads the same). One probe reads one cache line.
 * - `postings`: per key a count, then that many refs. A ref packs what the matcher needs without
 *   another lookup: `rule << 9 | exception << 8 | (parts - 1) << 4 | part`.
 * - `filter`: a blocked Bloom filter over cheap digests (`Hasher.quick`), 16 bits per entry. A
 *   key sets two bits of one 32-bit word; a gate entry (the first characters of a wildcard stem
 *   at a gate point, hashed like a stem of that length) sets a third. One read answers both "may
 *   a stem of exactly this length be here?" and "may a longer stem start like this?"; most
 *   lookups end there without the full 64-bit finalization, and most words stop enumerating stem
 *   lengths at the first gate. At a gate point a fourth bit (an "ahead" entry, when the set's
 *   `gateLengths` has AHEAD_FLAG) says "a stem of a length before the next gate point starts
 *   like this": where it is clear, the lengths up to the next gate point are not looked up.
 *   Phrases have gates too (PHRASE_GATE_FLAG): the first n words of a phrase of more, hashed as
 *   a phrase of n words, set the gate bit, so a query's phrases stop where none goes on.
 * - `ruleLine`, `ruleList`: the line and list of each rule, for the verdict and for exceptions.
 * - `ruleCompanions`, `companions`: a co-occurrence rule is filed under one part (its trigger);
 *   per rule an offset into `companions`: the number of other parts, then per part the number
 *   of its readings and their table slots.
 */
import { Hasher, Tag, randomKey, type HashKey } from './hash';
import { LIMITS, type ParsedList, type Part, type Rule } from './parse-list';
import { hashedDigest, RepeatTable } from './repeats';

const MAGIC = 0x3454504b; // "KPT4"
const FORMAT = 4;
const HEADER_WORDS = 16;
const LEN_WORDS = 8; // 256-bit bitset of lengths 0..255
/**
 * Gate points: at the first of these lengths (or the shortest stem, if longer than 3), and at
 * every later one, a word's enumeration goes on only if some stem of at least that length starts
 * with the word's characters so far. Between gate points, lengths are looked up directly.
 */
export const GATE_POINTS = [6, 9, 12] as const;

/**
 * In `gateLengths`: the filter holds ahead entries (see the top of this file). Forms made before
 * them lack the flag and are matched as before, every length looked up.
 */
export const AHEAD_FLAG = 1 << 24;

/**
 * In `gateLengths`: the filter holds a phrase gate entry for the first n words of every phrase of
 * more than n words. A set filed from hashed forms without them (`hashRule`: a person's terms,
 * whose stored forms must not change) lacks the flag, and every phrase length is looked up.
 */
export const PHRASE_GATE_FLAG = 1 << 25;

/** Gate entries' kind for phrases (wildcards: KIND_INDEX). */
const PHRASE_KIND = 3;

/** The gate point after `len` (a gate point): the next of GATE_POINTS, or 256 after the last. */
export function nextGatePoint(len: number): number {
  for (const g of GATE_POINTS) if (g > len) return g;
  return 256;
}

/**
 * `nextGatePoint` per length 0–255, for the compiler's loop over every gate entry. Pure: a
 * bundle without the compiler (the search guard's) leaves it out, and does not make it at load.
 */
const NEXT_GATE_POINT = /* @__PURE__ */ Uint16Array.from({ length: 256 }, (_, n) =>
  nextGatePoint(n),
);

/** What a compiled set says about its lists; never terms. */
export interface ListMeta {
  id: string;
  version?: string;
  rules: number;
}

/** The stored arrays of a set, in the order of the binary form. */
const SECTIONS = [
  'key',
  'prefixLens',
  'suffixLens',
  'infixLens',
  'slots',
  'postings',
  'ruleLine',
  'ruleList',
  'filter',
  'ruleCompanions',
  'companions',
] as const;
type SectionName = (typeof SECTIONS)[number];
export type Sections = Record<SectionName, Uint32Array>;

/** Numbers kept in the header beside the sections. */
export interface Scalars {
  phraseMask: number;
  /**
   * First gate length per wildcard kind (0 = none below 6): prefix | suffix << 8 | infix << 16,
   * and AHEAD_FLAG and PHRASE_GATE_FLAG when the filter holds those entries.
   */
  gateLengths: number;
}

export interface CompiledSet extends Sections, Scalars {
  capacity: number;
  mask: number;
  filterMask: number;
  maxPhrase: number;
  minPrefix: number;
  maxPrefix: number;
  minSuffix: number;
  maxSuffix: number;
  minInfix: number;
  maxInfix: number;
  prefixGate: number;
  suffixGate: number;
  infixGate: number;
  /** Whether the filter holds ahead entries (AHEAD_FLAG). */
  ahead: boolean;
  /** Whether the filter holds phrase gate entries (PHRASE_GATE_FLAG). */
  phraseGates: boolean;
  lists: ListMeta[];
}

const TAG_OF: Record<Part['kind'], Tag> = {
  words: Tag.Words,
  prefix: Tag.Prefix,
  suffix: Tag.Suffix,
  infix: Tag.Infix,
};

function makeRef(rule: number, exception: boolean, parts: number, part: number): number {
  return ((rule << 9) | (exception ? 0x100 : 0) | ((parts - 1) << 4) | part) >>> 0;
}

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export function hasLength(bits: Uint32Array, n: number): boolean {
  return n < 256 && (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
}

/**
 * The longest length (1–255) set in `bits`, 0 if none: a word at a time, not a bit at a time (a
 * search page loads the shipped set on every results page, in code not yet compiled, where
 * 255 calls of `hasLength` per kind took ~0.8 ms; bench/e2e/README.md).
 */
export function maxLength(bits: Uint32Array): number {
  for (let w = Math.min(bits.length, 8) - 1; w >= 0; w--) {
    const word = w === 0 ? bits[0]! & ~1 : bits[w]!;
    if (word !== 0) return w * 32 + 31 - Math.clz32(word);
  }
  return 0;
}

/** The shortest length (1–255) set in `bits`, 0 if none (as `maxLength`). */
export function minLength(bits: Uint32Array): number {
  const words = Math.min(bits.length, 8);
  for (let w = 0; w < words; w++) {
    const word = w === 0 ? bits[0]! & ~1 : bits[w]!;
    if (word !== 0) return w * 32 + 31 - Math.clz32(word & -word);
  }
  return 0;
}

/** The first gate for stems whose shortest is `min` characters: 3–5, else 0 (none). */
function gateLength(min: number): number {
  return min >= 3 && min < GATE_POINTS[0] ? min : 0;
}

/** Whether a word's enumeration checks the gate at `len` (first gate `first`). */
export function isGatePoint(len: number, first: number): boolean {
  return len === first || len === 6 || len === 9 || len === 12;
}

/** The two bits of a blocked Bloom filter word that a key's digest (`Hasher.quick`) sets. */
export function filterBits(q: number): number {
  return (1 << (q >>> 27)) | (1 << ((q >>> 22) & 31));
}

/**
 * A slot's fourth word, from the postings of its key at `offset` (count, then refs): the key's
 * ref + 1 when it has exactly one, else 0. The ref that would not fit (all ones) stays 0.
 */
export function singleRef(postings: Uint32Array, offset: number): number {
  return postings[offset] === 1 && postings[offset + 1] !== 0xffffffff
    ? postings[offset + 1]! + 1
    : 0;
}

/** The bit of a filter word that a gate entry's digest sets. */
export function gateBit(q: number): number {
  return 1 << ((q >>> 17) & 31);
}

/** The bit of a filter word that an ahead entry's digest sets. */
export function aheadBit(q: number): number {
  return 1 << ((q >>> 12) & 31);
}

/**
 * Hashes one reading of a part the way the matcher will meet it in a query. For a phrase, with
 * `prefixes`: the filter digest of each of its first n words, for n below its number of words
 * (its phrase gate entries, PHRASE_GATE_FLAG), from the states the hashing passes anyway.
 */
export function hashReading(
  h: Hasher,
  kind: Part['kind'],
  reading: string,
  prefixes: Words | null = null,
): void {
  if (kind === 'words') {
    // Over the words' digests (see Hasher.phraseStart); the length is the number of words.
    let p1 = 0;
    let p2 = 0;
    let words = 0;
    let from = 0;
    h.phraseStart();
    for (;;) {
      const space = reading.indexOf(' ', from);
      const word = space < 0 ? reading.slice(from) : reading.slice(from, space);
      p1 = h.h1;
      p2 = h.h2;
      h.start();
      h.pushString(word);
      const d1 = h.h1;
      const d2 = h.h2;
      h.h1 = p1;
      h.h2 = p2;
      h.phraseAdd(d1, d2);
      words++;
      if (space < 0) break;
      if (prefixes) prefixes.push(h.quick(Tag.Words, words));
      from = space + 1;
    }
    h.finish(Tag.Words, words);
    return;
  }
  h.start();
  if (kind === 'suffix') h.pushReversed(reading);
  else h.pushString(reading);
  h.finish(TAG_OF[kind], reading.length);
}

/** A growable array of 32-bit words. */
class Words {
  data = new Uint32Array(1024);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Scratch for `encodeRule`: a phrase's prefix digests (see `hashReading`). Pure, as above. */
const PREFIXES = /* @__PURE__ */ new Words();

const KIND_CODE = { words: 0, prefix: 1, suffix: 2, infix: 3 } as const;

/**
 * Writes a rule's hashed form: exception flag, number of parts, then per part its kind and
 * number of readings, and per reading its size (words, or characters for a wildcard stem), key
 * low, key high, filter digest, number of gate entries and the entries (kind << 8 | length,
 * digest; a phrase has them only with `phraseGates`, which `hashRule` leaves off). Hashes only:
 * the form holds no text.
 */
function encodeRule(h: Hasher, rule: Rule, out: Words, phraseGates: boolean): void {
  if (rule.parts.length > LIMITS.partsPerRule) throw new RangeError('too many parts in a rule');
  out.push(rule.exception ? 1 : 0);
  out.push(rule.parts.length);
  for (const part of rule.parts) {
    const tag = TAG_OF[part.kind];
    out.push(KIND_CODE[part.kind]);
    out.push(part.readings.length);
    for (const reading of part.readings) {
      // Words: how many; wildcards: how many characters (the length a lookup is tagged with).
      const size = part.kind === 'words' ? wordCount(reading) : reading.length;
      const prefixes = phraseGates && part.kind === 'words' ? PREFIXES : null;
      if (prefixes) prefixes.length = 0;
      hashReading(h, part.kind, reading, prefixes);
      out.push(size);
      out.push(h.lo);
      out.push(h.hi);
      out.push(h.quick(tag, size));
      const countAt = out.length;
      out.push(0);
      if (part.kind === 'words') {
        // Phrase gate entries: (PHRASE_KIND << 8 | n, the digest of the first n words).
        for (let n = 0; prefixes && n < prefixes.length; n++) {
          out.push((PHRASE_KIND << 8) | (n + 1));
          out.push(prefixes.data[n]!);
          out.data[countAt]!++;
        }
        continue;
      }
      const kind = KIND_INDEX[part.kind];
      const top = Math.min(reading.length, GATE_POINTS[GATE_POINTS.length - 1]!);
      h.start();
      for (let g = 1; g <= top; g++) {
        h.push(
          part.kind === 'suffix'
            ? reading.charCodeAt(reading.length - g)
            : reading.charCodeAt(g - 1),
        );
        // Only lengths that can be gate points: a first gate is 3–5, then GATE_POINTS.
        if (g >= 3 && (g <= 5 || g % 3 === 0)) {
          out.push((kind << 8) | g);
          out.push(h.quick(tag, g));
          out.data[countAt]!++;
        }
      }
    }
  }
}

/** A rule's hashed form under `key` (see `encodeRule`), for `SetBuilder.addHashed`. */
export function hashRule(rule: Rule, key: HashKey): Uint32Array {
  const out = new Words();
  // Without phrase gates: a stored hashed form must stay what it was (personal.ts compares them).
  encodeRule(new Hasher(Uint32Array.from(key)), rule, out, false);
  return out.data.slice(0, out.length);
}

const KIND_INDEX = { prefix: 0, suffix: 1, infix: 2 } as const;
const KINDS = ['prefix', 'suffix', 'infix'] as const;

/**
 * Builds a compiled set from rules handed in one at a time, list after list, keeping only typed
 * arrays: a list of 200,000 rules streams through without its rules being held as objects.
 * Rules keep their order, so the lowest rule index that matches is the lowest list and, in it,
 * the lowest line.
 */
export class SetBuilder {
  private readonly h: Hasher;
  private readonly key: HashKey;
  private readonly lens = [
    new Uint32Array(LEN_WORDS),
    new Uint32Array(LEN_WORDS),
    new Uint32Array(LEN_WORDS),
  ];
  private phraseMask = 0;
  // Per reading: key low, key high, ref, filter digest.
  private readonly entries = new Words();
  // Per wildcard reading and gate length 3–12, and per phrase and word count below its own: its
  // size (characters, words) << 16 | kind (KIND_INDEX, PHRASE_KIND) << 8 | length, digest.
  private readonly gateEntries = new Words();
  private readonly ruleLine = new Words();
  private readonly ruleList = new Words();
  private readonly metas: ListMeta[] = [];
  private readonly scratch = new Words();
  private repeats: RepeatTable | null = null;
  /** A phrase was filed without its gate entries (from `hashRule`): no PHRASE_GATE_FLAG. */
  private phraseGatesMissing = false;
  private expected = 0;
  private readonly digestHi = new Uint32Array(1);

  /**
   * `phraseGates: false` files rules without phrase gate entries, as `hashRule` forms are
   * (PHRASE_GATE_FLAG): the set is then the one those forms give, byte for byte.
   */
  constructor(
    key: HashKey = randomKey(),
    private readonly options: { phraseGates?: boolean } = {},
  ) {
    this.key = Uint32Array.from(key);
    this.h = new Hasher(this.key);
  }

  /** Names the current list once its header is known (a streamed list's header comes first). */
  nameList(header: ParsedList['header']): void {
    const meta = this.metas[this.metas.length - 1];
    if (!meta) throw new Error('SetBuilder: addList before nameList');
    meta.id = header.id ?? meta.id;
    meta.version = header.version;
  }

  /**
   * Starts the next list; its rules follow with `addRule`. `expected`: about how many rules it
   * holds (`expectedRules`), to size the table that finds repeated rules.
   */
  addList(header: ParsedList['header'], expected = 1024): void {
    this.metas.push({
      id: header.id ?? `list-${this.metas.length + 1}`,
      version: header.version,
      rules: 0,
    });
    this.expected = expected;
    this.repeats = null; // made at the list's first `addRule` (`addHashed` needs none)
  }

  /**
   * Files a rule of the current list, unless it repeats an earlier rule of that list (the same
   * parts in any order, each with the same readings): then nothing is filed and the earlier
   * rule's line comes back. Repeats are found from the rule's hashes (repeats.ts), which the
   * filing needs anyway.
   */
  addRule(rule: Rule): number | undefined {
    if (this.metas.length === 0) throw new Error('SetBuilder: addList before addRule');
    this.repeats ??= new RepeatTable(this.expected);
    this.scratch.length = 0;
    encodeRule(this.h, rule, this.scratch, this.options.phraseGates !== false);
    const words = this.scratch.data;
    const earlier = this.repeats.firstLine(
      hashedDigest(words, this.digestHi),
      this.digestHi[0]!,
      rule.line,
    );
    if (earlier !== undefined) return earlier;
    // Made here, by this builder's hasher: no need to validate it again.
    this.file(words, rule.line);
    return undefined;
  }

  /**
   * Files a rule from its hashed form (`hashRule`), made with this builder's key: how personal
   * rules are rebuilt without their text. Throws a RangeError on a damaged form.
   */
  addHashed(words: Uint32Array, line: number): void {
    const damaged = () => new RangeError('hashed rule: damaged');
    const parts = words[1] ?? 0;
    if (words.length < 2 || parts < 1 || parts > LIMITS.partsPerRule) throw damaged();
    // Validate the whole form before anything is filed, so a damaged rule leaves no trace.
    let at = 2;
    for (let part = 0; part < parts; part++) {
      if (at + 2 > words.length || words[at]! > 3) throw damaged();
      const readings = words[at + 1]!;
      at += 2;
      for (let r = 0; r < readings; r++) {
        if (at + 5 > words.length) throw damaged();
        const size = words[at]!;
        if (size < 1 || size > 255) throw damaged();
        at += 5 + 2 * words[at + 4]!;
        if (at > words.length) throw damaged();
      }
    }
    if (at !== words.length) throw damaged();
    this.file(words, line);
  }

  /** Files a hashed form known to be well formed (it may be followed by unused words). */
  private file(words: Uint32Array, line: number): void {
    const listIndex = this.metas.length - 1;
    if (listIndex < 0) throw new Error('SetBuilder: addList before addRule');
    const parts = words[1]!;
    const ruleIndex = this.ruleLine.length;
    if (ruleIndex >= 1 << 23) throw new RangeError('a compiled set holds at most 8,388,607 rules');
    const exception = (words[0]! & 1) === 1;
    this.metas[listIndex]!.rules++;
    this.ruleLine.push(line);
    this.ruleList.push(listIndex);
    let at = 2;
    for (let part = 0; part < parts; part++) {
      const kindCode = words[at]!;
      const readings = words[at + 1]!;
      at += 2;
      const ref = makeRef(ruleIndex, exception, parts, part);
      for (let r = 0; r < readings; r++) {
        const size = words[at]!;
        if (kindCode === 0) {
          this.phraseMask |= 1 << size;
        } else {
          const bits = this.lens[kindCode - 1]!;
          bits[size >>> 5]! |= 1 << (size & 31);
        }
        this.entries.push(words[at + 1]!);
        this.entries.push(words[at + 2]!);
        this.entries.push(ref);
        this.entries.push(words[at + 3]!);
        const gates = words[at + 4]!;
        if (kindCode === 0 && gates < size - 1) this.phraseGatesMissing = true;
        at += 5;
        for (let g = 0; g < gates; g++) {
          this.gateEntries.push((words[at++]! & 0xffff) | (size << 16));
          this.gateEntries.push(words[at++]!);
        }
      }
    }
  }

  build(): CompiledSet {
    this.repeats = null;
    const entries = this.entries.data;
    const readings = this.entries.length / 4;
    const capacity = nextPow2(Math.max(16, readings * 2));
    const mask = capacity - 1;
    const slots = new Uint32Array(capacity * 4);
    // Each slot's refs form a chain through `refNext` until the postings are laid out.
    const head = new Int32Array(capacity).fill(-1);
    const refValue = new Uint32Array(readings);
    const refNext = new Int32Array(readings);
    let refCount = 0;
    let keyCount = 0;
    // Refs per slot, for choosing each co-occurrence rule's trigger below.
    const chainLength = new Uint32Array(capacity);
    const entrySlot = new Int32Array(readings);
    const entryRef = new Int32Array(readings).fill(-1); // index into refValue, or -1 (a repeat)
    for (let e = 0; e < readings; e++) {
      const lo = entries[e * 4]!;
      const hi = entries[e * 4 + 1]!;
      const ref = entries[e * 4 + 2]!;
      let slot = lo & mask;
      while (head[slot] !== -1 && (slots[slot * 4] !== lo || slots[slot * 4 + 1] !== hi)) {
        slot = (slot + 1) & mask;
      }
      entrySlot[e] = slot;
      if (head[slot] === -1) {
        slots[slot * 4] = lo;
        slots[slot * 4 + 1] = hi;
        keyCount++;
      } else {
        let dup = false;
        for (let r = head[slot]!; r !== -1; r = refNext[r]!) if (refValue[r] === ref) dup = true;
        if (dup) continue;
      }
      entryRef[e] = refCount;
      chainLength[slot]!++;
      refValue[refCount] = ref;
      refNext[refCount] = head[slot]!;
      head[slot] = refCount++;
    }

    // Co-occurrence rules are filed under one part only, their trigger: the part whose keys
    // name the fewest rules. A part shared by many rules (`{minor-age} + …`) then adds no
    // occurrences of its own; the matcher checks the other parts, the companions, against the
    // keys the query hit. The companions' keys stay in the table with their other postings.
    const companionRef = new Uint8Array(refCount);
    const ruleCompanions = new Uint32Array(this.ruleLine.length);
    const companions = new Words();
    companions.push(0); // offset 0 means "no companions"
    const weight = new Float64Array(LIMITS.partsPerRule);
    for (let e = 0; e < readings;) {
      const ref = entries[e * 4 + 2]!;
      const rule = ref >>> 9;
      let end = e;
      while (end < readings && entries[end * 4 + 2]! >>> 9 === rule) end++;
      const parts = ((ref >>> 4) & 15) + 1;
      if (parts > 1) {
        weight.fill(0, 0, parts);
        for (let k = e; k < end; k++)
          weight[entries[k * 4 + 2]! & 15]! += chainLength[entrySlot[k]!]!;
        let trigger = 0;
        for (let part = 1; part < parts; part++)
          if (weight[part]! < weight[trigger]!) trigger = part;
        ruleCompanions[rule] = companions.length;
        companions.push(parts - 1);
        for (let part = 0; part < parts; part++) {
          if (part === trigger) continue;
          const countAt = companions.length;
          companions.push(0);
          for (let k = e; k < end; k++) {
            if ((entries[k * 4 + 2]! & 15) !== part) continue;
            companions.push(entrySlot[k]!);
            companions.data[countAt]!++;
            if (entryRef[k]! >= 0) companionRef[entryRef[k]!] = 1;
          }
        }
      }
      e = end;
    }

    let postingCount = 0;
    for (let r = 0; r < refCount; r++) if (!companionRef[r]) postingCount++;
    const postings = new Uint32Array(keyCount + postingCount);
    let offset = 0;
    for (let slot = 0; slot < capacity; slot++) {
      let r = head[slot]!;
      if (r === -1) continue;
      slots[slot * 4 + 2] = offset + 1;
      const countAt = offset++;
      let count = 0;
      for (; r !== -1; r = refNext[r]!) {
        if (companionRef[r]) continue;
        postings[offset++] = refValue[r]!;
        count++;
      }
      postings[countAt] = count;
      // A key that names one rule part (most do) keeps it in its slot too: no postings read.
      slots[slot * 4 + 3] = singleRef(postings, countAt);
    }

    // Gate entries: the first gate per kind is its shortest stem (3–5), then GATE_POINTS.
    const first = KINDS.map((_, k) => gateLength(minLength(this.lens[k]!)));
    const ge = this.gateEntries.data;
    const gateEntries = this.gateEntries.length;
    const kindOf = (meta: number) => (meta >>> 8) & 255;
    // A wildcard's gate entry is used at a gate point of its kind.
    const atGate = (meta: number) => isGatePoint(meta & 255, first[kindOf(meta)]!);
    // The filter's size counts the wildcards' gate entries, not the phrases' (a bit beside
    // the keys of a phrase's first words: the shipped lists' filter stays as small).
    let gated = 0;
    for (let e = 0; e < gateEntries; e += 2) {
      if (kindOf(ge[e]!) !== PHRASE_KIND && atGate(ge[e]!)) gated++;
    }

    // The Bloom filter: 16 bits per entry, keys and gate entries in the same words.
    const filter = new Uint32Array(nextPow2(Math.max(32, (keyCount + gated) / 2)));
    const fmask = filter.length - 1;
    for (let e = 0; e < readings; e++) {
      const q = entries[e * 4 + 3]!;
      filter[q & fmask]! |= filterBits(q);
    }
    for (let e = 0; e < gateEntries; e += 2) {
      const meta = ge[e]!;
      const q = ge[e + 1]!;
      const phrase = kindOf(meta) === PHRASE_KIND;
      if (!phrase && !atGate(meta)) continue;
      filter[q & fmask]! |= gateBit(q);
      // Ahead entries: at a wildcard's gate point, for a stem that ends before the next one.
      const g = meta & 255;
      const stem = meta >>> 16;
      if (!phrase && stem > g && stem < NEXT_GATE_POINT[g]!) filter[q & fmask]! |= aheadBit(q);
    }

    return assemble(
      {
        key: this.key,
        prefixLens: this.lens[0]!,
        suffixLens: this.lens[1]!,
        infixLens: this.lens[2]!,
        slots,
        postings,
        ruleLine: this.ruleLine.data.slice(0, this.ruleLine.length),
        ruleList: this.ruleList.data.slice(0, this.ruleList.length),
        filter,
        ruleCompanions,
        companions: companions.data.slice(0, companions.length),
      },
      {
        phraseMask: this.phraseMask,
        gateLengths:
          first[0]! |
          (first[1]! << 8) |
          (first[2]! << 16) |
          AHEAD_FLAG |
          (this.phraseGatesMissing ? 0 : PHRASE_GATE_FLAG),
      },
      this.metas,
    );
  }
}

/** Compiles parsed lists into one set sharing one key (see SetBuilder). */
export function compile(
  lists: Array<Pick<ParsedList, 'header' | 'rules'>>,
  key: HashKey = randomKey(),
): CompiledSet {
  const builder = new SetBuilder(key);
  for (const list of lists) {
    builder.addList(list.header);
    for (const rule of list.rules) builder.addRule(rule);
  }
  return builder.build();
}

function wordCount(reading: string): number {
  let n = 1;
  for (let c = reading.indexOf(' '); c >= 0; c = reading.indexOf(' ', c + 1)) n++;
  return n;
}

/** A set from its stored arrays and scalars; everything else is derived. */
export function assemble(sec: Sections, scalars: Scalars, lists: ListMeta[]): CompiledSet {
  let maxPhrase = 0;
  for (let n = 1; n < 32; n++) if (scalars.phraseMask & (1 << n)) maxPhrase = n;
  const capacity = sec.slots.length / 4;
  return {
    ...sec,
    ...scalars,
    capacity,
    mask: capacity - 1,
    filterMask: sec.filter.length - 1,
    maxPhrase,
    minPrefix: minLength(sec.prefixLens),
    maxPrefix: maxLength(sec.prefixLens),
    minSuffix: minLength(sec.suffixLens),
    maxSuffix: maxLength(sec.suffixLens),
    minInfix: minLength(sec.infixLens),
    maxInfix: maxLength(sec.infixLens),
    prefixGate: scalars.gateLengths & 255,
    suffixGate: (scalars.gateLengths >>> 8) & 255,
    infixGate: (scalars.gateLengths >>> 16) & 255,
    ahead: (scalars.gateLengths & AHEAD_FLAG) !== 0,
    phraseGates: (scalars.gateLengths & PHRASE_GATE_FLAG) !== 0,
    lists,
  };
}

/**
 * The compact binary form of a compiled set. Header words: magic, format, phrase mask, gate
 * lengths, metadata bytes, then the length of each section in SECTIONS order.
 */
export function serialize(set: CompiledSet): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(set.lists));
  const sizes = SECTIONS.map((name) => set[name].length);
  const total = HEADER_WORDS + sizes.reduce((a, b) => a + b, 0) + Math.ceil(meta.length / 4);
  const words = new Uint32Array(total);
  words.set([MAGIC, FORMAT, set.phraseMask, set.gateLengths, meta.length, ...sizes]);
  let at = HEADER_WORDS;
  for (const name of SECTIONS) {
    words.set(set[name], at);
    at += set[name].length;
  }
  const bytes = new Uint8Array(words.buffer);
  bytes.set(meta, at * 4);
  return bytes;
}

export class CompiledFormatError extends Error {}

const isPow2 = (n: number) => n > 0 && (n & (n - 1)) === 0;

/** Loads the binary form: views over the bytes' buffer (copied once if unaligned). */
export function load(input: Uint8Array): CompiledSet {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.byteLength < HEADER_WORDS * 4)
    throw new CompiledFormatError('compiled list: too short');
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  if (words[0] !== MAGIC)
    throw new CompiledFormatError('compiled list: not a Keerpunt compiled list');
  if (words[1] !== FORMAT) {
    throw new CompiledFormatError(`compiled list: format ${words[1]} is not supported`);
  }
  const metaBytes = words[4]!;
  const sizes = SECTIONS.map((_, i) => words[5 + i]!);
  const size = (name: SectionName) => sizes[SECTIONS.indexOf(name)]!;
  const needed = HEADER_WORDS + sizes.reduce((a, b) => a + b, 0) + Math.ceil(metaBytes / 4);
  const shapeOk =
    size('key') === 4 &&
    ['prefixLens', 'suffixLens', 'infixLens'].every((n) => size(n as SectionName) === LEN_WORDS) &&
    size('slots') % 4 === 0 &&
    isPow2(size('slots') / 4) &&
    isPow2(size('filter')) &&
    size('ruleLine') === size('ruleList') &&
    size('ruleCompanions') === size('ruleLine') &&
    size('companions') >= 1;
  if (!shapeOk || needed > words.length) {
    throw new CompiledFormatError('compiled list: truncated or damaged');
  }
  let at = HEADER_WORDS;
  const sec = {} as Sections;
  for (const [i, name] of SECTIONS.entries()) {
    sec[name] = words.subarray(at, at + sizes[i]!);
    at += sizes[i]!;
  }
  let lists: ListMeta[];
  try {
    const json = new TextDecoder().decode(bytes.subarray(at * 4, at * 4 + metaBytes));
    lists = JSON.parse(json) as ListMeta[];
  } catch {
    throw new CompiledFormatError('compiled list: damaged list metadata');
  }
  return assemble(sec, { phraseMask: words[2]!, gateLengths: words[3]! }, lists);
}
