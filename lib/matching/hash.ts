/**
 * Keyed 64-bit hashing of normalized text, as two 32-bit lanes (DESIGN.md "Discreet storage").
 *
 * The hash is incremental: one forward pass over a token gives the hash of every prefix, so the
 * matcher can look up words, prefixes and phrases without slicing strings. The kind of a lookup
 * (word, prefix, suffix, infix, trigram) is mixed in at finalization, so the same running state
 * serves several kinds.
 *
 * Not cryptographic, and not meant to be: the key sits beside the hashes, so this stops a glance,
 * not a determined person who can try a million guesses in seconds.
 */

export const enum Tag {
  Words = 0x57, // W: a word, or a phrase of words joined by one space
  Prefix = 0x50, // P: `zebra*`
  Suffix = 0x53, // S: `*zebra`, hashed over the reversed characters
  Infix = 0x49, // I: `*zebra*`
}

/** 128-bit key: lanes' seeds and finalization salts. */
export type HashKey = Uint32Array;

export function randomKey(): HashKey {
  const key = new Uint32Array(4);
  globalThis.crypto.getRandomValues(key);
  return key;
}

const rotl = (x: number, r: number) => (x << r) | (x >>> (32 - r));

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * One UTF-16 code unit into the first lane (FNV-1a). The lanes and `quickOf` are functions of
 * numbers so that the matcher's hot loops can keep the running state in locals (`Hasher` keeps
 * it in fields, which every step would store and load again).
 */
export function lane1(h1: number, c: number): number {
  return Math.imul(h1 ^ c, 0x01000193);
}

/** One UTF-16 code unit into the second lane (a multiply-xorshift). */
export function lane2(h2: number, c: number): number {
  const m = Math.imul(h2 + c, 0x5bd1e995);
  return m ^ (m >>> 15);
}

/** A word's digest (its lane-1 state) into a phrase's first lane (see `Hasher.phraseAdd`). */
export function phrase1(h1: number, d1: number): number {
  return Math.imul(((h1 << 5) | (h1 >>> 27)) ^ d1, 0x9e3779b1);
}

/** A word's digest (its lane-2 state) into a phrase's second lane. */
export function phrase2(h2: number, d2: number): number {
  return Math.imul(((h2 << 7) | (h2 >>> 25)) ^ d2, 0x85ebca6b);
}

/** `Hasher.quick` of the running state `h1`, `h2`. */
export function quickOf(h1: number, h2: number, tag: number, length: number): number {
  let m = Math.imul(h1 ^ Math.imul((tag << 8) | length, 0x9e3779b1), 0x85ebca6b) ^ h2;
  m = Math.imul(m ^ (m >>> 15), 0xc2b2ae35);
  return (m ^ (m >>> 13)) >>> 0;
}

/** Running state of one keyed hash; `lo`/`hi` hold the last finalized value. */
export class Hasher {
  h1 = 0;
  h2 = 0;
  lo = 0;
  hi = 0;
  private readonly k0: number;
  private readonly k1: number;
  private readonly k2: number;
  private readonly k3: number;

  constructor(key: HashKey) {
    this.k0 = key[0]! | 0;
    this.k1 = key[1]! | 0;
    this.k2 = key[2]! | 0;
    this.k3 = key[3]! | 0;
  }

  start(): void {
    this.h1 = this.k0;
    this.h2 = this.k1;
  }

  /**
   * Feeds one UTF-16 code unit: two cheap multiplicative lanes (FNV-1a and a multiply-xorshift);
   * `finish` does the avalanche, so per-character work stays small on the hot path.
   */
  push(c: number): void {
    this.h1 = lane1(this.h1, c);
    this.h2 = lane2(this.h2, c);
  }

  /**
   * Phrases are hashed over their words' digests, not their characters, so that every word of a
   * query is hashed once however many phrases it is part of. `phraseStart`, then `phraseAdd`
   * with each word's running state after `start` + its characters, then `finish(Tag.Words, n)`.
   */
  phraseStart(): void {
    this.h1 = this.k0 ^ 0x2545f491;
    this.h2 = this.k1 ^ 0x6c8e9cf5;
  }

  phraseAdd(d1: number, d2: number): void {
    this.h1 = phrase1(this.h1, d1);
    this.h2 = phrase2(this.h2, d2);
  }

  pushString(s: string): void {
    for (let i = 0; i < s.length; i++) this.push(s.charCodeAt(i));
  }

  pushReversed(s: string): void {
    for (let i = s.length - 1; i >= 0; i--) this.push(s.charCodeAt(i));
  }

  /**
   * A cheap 32-bit digest of the running state for `tag` and `length`, for the Bloom filter and
   * the gates: most lookups end there, so they skip the full finalization.
   */
  quick(tag: number, length: number): number {
    return quickOf(this.h1, this.h2, tag, length);
  }

  /** Finalizes the running state for `tag` and `length` into `lo`/`hi`; the state goes on. */
  finish(tag: number, length: number): void {
    const a = fmix(this.h1 ^ Math.imul(tag, 0x9e3779b1) ^ length ^ this.k2);
    const b = fmix(this.h2 ^ Math.imul(tag, 0x7f4a7c15) ^ Math.imul(length, 0x27d4eb2f) ^ this.k3);
    this.lo = (a + Math.imul(b, 0x165667b1)) >>> 0;
    this.hi = (b ^ rotl(a, 7)) >>> 0;
  }
}
