/**
 * The compiled form of one or more lists: keyed 64-bit hashes only, no readable terms
 * (DESIGN.md "Discreet storage"). One ArrayBuffer of 32-bit words; loading it creates typed-array
 * views over the buffer, with no rebuild and no copy.
 *
 * Layout (32-bit words, little-endian as written by the platform):
 *   header (HEADER_WORDS) · key · length bitsets · keysLo[cap] · keysHi[cap] · post[cap] ·
 *   postings[] · ruleLine[] · ruleInfo[] · filter[] · trigrams[] · meta (UTF-8 JSON, padded)
 * A table slot's `post` is 0 when empty, else 1 + the offset of its posting run in `postings`:
 * a count, then that many refs. A ref is `rule << 5 | part`.
 * ruleInfo: bits 0–5 number of parts, bit 6 exception, bits 8–31 list index.
 */
import { Hasher, Tag, randomKey, type HashKey } from './hash';
import type { ParsedList, Part } from './parse-list';

const MAGIC = 0x3154504b; // "KPT1"
const FORMAT = 1;
const HEADER_WORDS = 16;
const LEN_WORDS = 8; // 256-bit bitset of lengths 0..255

/** What a compiled set says about its lists; never terms. */
export interface ListMeta {
  id: string;
  version?: string;
  rules: number;
}

export interface CompiledSet {
  key: HashKey;
  capacity: number;
  mask: number;
  keysLo: Uint32Array;
  keysHi: Uint32Array;
  post: Uint32Array;
  postings: Uint32Array;
  ruleLine: Uint32Array;
  ruleInfo: Uint32Array;
  filter: Uint32Array;
  filterMask: number;
  trigrams: Uint32Array;
  trigramMask: number;
  /** Bit n set: a words part of n words exists (n ≤ 8). */
  phraseMask: number;
  maxPhrase: number;
  prefixLens: Uint32Array;
  suffixLens: Uint32Array;
  infixLens: Uint32Array;
  maxPrefix: number;
  maxSuffix: number;
  maxInfix: number;
  /** Infix stems shorter than 3 characters skip the trigram prefilter. */
  minInfix: number;
  lists: ListMeta[];
}

const TAG_OF: Record<Part['kind'], Tag> = {
  words: Tag.Words,
  prefix: Tag.Prefix,
  suffix: Tag.Suffix,
  infix: Tag.Infix,
};

function nextPow2(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}

export function hasLength(bits: Uint32Array, n: number): boolean {
  return n < 256 && (bits[n >>> 5]! & (1 << (n & 31))) !== 0;
}

function maxLength(bits: Uint32Array): number {
  for (let n = 255; n > 0; n--) if (hasLength(bits, n)) return n;
  return 0;
}

function minLength(bits: Uint32Array): number {
  for (let n = 1; n < 256; n++) if (hasLength(bits, n)) return n;
  return 256;
}

/** Hashes one reading of a part the way the matcher will meet it in a query. */
export function hashReading(h: Hasher, kind: Part['kind'], reading: string): void {
  h.start();
  if (kind === 'suffix') h.pushReversed(reading);
  else h.pushString(reading);
  h.finish(TAG_OF[kind], reading.length);
}

/**
 * Compiles parsed lists into one set sharing one key. Rules keep their list's order, so the
 * lowest rule index that matches is the lowest list and, within it, the lowest line.
 */
export function compile(
  lists: Array<Pick<ParsedList, 'header' | 'rules'>>,
  key: HashKey = randomKey(),
): CompiledSet {
  const h = new Hasher(key);
  let readingCount = 0;
  for (const list of lists)
    for (const rule of list.rules)
      for (const part of rule.parts) readingCount += part.readings.length;

  // The table is filled as we go; each slot's refs form a chain through `refNext`.
  const capacity = nextPow2(Math.max(16, readingCount * 2));
  const mask = capacity - 1;
  const keysLo = new Uint32Array(capacity);
  const keysHi = new Uint32Array(capacity);
  const head = new Int32Array(capacity).fill(-1);
  const refValue = new Uint32Array(readingCount);
  const refNext = new Int32Array(readingCount);
  let refCount = 0;
  let keyCount = 0;

  const ruleCount = lists.reduce((n, l) => n + l.rules.length, 0);
  const ruleLine = new Uint32Array(ruleCount);
  const ruleInfo = new Uint32Array(ruleCount);
  let phraseMask = 0;
  const prefixLens = new Uint32Array(LEN_WORDS);
  const suffixLens = new Uint32Array(LEN_WORDS);
  const infixLens = new Uint32Array(LEN_WORDS);
  const setLen = (bits: Uint32Array, n: number) => (bits[n >>> 5]! |= 1 << (n & 31));
  const infixStems: string[] = [];
  const metas: ListMeta[] = [];

  let ruleIndex = 0;
  for (let listIndex = 0; listIndex < lists.length; listIndex++) {
    const list = lists[listIndex]!;
    metas.push({
      id: list.header.id ?? `list-${listIndex + 1}`,
      version: list.header.version,
      rules: list.rules.length,
    });
    for (const rule of list.rules) {
      ruleLine[ruleIndex] = rule.line;
      ruleInfo[ruleIndex] = (listIndex << 8) | (rule.exception ? 64 : 0) | rule.parts.length;
      for (let partIndex = 0; partIndex < rule.parts.length; partIndex++) {
        const part = rule.parts[partIndex]!;
        const ref = ruleIndex * 32 + partIndex;
        for (let i = 0; i < part.readings.length; i++) {
          const reading = part.readings[i]!;
          // Words: how many (tokens never hold a space); wildcards: how many characters.
          let size = part.kind === 'words' ? 1 : reading.length;
          if (part.kind === 'words')
            for (let c = reading.indexOf(' '); c >= 0; c = reading.indexOf(' ', c + 1)) size++;
          if (part.kind === 'words') phraseMask |= 1 << size;
          else if (part.kind === 'prefix') setLen(prefixLens, size);
          else if (part.kind === 'suffix') setLen(suffixLens, size);
          else {
            setLen(infixLens, size);
            if (reading.length >= 3) infixStems.push(reading);
          }
          hashReading(h, part.kind, reading);
          const lo = h.lo;
          const hi = h.hi;
          let slot = lo & mask;
          while (head[slot] !== -1 && (keysLo[slot] !== lo || keysHi[slot] !== hi))
            slot = (slot + 1) & mask;
          if (head[slot] === -1) {
            keysLo[slot] = lo;
            keysHi[slot] = hi;
            keyCount++;
          } else {
            let dup = false;
            for (let r = head[slot]!; r !== -1; r = refNext[r]!)
              if (refValue[r] === ref) dup = true;
            if (dup) continue;
          }
          refValue[refCount] = ref;
          refNext[refCount] = head[slot]!;
          head[slot] = refCount++;
        }
      }
      ruleIndex++;
    }
  }

  // Postings: per occupied slot a count, then its refs.
  const post = new Uint32Array(capacity);
  const postings = new Uint32Array(keyCount + refCount);
  const filterBits = nextPow2(Math.max(1024, keyCount * 8));
  const filter = new Uint32Array(filterBits / 32);
  let offset = 0;
  for (let slot = 0; slot < capacity; slot++) {
    let r = head[slot]!;
    if (r === -1) continue;
    post[slot] = offset + 1;
    const countAt = offset++;
    let count = 0;
    for (; r !== -1; r = refNext[r]!) {
      postings[offset++] = refValue[r]!;
      count++;
    }
    postings[countAt] = count;
    const f = keysHi[slot]! & (filterBits - 1);
    filter[f >>> 5]! |= 1 << (f & 31);
  }

  // Sized to the infix stems (16 bits each), absent when there are none.
  const trigramBits = infixStems.length ? nextPow2(Math.max(256, infixStems.length * 16)) : 0;
  const trigrams = new Uint32Array(trigramBits / 32);
  for (const stem of infixStems) {
    const bit = h.trigram(stem, 0) & (trigramBits - 1);
    trigrams[bit >>> 5]! |= 1 << (bit & 31);
  }

  return assemble(
    {
      key: Uint32Array.from(key),
      prefixLens,
      suffixLens,
      infixLens,
      keysLo,
      keysHi,
      post,
      postings,
      ruleLine,
      ruleInfo,
      filter,
      trigrams,
    },
    phraseMask,
    metas,
  );
}

/** The stored arrays of a set, in the order of the binary form. */
const SECTIONS = [
  'key',
  'prefixLens',
  'suffixLens',
  'infixLens',
  'keysLo',
  'keysHi',
  'post',
  'postings',
  'ruleLine',
  'ruleInfo',
  'filter',
  'trigrams',
] as const;
type Sections = Record<(typeof SECTIONS)[number], Uint32Array>;

/** A set from its stored arrays; everything else is derived. */
function assemble(sec: Sections, phraseMask: number, lists: ListMeta[]): CompiledSet {
  let maxPhrase = 0;
  for (let n = 1; n < 32; n++) if (phraseMask & (1 << n)) maxPhrase = n;
  const capacity = sec.post.length;
  return {
    ...sec,
    capacity,
    mask: capacity - 1,
    filterMask: sec.filter.length * 32 - 1,
    trigramMask: sec.trigrams.length * 32 - 1,
    phraseMask,
    maxPhrase,
    maxPrefix: maxLength(sec.prefixLens),
    maxSuffix: maxLength(sec.suffixLens),
    maxInfix: maxLength(sec.infixLens),
    minInfix: minLength(sec.infixLens),
    lists,
  };
}

/**
 * The compact binary form of a compiled set. Header words: magic, format, capacity, postings,
 * rules, filter words, trigram words, phrase mask, metadata bytes.
 */
export function serialize(set: CompiledSet): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(set.lists));
  const sizes = SECTIONS.map((name) => set[name].length);
  const total = HEADER_WORDS + sizes.reduce((a, b) => a + b, 0) + Math.ceil(meta.length / 4);
  const words = new Uint32Array(total);
  words.set([
    MAGIC,
    FORMAT,
    set.capacity,
    set.postings.length,
    set.ruleLine.length,
    set.filter.length,
    set.trigrams.length,
    set.phraseMask,
    meta.length,
  ]);
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
  const capacity = words[2]!;
  const sizes: Record<(typeof SECTIONS)[number], number> = {
    key: 4,
    prefixLens: LEN_WORDS,
    suffixLens: LEN_WORDS,
    infixLens: LEN_WORDS,
    keysLo: capacity,
    keysHi: capacity,
    post: capacity,
    postings: words[3]!,
    ruleLine: words[4]!,
    ruleInfo: words[4]!,
    filter: words[5]!,
    trigrams: words[6]!,
  };
  const metaBytes = words[8]!;
  const needed =
    HEADER_WORDS + SECTIONS.reduce((n, name) => n + sizes[name], 0) + Math.ceil(metaBytes / 4);
  if (capacity === 0 || (capacity & (capacity - 1)) !== 0 || needed > words.length) {
    throw new CompiledFormatError('compiled list: truncated or damaged');
  }
  let at = HEADER_WORDS;
  const sec = {} as Sections;
  for (const name of SECTIONS) {
    sec[name] = words.subarray(at, at + sizes[name]);
    at += sizes[name];
  }
  let lists: ListMeta[];
  try {
    lists = JSON.parse(
      new TextDecoder().decode(bytes.subarray(at * 4, at * 4 + metaBytes)),
    ) as ListMeta[];
  } catch {
    throw new CompiledFormatError('compiled list: damaged list metadata');
  }
  return assemble(sec, words[7]!, lists);
}
