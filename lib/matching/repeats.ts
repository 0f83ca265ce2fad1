/**
 * Finding a rule that repeats an earlier rule of the same list ("the same rule as line N").
 *
 * A rule is the same as another when it has the same exception flag and the same parts, in any
 * order, each with the same kind and the same readings, in any order. Rules are compared by a
 * 64-bit digest of that, kept with the line in typed arrays, so a large list leaves no garbage
 * behind; two different rules share a digest with a chance of about 1 in 10^10 for a million
 * rules. Two digests exist: `parseList` makes one from the rule's text; the compiler, which
 * hashes every reading anyway, makes one from those hashes (`hashedDigest`) and so reads no
 * character twice.
 */

/** Two 32-bit words → one, well mixed (a multiply-xorshift finalizer). */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b ^ (b >>> 16), 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 13)) >>> 0;
}

/**
 * The line of the first rule with each digest: an open-addressing table on the digest's low
 * word. The low words have an array of their own, so the probes (a read each, at a random place)
 * stay within 4 bytes a slot, 512 KB for a list of 50,000 rules; the high word and the line are
 * written beside it in arrays of their own and read only when the low words agree. The three
 * words in one slot, at twice the slots, made the bench's cold 50k compile 11 ms slower at the
 * median (30 alternating rounds, bench/README.md).
 */
export class RepeatTable {
  private los: Uint32Array;
  private his: Uint32Array;
  private lines: Uint32Array;
  private count = 0;

  /** `expected`: about how many rules will come, at most, so that the table rarely grows. */
  constructor(expected: number) {
    let slots = 1024;
    while (slots < expected && slots < 1 << 22) slots *= 2;
    this.los = new Uint32Array(slots);
    this.his = new Uint32Array(slots);
    this.lines = new Uint32Array(slots);
  }

  /**
   * The line of an earlier rule with this digest, or undefined (and `line` is remembered).
   * `lo` must not be 0 (it marks an empty slot).
   */
  firstLine(lo: number, hi: number, line: number): number | undefined {
    if ((this.count + 1) * 2 > this.los.length) this.grow();
    const los = this.los;
    const mask = los.length - 1;
    let i = lo & mask;
    for (;;) {
      const at = los[i]!;
      if (at === 0) {
        los[i] = lo;
        this.his[i] = hi;
        this.lines[i] = line;
        this.count++;
        return undefined;
      }
      if (at === lo && this.his[i] === hi) return this.lines[i];
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { los, his, lines } = this;
    this.los = new Uint32Array(los.length * 2);
    this.his = new Uint32Array(los.length * 2);
    this.lines = new Uint32Array(los.length * 2);
    this.count = 0;
    for (let i = 0; i < los.length; i++) {
      if (los[i] !== 0) this.firstLine(los[i]!, his[i]!, lines[i]!);
    }
  }
}

/**
 * The digest of a rule from its hashed form (see `encodeRule` in compiled.ts: exception flag,
 * number of parts, then per part its kind, number of readings and per reading size, key low,
 * key high, filter digest, gate count and gate entries). Only the kinds and the readings' keys
 * count: the rest follows from them. Readings and parts are summed after mixing, so their order
 * does not matter; a part's kind and reading count, and the rule's flag and part count, are
 * mixed in. Returns the low word (never 0) and sets `out[0]` to the high word.
 */
export function hashedDigest(words: Uint32Array, out: Uint32Array): number {
  const parts = words[1]!;
  let r1 = 0;
  let r2 = 0;
  let at = 2;
  for (let part = 0; part < parts; part++) {
    const kind = words[at]!;
    const readings = words[at + 1]!;
    at += 2;
    let s1 = 0;
    let s2 = 0;
    for (let r = 0; r < readings; r++) {
      const lo = words[at + 1]!;
      const hi = words[at + 2]!;
      s1 = (s1 + mix(lo, hi)) | 0;
      s2 = (s2 + mix(hi ^ 0x6c8e9cf5, lo)) | 0;
      at += 5 + 2 * words[at + 4]!;
    }
    const tag = (kind << 8) | readings;
    const p1 = mix(s1 ^ tag, s2);
    const p2 = mix(s2 + tag, s1 ^ 0x2545f491);
    r1 = (r1 + mix(p1, p2 ^ 0x5bd1e995)) | 0;
    r2 = (r2 + mix(p2, p1 ^ 0x27d4eb2f)) | 0;
  }
  const tag = (words[0]! << 8) | parts;
  out[0] = mix(r2 ^ tag, r1);
  return mix(r1 ^ tag, r2) || 1;
}
