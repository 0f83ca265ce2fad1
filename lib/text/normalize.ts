/**
 * Normalization — the one function that turns both list terms and queries into tokens
 * (DESIGN.md "Normalization — exactly"). Pure: no browser, no DOM.
 *
 * Result: one entry per token position, each a list of readings. Nearly every position has one
 * reading; a letter run of three or more (`teeeen`) gives both the two-letter and the one-letter
 * reading (`teen`, `ten`). The first reading is the canonical one (`normalizeToText`).
 *
 * The steps, in the spec's order, with three deliberate refinements:
 * - Folding (step 2) runs before ages (step 1), and ages are read on the raw tokens (before
 *   leetspeak): full-width digits and `Één jaar` are recognized, and separators between number
 *   and unit do not matter. On plain text this is the spec's order.
 * - Joining single letters (step 6) runs before letter runs (step 5), so `z z z` reads like `zzz`.
 * - Ages are read once more on the final tokens, so ages hidden by obfuscation (`t e n yo`,
 *   `12 an5`) are caught, and the result is stable: normalizing the canonical text of a result
 *   gives the same canonical text.
 */
import { MINOR_AGE, replaceAges } from './ages';

export { MINOR_AGE };

/** Stands for the class token inside folded text; never produced by folding. */
const AGE_SENTINEL = '\uE000';

export type Readings = readonly string[];
export type Normalized = Readings[];

const SPECIAL: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  þ: 'th',
  ς: 'σ',
};
const SPECIAL_RE = /[ßæœøłđþς]/g;
const COMBINING_RE = /\p{M}/gu;
// eslint-disable-next-line no-control-regex -- the ASCII range, for the fast path
const NON_ASCII_RE = /[^\x00-\x7f]/;
const LITERAL_CLASS_RE = /\{minor-age\}/g;
const LETTER_OR_DIGIT_RE = /[\p{L}\p{N}]/u;
const LETTER_RE = /\p{L}/u;

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
};

/** Most variants one token may produce; beyond that, extra runs keep their two-letter reading. */
const MAX_RUN_VARIANTS = 16;

/** Folded form of one non-ASCII code point, cached: queries repeat the same few accents. */
const foldCache = new Map<number, string>();
const FOLD_CACHE_MAX = 4096;

function foldCodePoint(cp: number): string {
  let folded = foldCache.get(cp);
  if (folded === undefined) {
    folded = String.fromCodePoint(cp)
      .normalize('NFKD')
      .toLowerCase()
      .normalize('NFKD')
      .replace(COMBINING_RE, '')
      .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch);
    if (foldCache.size < FOLD_CACHE_MAX) foldCache.set(cp, folded);
  }
  return folded;
}

/**
 * Step 2: Unicode NFKD, no combining marks, lowercase, and the letters NFKD leaves alone.
 * Character by character (NFKD only decomposes, and the marks it could reorder are dropped), so
 * ASCII runs stay on the fast path and each accented letter is folded once per session. Final
 * sigma folds to σ, so Greek words compare the same wherever they stand.
 */
export function fold(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  let out = '';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    if (run < i) out += text.slice(run, i).toLowerCase();
    const cp = text.codePointAt(i)!;
    out += foldCodePoint(cp);
    if (cp > 0xffff) i++;
    run = i + 1;
  }
  if (run < text.length) out += text.slice(run).toLowerCase();
  return out;
}

const enum Kind {
  Separator,
  Letter,
  Digit,
  Joiner, // @ and $: letters only between letters or digits
  Sentinel,
}

function kindOf(text: string, i: number): Kind {
  const c = text.charCodeAt(i);
  if (c >= 97 && c <= 122) return Kind.Letter;
  if (c >= 48 && c <= 57) return Kind.Digit;
  if (c === 64 || c === 36) return Kind.Joiner;
  if (c < 128) return Kind.Separator;
  if (c === 0xe000) return Kind.Sentinel;
  // Astral characters: test the whole code point, then the low surrogate follows as a letter.
  const cp = text.codePointAt(i) ?? c;
  const ch = String.fromCodePoint(cp);
  if (c >= 0xdc00 && c <= 0xdfff) {
    const prev = text.codePointAt(i - 1);
    if (prev !== undefined && prev > 0xffff) return kindOf(text, i - 1);
  }
  if (LETTER_RE.test(ch)) return Kind.Letter;
  if (LETTER_OR_DIGIT_RE.test(ch)) return Kind.Digit;
  return Kind.Separator;
}

/** Token flags from the tokenizer. */
const MIXED = 1; // letters and digits, or an @/$ joiner: leetspeak applies
const RUN = 2; // three or more of one letter in a row

/**
 * Step 3: split on anything that is not a letter or digit; @ and $ join between them. Notes per
 * token whether it is mixed and whether it holds a letter run, so later steps skip most tokens.
 */
function tokenize(text: string, tokens: string[], flags: number[]): void {
  const n = text.length;
  let start = -1;
  let hasLetter = false;
  let hasDigit = false;
  let hasJoiner = false;
  let run = false;
  let p1 = -1;
  let p2 = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    const k =
      c >= 97 && c <= 122
        ? Kind.Letter
        : c >= 48 && c <= 57
          ? Kind.Digit
          : c < 128
            ? c === 64 || c === 36
              ? Kind.Joiner
              : Kind.Separator
            : kindOf(text, i);
    if (k === Kind.Letter || k === Kind.Digit) {
      if (start < 0) {
        start = i;
        hasLetter = hasDigit = hasJoiner = run = false;
        p1 = p2 = -1;
      }
      if (k === Kind.Letter) {
        hasLetter = true;
        if (c === p1 && c === p2) run = true;
      } else hasDigit = true;
      p2 = p1;
      p1 = c;
      continue;
    }
    if (k === Kind.Joiner && start >= 0) {
      // A run of @/$ counts as letters only if a letter or digit follows it.
      let j = i;
      while (j < n && kindOf(text, j) === Kind.Joiner) j++;
      const next = j < n ? kindOf(text, j) : Kind.Separator;
      if (next === Kind.Letter || next === Kind.Digit) {
        hasJoiner = true;
        p1 = p2 = -1;
        i = j - 1;
        continue;
      }
      tokens.push(text.slice(start, i));
      flags.push((hasJoiner || (hasLetter && hasDigit) ? MIXED : 0) | (run ? RUN : 0));
      start = -1;
      i = j - 1;
      continue;
    }
    if (start >= 0) {
      tokens.push(text.slice(start, i));
      flags.push((hasJoiner || (hasLetter && hasDigit) ? MIXED : 0) | (run ? RUN : 0));
      start = -1;
    }
    if (k === Kind.Sentinel) {
      tokens.push(MINOR_AGE);
      flags.push(0);
    }
  }
}

/** Step 4: leetspeak, only inside mixed tokens (`z3bra`, `z@bra`; `2024` stays). */
function unleet(token: string): string {
  let out = '';
  for (const ch of token) out += LEET[ch] ?? ch;
  return out;
}

function isSingleLetter(token: string): boolean {
  if (token.length === 1) {
    const c = token.charCodeAt(0);
    return c >= 97 && c <= 122 ? true : c < 128 ? false : LETTER_RE.test(token);
  }
  return token.length === 2 && token.codePointAt(0)! > 0xffff && LETTER_RE.test(token);
}

/** Step 6: three or more single-letter tokens in a row become one word (same array if none). */
function joinSingles(tokens: string[]): string[] {
  let singles = 0;
  let found = false;
  for (const t of tokens) {
    singles = isSingleLetter(t) ? singles + 1 : 0;
    if (singles >= 3) {
      found = true;
      break;
    }
  }
  if (!found) return tokens;
  const out: string[] = [];
  for (let i = 0; i < tokens.length;) {
    let j = i;
    while (j < tokens.length && isSingleLetter(tokens[j]!)) j++;
    if (j - i >= 3) {
      out.push(tokens.slice(i, j).join(''));
      i = j;
    } else {
      out.push(tokens[i]!);
      i++;
    }
  }
  return out;
}

/** Whether a token has a run of three or more of one letter (digits do not count). */
function hasRun(token: string): boolean {
  for (let i = 2; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c === token.charCodeAt(i - 1) && c === token.charCodeAt(i - 2) && (c < 48 || c > 57))
      return true;
  }
  return false;
}

function isLetterCode(cp: number): boolean {
  if (cp < 128) return (cp | 32) >= 97 && (cp | 32) <= 122;
  return LETTER_RE.test(String.fromCodePoint(cp));
}

/**
 * Step 5: a run of 3+ of one letter reads as two or as one; both readings, two first.
 *
 * The runs are found by a scan over code points (what `/(\p{L})\1{2,}/gu` would match, leftmost
 * and greedy) rather than by `matchAll`, whose match objects made this the costliest step of
 * the queries that have a run, which are among the slowest queries anyway. A run shorter than
 * three holds no match, so the scan skips each run whole.
 */
function runReadings(token: string): Readings {
  let readings = [''];
  let last = 0;
  for (let i = 0; i < token.length;) {
    const cp = token.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let end = i + width;
    while (token.codePointAt(end) === cp) end += width;
    if (end - i >= 3 * width && isLetterCode(cp)) {
      const head = token.slice(last, i);
      const letter = token.slice(i, i + width);
      const next: string[] = [];
      for (const r of readings) {
        next.push(r + head + letter + letter);
        if (readings.length * 2 <= MAX_RUN_VARIANTS) next.push(r + head + letter);
      }
      readings = next;
      last = end;
    }
    i = end;
  }
  const tail = token.slice(last);
  return readings.map((r) => r + tail);
}

/** Tokens of `text`, each with its readings (first = canonical). */
export function normalize(text: string): Normalized {
  let folded = fold(text);
  if (folded.includes('{')) folded = folded.replace(LITERAL_CLASS_RE, ` ${AGE_SENTINEL} `);
  // Fresh arrays, not module-level scratch ones: emptying an array (`length = 0`) is a runtime
  // call that costs more than allocating two small arrays in the young generation.
  let tokens: string[] = [];
  let flags: number[] = [];
  tokenize(folded, tokens, flags);
  const aged = replaceAges(tokens);
  if (aged) {
    const old = flags;
    tokens = aged.tokens;
    flags = aged.from.map((k) => (k >= 0 ? old[k]! : 0));
  }
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    if (flags[i]! & MIXED) {
      const w = unleet(tokens[i]!);
      tokens[i] = w;
      flags[i] = hasRun(w) ? RUN : 0;
      changed = true;
    }
  }
  const joined = joinSingles(tokens);
  if (joined !== tokens) {
    changed = true;
    tokens = joined;
    flags = joined.map((w) => (hasRun(w) ? RUN : 0));
  }
  const result: Readings[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!;
    if (flags[i]! & RUN && w !== MINOR_AGE) {
      const r = runReadings(w);
      if (r.length > 1) changed = true;
      result.push(r);
    } else result.push([w]);
  }
  if (!changed) return result;
  // Leetspeak, joining and runs can make an age appear (`t e n yo`): read ages once more.
  const again = replaceAges(result.map((r) => r[0]!));
  if (!again) return result;
  return again.tokens.map((t, i) => (again.from[i]! >= 0 ? result[again.from[i]!]! : [t]));
}

function canonical(tokens: Normalized): string {
  return tokens.map((t) => t[0]).join(' ');
}

/** The canonical reading as text: tokens joined by one space. */
export function normalizeToText(text: string): string {
  return canonical(normalize(text));
}
