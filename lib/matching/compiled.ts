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
export const TRIGRAM_BITS = 1 << 15;

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

/** Marks the trigram prefilter for an infix stem (first three characters). */
export function trigramBit(h: Hasher, text: string, at: number): number {
  h.start();
  h.push(text.charCodeAt(at));
  h.push(text.charCodeAt(at + 1));
  h.push(text.charCodeAt(at + 2));
  h.finish(Tag.Trigram, 3);
  return h.lo & (TRIGRAM_BITS - 1);
}

/**
 * Compiles parsed lists into one set sharing one key. Rules keep their list's order, so the
 * lowest rule index that matches is the lowest list and, within it, the lowest line.
 */
export function compile(lists: Array<Pick<ParsedList, 'header' | 'rules'>>, key: HashKey = randomKey()): CompiledSet {
  const h = new Hasher(key);
  const byKey = new Map<string, number[]>(); // "lo:hi" → refs
  const ruleLine: number[] = [];
  const ruleInfo: number[] = [];
  const phraseBits = new Set<number>();
  const prefixLens = new Uint32Array(LEN_WORDS);
  const suffixLens = new Uint32Array(LEN_WORDS);
  const infixLens = new Uint32Array(LEN_WORDS);
  const trigrams = new Uint32Array(TRIGRAM_BITS / 32);
  const setLen = (bits: Uint32Array, n: number) => (bits[n >>> 5]! |= 1 << (n & 31));
  const metas: ListMeta[] = [];

  lists.forEach((list, listIndex) => {
    metas.push({ id: list.header.id ?? `list-${listIndex + 1}`, version: list.header.version, rules: list.rules.length });
    for (const rule of list.rules) {
      const ruleIndex = ruleLine.length;
      ruleLine.push(rule.line);
      ruleInfo.push((listIndex << 8) | (rule.exception ? 64 : 0) | rule.parts.length);
      rule.parts.forEach((part, partIndex) => {
        const ref = ruleIndex * 32 + partIndex;
        part.readings.forEach((reading, i) => {
          const size = part.sizes[i]!;
          if (part.kind === 'words') phraseBits.add(size);
          else if (part.kind === 'prefix') setLen(prefixLens, size);
          else if (part.kind === 'suffix') setLen(suffixLens, size);
          else {
            setLen(infixLens, size);
            if (reading.length >= 3) {
              const bit = trigramBit(h, reading, 0);
              trigrams[bit >>> 5]! |= 1 << (bit & 31);
            }
          }
          hashReading(h, part.kind, reading);
          const k = `${h.lo}:${h.hi}`;
          const refs = byKey.get(k);
          if (!refs) byKey.set(k, [ref]);
          else if (!refs.includes(ref)) refs.push(ref);
        });
      });
    }
  });

  const capacity = nextPow2(Math.max(16, byKey.size * 2));
  const mask = capacity - 1;
  const keysLo = new Uint32Array(capacity);
  const keysHi = new Uint32Array(capacity);
  const post = new Uint32Array(capacity);
  let postingsLength = 0;
  for (const refs of byKey.values()) postingsLength += 1 + refs.length;
  const postings = new Uint32Array(postingsLength);
  const filterBits = nextPow2(Math.max(1024, byKey.size * 8));
  const filter = new Uint32Array(filterBits / 32);
  let offset = 0;
  for (const [k, refs] of byKey) {
    const colon = k.indexOf(':');
    const lo = Number(k.slice(0, colon));
    const hi = Number(k.slice(colon + 1));
    let slot = lo & mask;
    while (post[slot] !== 0) slot = (slot + 1) & mask;
    keysLo[slot] = lo;
    keysHi[slot] = hi;
    post[slot] = offset + 1;
    postings[offset++] = refs.length;
    for (const ref of refs) postings[offset++] = ref;
    const f = hi & (filterBits - 1);
    filter[f >>> 5]! |= 1 << (f & 31);
  }

  let phraseMask = 0;
  for (const n of phraseBits) phraseMask |= 1 << n;
  return {
    key: Uint32Array.from(key),
    capacity,
    mask,
    keysLo,
    keysHi,
    post,
    postings,
    ruleLine: Uint32Array.from(ruleLine),
    ruleInfo: Uint32Array.from(ruleInfo),
    filter,
    filterMask: filterBits - 1,
    trigrams,
    phraseMask,
    maxPhrase: phraseBits.size ? Math.max(...phraseBits) : 0,
    prefixLens,
    suffixLens,
    infixLens,
    maxPrefix: maxLength(prefixLens),
    maxSuffix: maxLength(suffixLens),
    maxInfix: maxLength(infixLens),
    minInfix: minLength(infixLens),
    lists: metas,
  };
}

/** The compact binary form of a compiled set. */
export function serialize(set: CompiledSet): Uint8Array {
  const meta = new TextEncoder().encode(JSON.stringify(set.lists));
  const metaWords = Math.ceil(meta.length / 4);
  const sections = [
    set.key,
    set.prefixLens,
    set.suffixLens,
    set.infixLens,
    set.keysLo,
    set.keysHi,
    set.post,
    set.postings,
    set.ruleLine,
    set.ruleInfo,
    set.filter,
    set.trigrams,
  ];
  const total = HEADER_WORDS + sections.reduce((n, s) => n + s.length, 0) + metaWords;
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
  for (const s of sections) {
    words.set(s, at);
    at += s.length;
  }
  const bytes = new Uint8Array(words.buffer);
  bytes.set(meta, at * 4);
  return bytes;
}

export class CompiledFormatError extends Error {}

/** Loads the binary form: views over the bytes' buffer (copied once if unaligned). */
export function load(input: Uint8Array): CompiledSet {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice();
  if (bytes.byteLength < HEADER_WORDS * 4) throw new CompiledFormatError('compiled list: too short');
  const words = new Uint32Array(bytes.buffer, bytes.byteOffset, Math.floor(bytes.byteLength / 4));
  if (words[0] !== MAGIC) throw new CompiledFormatError('compiled list: not a Keerpunt compiled list');
  if (words[1] !== FORMAT) throw new CompiledFormatError(`compiled list: format ${words[1]} is not supported`);
  const capacity = words[2]!;
  const lengths = [4, LEN_WORDS, LEN_WORDS, LEN_WORDS, capacity, capacity, capacity, words[3]!, words[4]!, words[4]!, words[5]!, words[6]!];
  const metaBytes = words[8]!;
  const needed = HEADER_WORDS + lengths.reduce((a, b) => a + b, 0) + Math.ceil(metaBytes / 4);
  if ((capacity & (capacity - 1)) !== 0 || needed > words.length) {
    throw new CompiledFormatError('compiled list: truncated or damaged');
  }
  let at = HEADER_WORDS;
  const views = lengths.map((n) => {
    const v = words.subarray(at, at + n);
    at += n;
    return v;
  });
  const [key, prefixLens, suffixLens, infixLens, keysLo, keysHi, post, postings, ruleLine, ruleInfo, filter, trigrams] =
    views as [Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array, Uint32Array];
  let lists: ListMeta[];
  try {
    lists = JSON.parse(new TextDecoder().decode(bytes.subarray(at * 4, at * 4 + metaBytes))) as ListMeta[];
  } catch {
    throw new CompiledFormatError('compiled list: damaged list metadata');
  }
  let phraseMax = 0;
  for (let n = 1; n < 32; n++) if (words[7]! & (1 << n)) phraseMax = n;
  return {
    key,
    capacity,
    mask: capacity - 1,
    keysLo,
    keysHi,
    post,
    postings,
    ruleLine,
    ruleInfo,
    filter,
    filterMask: filter.length * 32 - 1,
    trigrams,
    phraseMask: words[7]!,
    maxPhrase: phraseMax,
    prefixLens,
    suffixLens,
    infixLens,
    maxPrefix: maxLength(prefixLens),
    maxSuffix: maxLength(suffixLens),
    maxInfix: maxLength(infixLens),
    minInfix: minLength(infixLens),
    lists,
  };
}
