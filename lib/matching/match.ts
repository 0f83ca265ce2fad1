/**
 * Matching a normalized query against compiled sets. The work depends on the query (its tokens
 * and the lengths that occur in the rules), not on the number of rules: every lookup is one
 * keyed hash, one bit of a prefilter and, rarely, one probe of an open-addressing table.
 *
 * Semantics (DESIGN.md "Keyword list format — exactly"):
 * - a rule matches when each of its parts occurs somewhere in the query;
 * - an exception removes only the occurrences whose words overlap the exception's words in the
 *   query, for the rules of its own list; the rest of the query is still matched;
 * - of several matching rules, the lowest line (of the first list in the set) is the answer.
 */
import { MINOR_AGE, type Normalized } from '../text/normalize';
import { Hasher, Tag } from './hash';
import { hasLength, type CompiledSet } from './compiled';

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

/** Occurrences found in one query: rule part refs with the token span they cover. */
class Occurrences {
  refs = new Uint32Array(64);
  starts = new Uint16Array(64);
  ends = new Uint16Array(64);
  length = 0;

  add(ref: number, start: number, end: number): void {
    if (this.length === this.refs.length) {
      const grow = <T extends Uint32Array | Uint16Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.refs = grow(this.refs, (n) => new Uint32Array(n));
      this.starts = grow(this.starts, (n) => new Uint16Array(n));
      this.ends = grow(this.ends, (n) => new Uint16Array(n));
    }
    this.refs[this.length] = ref;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }
}

// Module-level copies: read once, not through an import binding on every lookup.
const WORDS_TAG: number = Tag.Words;
const PREFIX_TAG: number = Tag.Prefix;
const SUFFIX_TAG: number = Tag.Suffix;
const INFIX_TAG: number = Tag.Infix;
const CLASS_TOKEN: string = MINOR_AGE;

const PREFIX = 1;
const SUFFIX = 2;
const INFIX = 4;

/** Queries longer than this many tokens are matched on their first MAX_TOKENS tokens. */
export const MAX_TOKENS = 512;

/** A matcher for one compiled set; reusable, not re-entrant. */
export class SetMatcher {
  private readonly h: Hasher;
  private readonly occ = new Occurrences();
  private masks: Uint32Array;
  private readonly touched: number[] = [];
  /** Per length 0–255: which wildcard kinds have a stem of that length. */
  private readonly lens = new Uint8Array(256);

  constructor(readonly set: CompiledSet) {
    this.h = new Hasher(set.key);
    this.masks = new Uint32Array(set.ruleLine.length);
    for (let n = 1; n < 256; n++) {
      this.lens[n] =
        (hasLength(set.prefixLens, n) ? PREFIX : 0) |
        (hasLength(set.suffixLens, n) ? SUFFIX : 0) |
        (hasLength(set.infixLens, n) ? INFIX : 0);
    }
  }

  /** Looks up the last finished hash; records occurrences of every part it names. */
  private lookup(start: number, end: number): void {
    const s = this.set;
    const { lo, hi } = this.h;
    const f = hi & s.filterMask;
    if ((s.filter[f >>> 5]! & (1 << (f & 31))) === 0) return;
    let slot = lo & s.mask;
    for (;;) {
      const p = s.post[slot]!;
      if (p === 0) return;
      if (s.keysLo[slot] === lo && s.keysHi[slot] === hi) {
        const count = s.postings[p - 1]!;
        for (let i = 0; i < count; i++) this.occ.add(s.postings[p + i]!, start, end);
        return;
      }
      slot = (slot + 1) & s.mask;
    }
  }

  /** Words and phrases starting at token `i`: every reading of every following token. */
  private phrases(tokens: Normalized, i: number, n: number): void {
    const h = this.h;
    h.start();
    this.walk(tokens, i, i, n, 0, 0, h.h1, h.h2);
  }

  /** Depth-first over readings; the running state is passed down so that branches resume. */
  private walk(
    tokens: Normalized,
    i: number,
    pos: number,
    n: number,
    depth: number,
    chars: number,
    h1: number,
    h2: number,
  ): void {
    const s = this.set;
    const h = this.h;
    const readings = tokens[pos]!;
    const words = depth + 1;
    const want = (s.phraseMask & (1 << words)) !== 0;
    const deeper = words < s.maxPhrase && pos + 1 < n;
    for (let r = 0; r < readings.length; r++) {
      h.h1 = h1;
      h.h2 = h2;
      const reading = readings[r]!;
      if (depth > 0) h.push(32);
      h.pushString(reading);
      const len = chars + (depth > 0 ? 1 : 0) + reading.length;
      if (deeper) {
        const a = h.h1;
        const b = h.h2;
        if (want) {
          h.finish(WORDS_TAG, len);
          this.lookup(i, pos + 1);
        }
        this.walk(tokens, i, pos + 1, n, words, len, a, b);
      } else if (want) {
        h.finish(WORDS_TAG, len);
        this.lookup(i, pos + 1);
      }
    }
  }

  /** Prefixes, suffixes and infixes of one token reading. */
  private wildcards(text: string, i: number): void {
    const s = this.set;
    const h = this.h;
    const lens = this.lens;
    const n = text.length;
    if (s.maxPrefix > 0) {
      h.start();
      const top = Math.min(n, s.maxPrefix);
      for (let k = 0; k < top; k++) {
        h.push(text.charCodeAt(k));
        if (lens[k + 1]! & PREFIX) {
          h.finish(PREFIX_TAG, k + 1);
          this.lookup(i, i + 1);
        }
      }
    }
    if (s.maxSuffix > 0) {
      h.start();
      const top = Math.min(n, s.maxSuffix);
      for (let k = 0; k < top; k++) {
        h.push(text.charCodeAt(n - 1 - k));
        if (lens[k + 1]! & SUFFIX) {
          h.finish(SUFFIX_TAG, k + 1);
          this.lookup(i, i + 1);
        }
      }
    }
    if (s.maxInfix > 0) {
      const filtered = s.minInfix >= 3;
      for (let from = 0; from + s.minInfix <= n; from++) {
        if (filtered) {
          // An infix of 3+ characters must start with a trigram that some stem starts with.
          const bit = h.trigram(text, from) & s.trigramMask;
          if ((s.trigrams[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
        }
        h.start();
        const top = Math.min(n - from, s.maxInfix);
        for (let k = 0; k < top; k++) {
          h.push(text.charCodeAt(from + k));
          if (lens[k + 1]! & INFIX) {
            h.finish(INFIX_TAG, k + 1);
            this.lookup(i, i + 1);
          }
        }
      }
    }
  }

  /** The verdict of this set for a normalized query. */
  match(query: Normalized): Verdict {
    const s = this.set;
    const occ = this.occ;
    occ.length = 0;
    const n = Math.min(query.length, MAX_TOKENS);
    if (n === 0) return NO_MATCH;
    const hasWildcards = s.maxPrefix > 0 || s.maxSuffix > 0 || s.maxInfix > 0;
    for (let i = 0; i < n; i++) {
      if (s.maxPhrase > 0) this.phrases(query, i, n);
      if (!hasWildcards) continue;
      const readings = query[i]!;
      if (readings[0] === CLASS_TOKEN) continue; // class tokens are whole words only
      for (let r = 0; r < readings.length; r++) this.wildcards(readings[r]!, i);
    }
    if (occ.length === 0) return NO_MATCH;
    return this.decide();
  }

  private decide(): Verdict {
    const s = this.set;
    const occ = this.occ;
    // Exceptions first: their spans, per list.
    let exceptions: number[] | null = null; // triples: list, start, end
    for (let k = 0; k < occ.length; k++) {
      const info = s.ruleInfo[occ.refs[k]! >>> 5]!;
      if (info & 64) (exceptions ??= []).push(info >>> 8, occ.starts[k]!, occ.ends[k]!);
    }
    let best = -1;
    const masks = this.masks;
    for (let k = 0; k < occ.length; k++) {
      const ref = occ.refs[k]!;
      const rule = ref >>> 5;
      const info = s.ruleInfo[rule]!;
      if (info & 64) continue;
      if (best >= 0 && rule >= best) continue;
      if (exceptions) {
        const list = info >>> 8;
        const start = occ.starts[k]!;
        const end = occ.ends[k]!;
        let covered = false;
        for (let e = 0; e < exceptions.length; e += 3) {
          if (exceptions[e] === list && start < exceptions[e + 2]! && exceptions[e + 1]! < end) {
            covered = true;
            break;
          }
        }
        if (covered) continue;
      }
      const parts = info & 63;
      if (parts === 1) {
        best = rule;
        continue;
      }
      if (masks[rule] === 0) this.touched.push(rule);
      masks[rule]! |= 1 << (ref & 31);
      if (masks[rule] === (parts === 32 ? 0xffffffff : (1 << parts) - 1) >>> 0) best = rule;
    }
    for (const rule of this.touched) masks[rule] = 0;
    this.touched.length = 0;
    if (best < 0) return NO_MATCH;
    return { match: true, list: s.ruleInfo[best]! >>> 8, line: s.ruleLine[best]! };
  }
}
