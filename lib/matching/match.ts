/**
 * Matching a normalized query against compiled sets. The work depends on the query (its tokens
 * and the lengths that occur in the rules), not on the number of rules: every lookup is one
 * keyed hash, two bits of a Bloom filter and, rarely, one probe of an open-addressing table.
 *
 * Semantics (DESIGN.md "Keyword list format — exactly"):
 * - a rule matches when each of its parts occurs somewhere in the query;
 * - an exception removes only the occurrences whose words overlap the exception's words in the
 *   query, for the rules of its own list; the rest of the query is still matched;
 * - of several matching rules, the lowest line (of the first list in the set) is the answer.
 */
import { MINOR_AGE, type Normalized } from '../text/normalize';
import { Hasher, lane1, lane2, phrase1, phrase2, quickOf, Tag } from './hash';
import { hasLength, isGatePoint, nextGatePoint, type CompiledSet } from './compiled';

export type Verdict =
  | { match: false }
  | {
      match: true;
      /** Index of the list in the set. */
      list: number;
      /** Line of the matching rule in that list. */
      line: number;
    };

export const NO_MATCH: Verdict = Object.freeze({ match: false });

// Module-level copies: read once, not through an import binding on every lookup.
const WORDS_TAG: number = Tag.Words;
const PREFIX_TAG: number = Tag.Prefix;
const SUFFIX_TAG: number = Tag.Suffix;
const INFIX_TAG: number = Tag.Infix;
const CLASS_TOKEN: string = MINOR_AGE;

const PREFIX = 1;
const SUFFIX = 2;
const INFIX = 4;
/** Where `SetMatcher.plan` keeps the gate kinds and the skip length. */
const GATE_SHIFT = 4;
const SKIP_SHIFT = 16;

/** Queries longer than this many tokens are matched on their first MAX_TOKENS tokens. */
export const MAX_TOKENS = 512;

/**
 * Values found in one query with the token span each covers: rule part refs (occurrences) or
 * table slots (hits, for companion parts). Typed and reused across queries.
 */
class Spans {
  values = new Uint32Array(64);
  starts = new Uint16Array(64);
  ends = new Uint16Array(64);
  length = 0;

  add(value: number, start: number, end: number): void {
    if (this.length === this.values.length) this.grow();
    this.values[this.length] = value;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const n = this.values.length * 2;
    const values = new Uint32Array(n);
    const starts = new Uint16Array(n);
    const ends = new Uint16Array(n);
    values.set(this.values);
    starts.set(this.starts);
    ends.set(this.ends);
    this.values = values;
    this.starts = starts;
    this.ends = ends;
  }
}

/**
 * Table lookups the filter let through, kept until the query's enumeration is done: the full
 * 64-bit key (`values` the low word, `high` the high word) and the token span it covers.
 */
class Keys extends Spans {
  high = new Uint32Array(64);

  addKey(lo: number, hi: number, start: number, end: number): void {
    if (this.length === this.high.length) {
      const high = new Uint32Array(this.high.length * 2);
      high.set(this.high);
      this.high = high;
    }
    this.high[this.length] = hi;
    this.add(lo, start, end);
  }
}

/** A matcher for one compiled set; reusable, not re-entrant. */
export class SetMatcher {
  private readonly h: Hasher;
  private readonly occ = new Spans();
  private readonly hits = new Spans();
  /** Keys to look up in the table (see `resolve`), and the posting offsets of those found. */
  private readonly keys = new Keys();
  private readonly found = new Spans();
  /** Where the touching reads in `resolve` go, so that they are not left out. */
  private touched = 0;
  /**
   * Per length 0–255, what a wildcard enumeration does there, in one word so that a step reads
   * one: the kinds with a stem of that length (bits 0–2: PREFIX, SUFFIX, INFIX), the kinds that
   * check their gate there (the same, `<< GATE_SHIFT`), and where a kind goes on when the gate's
   * ahead bit is clear (the next gate point, `<< SKIP_SHIFT`; 0 where the set has no ahead
   * entries: every length is looked up).
   */
  private readonly plan = new Uint32Array(256);
  /** Word digests per position and reading (see `walk`), and where each position starts. */
  private d1 = new Int32Array(64);
  private d2 = new Int32Array(64);
  private readonly offsets = new Int32Array(MAX_TOKENS);
  /** Per start of a token reading (see `infixes`): whether its first infix gate is open. */
  private open = new Uint8Array(64);
  /** Per list of the set: 1 when its rules are switched off (see `switchOff`). */
  private readonly off: Uint8Array;
  private anyOff = false;
  /** The hash's running state after `start` (the wildcard loops keep theirs in locals). */
  private readonly seed1: number;
  private readonly seed2: number;

  constructor(readonly set: CompiledSet) {
    this.off = new Uint8Array(set.lists.length);
    this.h = new Hasher(set.key);
    this.h.start();
    this.seed1 = this.h.h1;
    this.seed2 = this.h.h2;
    // Past the longest stem both tables stay 0 (a search page makes this on every load, in code
    // not yet compiled: up to the longest stem, not to 255).
    const top = Math.max(set.maxPrefix, set.maxSuffix, set.maxInfix);
    for (let n = 1; n <= top; n++) {
      const lens =
        (hasLength(set.prefixLens, n) ? PREFIX : 0) |
        (hasLength(set.suffixLens, n) ? SUFFIX : 0) |
        (hasLength(set.infixLens, n) ? INFIX : 0);
      // A gate only where some stem is at least that long (else the bitmap has nothing).
      const gates =
        (isGatePoint(n, set.prefixGate) && n <= set.maxPrefix ? PREFIX : 0) |
        (isGatePoint(n, set.suffixGate) && n <= set.maxSuffix ? SUFFIX : 0) |
        (isGatePoint(n, set.infixGate) && n <= set.maxInfix ? INFIX : 0);
      const skip = set.ahead && gates !== 0 ? nextGatePoint(n) : 0;
      this.plan[n] = lens | (gates << GATE_SHIFT) | (skip << SKIP_SHIFT);
    }
  }

  /**
   * The running hash as `tag` of `length` may be in the table (the filter said maybe): its full
   * key is noted, to be looked up with the query's others once the enumeration is done.
   */
  private probe(tag: number, length: number, start: number, end: number): void {
    const h = this.h;
    h.finish(tag, length);
    this.keys.addKey(h.lo, h.hi, start, end);
  }

  /**
   * Looks up the noted keys in the table and records the occurrences of every part they name.
   *
   * The table is larger than the caches for large lists, so each lookup's first read is a miss
   * to memory, and so is its postings read. Done one by one during the enumeration, a query's
   * misses came one after the other; here the first read of every key is made in a loop that
   * does not branch on what it reads, so the misses overlap, then the keys are resolved from
   * cached lines; the same again for the postings of the keys found (a key with one ref only
   * keeps it in its slot, and needs none).
   */
  private resolve(): void {
    const s = this.set;
    const keys = this.keys;
    const found = this.found;
    const n = keys.length;
    const slots = s.slots;
    const mask = s.mask;
    const postings = s.postings;
    let touch = 0;
    for (let k = 0; k < n; k++) touch ^= slots[((keys.values[k]! & mask) << 2) + 2]!;
    const wrap = slots.length - 1;
    found.length = 0;
    for (let k = 0; k < n; k++) {
      const lo = keys.values[k]!;
      const hi = keys.high[k]!;
      let at = (lo & mask) << 2;
      for (;;) {
        const p = slots[at + 2]!;
        if (p === 0) break;
        if (slots[at] === lo && slots[at + 1] === hi) {
          this.hits.add(at >>> 2, keys.starts[k]!, keys.ends[k]!);
          const one = slots[at + 3]!; // the key's only ref + 1, if it has one only
          if (one !== 0) this.occ.add(one - 1, keys.starts[k]!, keys.ends[k]!);
          else found.add(p, keys.starts[k]!, keys.ends[k]!);
          break;
        }
        at = (at + 4) & wrap;
      }
    }
    for (let k = 0; k < found.length; k++) touch ^= postings[found.values[k]! - 1]!;
    for (let k = 0; k < found.length; k++) {
      const p = found.values[k]!;
      const start = found.starts[k]!;
      const end = found.ends[k]!;
      const count = postings[p - 1]!;
      for (let i = 0; i < count; i++) this.occ.add(postings[p + i]!, start, end);
    }
    // What `decide` will read of each rule found, the same way: its line and list, and for a
    // co-occurrence rule its companions (two levels: the offset, then what it points at).
    const occ = this.occ;
    const ruleCompanions = s.ruleCompanions;
    for (let k = 0; k < occ.length; k++) {
      const ref = occ.values[k]!;
      const rule = ref >>> 9;
      touch ^= s.ruleLine[rule]! ^ s.ruleList[rule]!;
      if (ref & 0xf0) touch ^= ruleCompanions[rule]!;
    }
    for (let k = 0; k < occ.length; k++) {
      const ref = occ.values[k]!;
      if (ref & 0xf0) touch ^= s.companions[ruleCompanions[ref >>> 9]!]!;
    }
    this.touched = touch;
  }

  /**
   * One length of a wildcard enumeration (`kind` PREFIX, SUFFIX or INFIX) for token `i`, with
   * the running hash `h1`, `h2` and the length's `plan`: one filter read answers the gate
   * (closed: no longer stem starts like this), whether a stem of exactly this length may be here
   * (then the table is probed) and, at a gate point, whether a stem may end before the next one
   * (the ahead bit). Returns the next length to look up: 0 at a closed gate (stop), the next gate
   * point where the ahead bit is clear, else `len + 1`.
   */
  private step(
    tag: number,
    kind: number,
    len: number,
    i: number,
    h1: number,
    h2: number,
    plan: number,
    filter: Uint32Array,
    filterMask: number,
  ): number {
    const q = quickOf(h1, h2, tag, len);
    const word = filter[q & filterMask]!;
    const gate = plan & (kind << GATE_SHIFT);
    if (gate !== 0 && (word & (1 << ((q >>> 17) & 31))) === 0) return 0;
    if (
      plan & kind &&
      (word & (1 << (q >>> 27))) !== 0 &&
      (word & (1 << ((q >>> 22) & 31))) !== 0
    ) {
      this.h.h1 = h1;
      this.h.h2 = h2;
      this.probe(tag, len, i, i + 1);
    }
    const skip = plan >>> SKIP_SHIFT;
    if (gate !== 0 && skip !== 0 && (word & (1 << ((q >>> 12) & 31))) === 0) return skip; // aheadBit
    return len + 1;
  }

  /**
   * One forward pass over a token reading: prefixes and infixes that start at its first
   * character are looked up on the way (each stops at a closed gate), and the running state at
   * the end is the word's digest for phrases.
   */
  private forward(text: string, i: number, wildcards: boolean): void {
    const s = this.set;
    const h = this.h;
    const plan = this.plan;
    const filter = s.filter;
    const filterMask = s.filterMask;
    const n = text.length;
    // The next length each kind looks up; 0: done.
    let prefix = wildcards && s.maxPrefix > 0 && n >= s.minPrefix ? 1 : 0;
    let infix = wildcards && s.maxInfix > 0 && n >= s.minInfix ? 1 : 0;
    let h1 = this.seed1;
    let h2 = this.seed2;
    for (let k = 0; k < n; k++) {
      const c = text.charCodeAt(k);
      h1 = lane1(h1, c);
      h2 = lane2(h2, c);
      const len = k + 1;
      const here = plan[len]!;
      if (prefix !== 0) {
        if (len > s.maxPrefix) prefix = 0;
        else if (here & (PREFIX | (PREFIX << GATE_SHIFT)) && len >= prefix) {
          prefix = this.step(PREFIX_TAG, PREFIX, len, i, h1, h2, here, filter, filterMask);
        }
      }
      if (infix !== 0) {
        if (len > s.maxInfix) infix = 0;
        else if (here & (INFIX | (INFIX << GATE_SHIFT)) && len >= infix) {
          infix = this.step(INFIX_TAG, INFIX, len, i, h1, h2, here, filter, filterMask);
        }
      }
    }
    h.h1 = h1; // the word's digest, for phrases
    h.h2 = h2;
  }

  /** Suffixes of one token reading; stops at a closed gate. */
  private suffixes(text: string, i: number): void {
    const s = this.set;
    const n = text.length;
    if (s.maxSuffix === 0 || n < s.minSuffix) return;
    const top = Math.min(n, s.maxSuffix);
    const plan = this.plan;
    const filter = s.filter;
    const filterMask = s.filterMask;
    let next = 1; // the next length to look up
    let h1 = this.seed1;
    let h2 = this.seed2;
    for (let k = 0; k < top; k++) {
      const c = text.charCodeAt(n - 1 - k);
      h1 = lane1(h1, c);
      h2 = lane2(h2, c);
      const len = k + 1;
      const here = plan[len]!;
      if (here & (SUFFIX | (SUFFIX << GATE_SHIFT)) && len >= next) {
        next = this.step(SUFFIX_TAG, SUFFIX, len, i, h1, h2, here, filter, filterMask);
        if (next === 0) return;
      }
    }
  }

  /**
   * Infixes of one token reading that start after its first character (see `forward`).
   *
   * Most starts end at the first gate (the shortest stem), and that filter read is most of their
   * cost once the filter outgrows the near caches. So the first gate of every start is read
   * first, in a loop that does not branch on what it reads: the reads of all starts overlap
   * instead of each waiting for the last. Then only the open starts are enumerated (their
   * first-gate words are cached by then).
   */
  private infixes(text: string, i: number): void {
    const s = this.set;
    const n = text.length;
    if (s.maxInfix === 0) return;
    const last = n - s.minInfix; // the last start
    const first = s.infixGate; // the first gate (the shortest stem), 3–5, or 0: none
    // Starts up to `gated` reach the first gate (all of them, as the compiler sets the gate).
    const gated = first > 0 ? Math.min(last, n - first) : 0;
    if (this.open.length <= gated) this.open = new Uint8Array(gated * 2);
    const open = this.open;
    const plan = this.plan;
    const filter = s.filter;
    const filterMask = s.filterMask;
    if (gated > 0) {
      for (let from = 1; from <= gated; from++) {
        let h1 = this.seed1;
        let h2 = this.seed2;
        for (let k = 0; k < first; k++) {
          const c = text.charCodeAt(from + k);
          h1 = lane1(h1, c);
          h2 = lane2(h2, c);
        }
        const q = quickOf(h1, h2, INFIX_TAG, first);
        open[from] = (filter[q & filterMask]! >>> ((q >>> 17) & 31)) & 1; // as in `step`
      }
    }
    for (let from = 1; from <= last; from++) {
      if (from <= gated && open[from] === 0) continue;
      const top = Math.min(n - from, s.maxInfix);
      let next = 1; // the next length to look up
      let h1 = this.seed1;
      let h2 = this.seed2;
      for (let k = 0; k < top; k++) {
        const c = text.charCodeAt(from + k);
        h1 = lane1(h1, c);
        h2 = lane2(h2, c);
        const len = k + 1;
        const here = plan[len]!;
        if (here & (INFIX | (INFIX << GATE_SHIFT)) && len >= next) {
          next = this.step(INFIX_TAG, INFIX, len, i, h1, h2, here, filter, filterMask);
          if (next === 0) break;
        }
      }
    }
  }

  /** Words and phrases from token `start`, over every reading, as digests (Hasher.phraseAdd). */
  private walk(
    query: Normalized,
    start: number,
    pos: number,
    n: number,
    depth: number,
    p1: number,
    p2: number,
  ): void {
    const s = this.set;
    const words = depth + 1;
    const want = (s.phraseMask & (1 << words)) !== 0;
    const deeper = words < s.maxPhrase && pos + 1 < n;
    // With phrase gates, going deeper waits for this length's word to say that a phrase does.
    const gated = deeper && s.phraseGates;
    const count = query[pos]!.length;
    const base = this.offsets[pos]!;
    for (let r = 0; r < count; r++) {
      const h1 = phrase1(p1, this.d1[base + r]!); // as Hasher.phraseAdd
      const h2 = phrase2(p2, this.d2[base + r]!);
      let on = deeper;
      if (want || gated) {
        // The filter on a cheap digest first; where it says maybe, the key is noted (`probe`).
        const q = quickOf(h1, h2, WORDS_TAG, words);
        const word = s.filter[q & s.filterMask]!;
        if (want && (word & (1 << (q >>> 27))) !== 0 && (word & (1 << ((q >>> 22) & 31))) !== 0) {
          this.h.h1 = h1;
          this.h.h2 = h2;
          this.probe(WORDS_TAG, words, start, pos + 1);
        }
        if (gated && (word & (1 << ((q >>> 17) & 31))) === 0) on = false; // as `gateBit`
      }
      if (on) this.walk(query, start, pos + 1, n, words, h1, h2);
    }
  }

  /**
   * Switches lists of this set off (by index in `set.lists`) and every other list on: their
   * rules and exceptions no longer take part, so a lower rule of another list can answer.
   */
  switchOff(lists: Iterable<number>): void {
    this.off.fill(0);
    this.anyOff = false;
    for (const i of lists) {
      if (i >= 0 && i < this.off.length) {
        this.off[i] = 1;
        this.anyOff = true;
      }
    }
  }

  /** The verdict of this set for a normalized query. */
  match(query: Normalized): Verdict {
    const s = this.set;
    const h = this.h;
    this.occ.length = 0;
    this.hits.length = 0;
    this.keys.length = 0;
    const n = Math.min(query.length, MAX_TOKENS);
    if (n === 0) return NO_MATCH;
    let total = 0;
    for (let i = 0; i < n; i++) {
      this.offsets[i] = total;
      total += query[i]!.length;
    }
    if (total > this.d1.length) {
      this.d1 = new Int32Array(total * 2);
      this.d2 = new Int32Array(total * 2);
    }
    for (let i = 0; i < n; i++) {
      const readings = query[i]!;
      const wildcards = readings[0] !== CLASS_TOKEN; // class tokens are whole words only
      for (let r = 0; r < readings.length; r++) {
        const text = readings[r]!;
        this.forward(text, i, wildcards);
        this.d1[this.offsets[i]! + r] = h.h1;
        this.d2[this.offsets[i]! + r] = h.h2;
        if (wildcards) {
          this.suffixes(text, i);
          this.infixes(text, i);
        }
      }
    }
    if (s.maxPhrase > 0) {
      for (let i = 0; i < n; i++) {
        h.phraseStart();
        this.walk(query, i, i, n, 0, h.h1, h.h2);
      }
    }
    if (this.keys.length === 0) return NO_MATCH;
    this.resolve();
    if (this.occ.length === 0) return NO_MATCH;
    return this.decide();
  }

  private decide(): Verdict {
    const s = this.set;
    const occ = this.occ;
    // Exceptions first: their spans, per list.
    let exceptions: number[] | null = null; // triples: list, start, end
    for (let k = 0; k < occ.length; k++) {
      const ref = occ.values[k]!;
      if (ref & 0x100 && !(this.anyOff && this.off[s.ruleList[ref >>> 9]!]))
        (exceptions ??= []).push(s.ruleList[ref >>> 9]!, occ.starts[k]!, occ.ends[k]!);
    }
    let best = -1;
    for (let k = 0; k < occ.length; k++) {
      const ref = occ.values[k]!;
      if (ref & 0x100) continue;
      const rule = ref >>> 9;
      if (best >= 0 && rule >= best) continue;
      if (this.anyOff && this.off[s.ruleList[rule]!]) continue;
      if (exceptions && this.covered(exceptions, s.ruleList[rule]!, occ.starts[k]!, occ.ends[k]!)) {
        continue;
      }
      const parts = ((ref >>> 4) & 15) + 1;
      // A co-occurrence rule arrives through its trigger part; the other parts must be hits too.
      if (parts === 1 || this.companionsFound(rule, exceptions)) best = rule;
    }
    if (best < 0) return NO_MATCH;
    return { match: true, list: s.ruleList[best]!, line: s.ruleLine[best]! };
  }

  /**
   * Whether every companion part of a co-occurrence rule (all parts but its trigger) was hit by
   * the query, by one of its readings, outside the exceptions of the rule's list.
   */
  private companionsFound(rule: number, exceptions: number[] | null): boolean {
    const s = this.set;
    const c = s.companions;
    const hits = this.hits;
    const list = s.ruleList[rule]!;
    let at = s.ruleCompanions[rule]!;
    const parts = c[at++]!;
    for (let part = 0; part < parts; part++) {
      const readings = c[at++]!;
      let found = false;
      for (let r = 0; r < readings && !found; r++) {
        const slot = c[at + r]!;
        for (let k = 0; k < hits.length; k++) {
          if (hits.values[k] !== slot) continue;
          if (exceptions && this.covered(exceptions, list, hits.starts[k]!, hits.ends[k]!))
            continue;
          found = true;
          break;
        }
      }
      if (!found) return false;
      at += readings;
    }
    return true;
  }

  /** Whether an occurrence [start, end) overlaps an exception of its list. */
  private covered(exceptions: number[], list: number, start: number, end: number): boolean {
    for (let e = 0; e < exceptions.length; e += 3) {
      if (exceptions[e] === list && start < exceptions[e + 2]! && exceptions[e + 1]! < end) {
        return true;
      }
    }
    return false;
  }
}
