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
import { hasLength, trigramBit, type CompiledSet } from './compiled';

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

/** Queries longer than this many tokens are matched on their first MAX_TOKENS tokens. */
export const MAX_TOKENS = 512;

/** A matcher for one compiled set; reusable, not re-entrant. */
export class SetMatcher {
  private readonly h: Hasher;
  private readonly occ = new Occurrences();
  private masks: Uint32Array;
  private readonly touched: number[] = [];
  private readonly phraseH1 = new Int32Array(64);
  private readonly phraseH2 = new Int32Array(64);

  constructor(readonly set: CompiledSet) {
    this.h = new Hasher(set.key);
    this.masks = new Uint32Array(set.ruleLine.length);
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

  /** Words and phrases starting at token `i` (every reading of every following token). */
  private phrases(tokens: Normalized, i: number, n: number): void {
    const s = this.set;
    const h = this.h;
    // Depth-first over readings; the running state is saved per depth so that branches resume.
    const walk = (pos: number, depth: number, chars: number) => {
      const readings = tokens[pos]!;
      for (let r = 0; r < readings.length; r++) {
        h.h1 = this.phraseH1[depth]!;
        h.h2 = this.phraseH2[depth]!;
        const reading = readings[r]!;
        if (depth > 0) h.push(32);
        h.pushString(reading);
        const len = chars + (depth > 0 ? 1 : 0) + reading.length;
        const words = depth + 1;
        if (s.phraseMask & (1 << words)) {
          h.finish(Tag.Words, len);
          this.lookup(i, pos + 1);
        }
        if (words < s.maxPhrase && pos + 1 < n) {
          this.phraseH1[depth + 1] = h.h1;
          this.phraseH2[depth + 1] = h.h2;
          walk(pos + 1, depth + 1, len);
        }
      }
    };
    h.start();
    this.phraseH1[0] = h.h1;
    this.phraseH2[0] = h.h2;
    walk(i, 0, 0);
  }

  /** Prefixes, suffixes and infixes of one token reading. */
  private wildcards(text: string, i: number): void {
    const s = this.set;
    const h = this.h;
    const n = text.length;
    if (s.maxPrefix > 0) {
      h.start();
      const top = Math.min(n, s.maxPrefix);
      for (let k = 0; k < top; k++) {
        h.push(text.charCodeAt(k));
        if (hasLength(s.prefixLens, k + 1)) {
          h.finish(Tag.Prefix, k + 1);
          this.lookup(i, i + 1);
        }
      }
    }
    if (s.maxSuffix > 0) {
      h.start();
      const top = Math.min(n, s.maxSuffix);
      for (let k = 0; k < top; k++) {
        h.push(text.charCodeAt(n - 1 - k));
        if (hasLength(s.suffixLens, k + 1)) {
          h.finish(Tag.Suffix, k + 1);
          this.lookup(i, i + 1);
        }
      }
    }
    if (s.maxInfix > 0) {
      for (let from = 0; from < n; from++) {
        const room = n - from;
        if (room < s.minInfix) break;
        if (s.minInfix >= 3) {
          // Prefilter: an infix of 3+ characters must start with a trigram some stem starts with.
          const bit = trigramBit(h, text, from);
          if ((s.trigrams[bit >>> 5]! & (1 << (bit & 31))) === 0) continue;
        }
        h.start();
        const top = Math.min(room, s.maxInfix);
        for (let k = 0; k < top; k++) {
          h.push(text.charCodeAt(from + k));
          if (hasLength(s.infixLens, k + 1)) {
            h.finish(Tag.Infix, k + 1);
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
      if (readings[0] === MINOR_AGE) continue; // class tokens are whole words only
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
