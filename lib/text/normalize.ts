/**
 * Normalization — the one function that turns both list terms and queries into tokens
 * (DESIGN.md "Normalization — exactly"). Pure: no browser, no DOM.
 *
 * Result: one entry per token position, each a list of readings. Nearly every position has one
 * reading; a letter run of three or more (`teeeen`) gives both the two-letter and the one-letter
 * reading (`teen`, `ten`). The first reading is the canonical one (`normalizeToText`).
 *
 * Order of the steps, and two deliberate refinements of the spec's order:
 * - Folding (step 2) runs before ages (step 1), so full-width digits and accented number words
 *   (`één`) are recognized; on plain text this is the same as the spec's order.
 * - Joining single letters (step 6) runs before letter runs (step 5), so `z z z` is read like
 *   `zzz`. Neither changes any other input.
 * - If leetspeak, joining or runs *create* an age expression (`t e n yo`, `12 an5`), the
 *   canonical text is normalized once more, so the output is stable: normalizing the canonical
 *   text of a result gives the same canonical text.
 */
import { AGE_SENTINEL, replaceAges } from './ages';

/** The class token that ages become. Written literally in lists: `{minor-age} + woord`. */
export const MINOR_AGE = '{minor-age}';

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
};
const SPECIAL_RE = /[ßæœøłđþ]/g;
const COMBINING_RE = /\p{M}/gu;
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

/** Step 2: Unicode NFKD, no combining marks, lowercase, and the letters NFKD leaves alone. */
export function fold(text: string): string {
  if (!NON_ASCII_RE.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .toLowerCase()
    .normalize('NFKD')
    .replace(COMBINING_RE, '')
    .replace(SPECIAL_RE, (ch) => SPECIAL[ch] ?? ch);
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

interface RawToken {
  text: string;
  mixed: boolean; // letters and digits, or an @/$ joiner: leetspeak applies
}

/** Step 3: split on anything that is not a letter or digit; @ and $ join between them. */
function tokenize(text: string): RawToken[] {
  const tokens: RawToken[] = [];
  const n = text.length;
  let start = -1;
  let hasLetter = false;
  let hasDigit = false;
  let hasJoiner = false;
  const flush = (end: number) => {
    if (start >= 0) {
      tokens.push({ text: text.slice(start, end), mixed: hasJoiner || (hasLetter && hasDigit) });
      start = -1;
    }
  };
  for (let i = 0; i < n; i++) {
    const k = kindOf(text, i);
    if (k === Kind.Letter || k === Kind.Digit) {
      if (start < 0) {
        start = i;
        hasLetter = hasDigit = hasJoiner = false;
      }
      if (k === Kind.Letter) hasLetter = true;
      else hasDigit = true;
    } else if (k === Kind.Joiner && start >= 0) {
      // A run of @/$ counts as letters only if a letter or digit follows it.
      let j = i;
      while (j < n && kindOf(text, j) === Kind.Joiner) j++;
      const next = j < n ? kindOf(text, j) : Kind.Separator;
      if (next === Kind.Letter || next === Kind.Digit) {
        hasJoiner = true;
        i = j - 1;
      } else {
        flush(i);
        i = j - 1;
      }
    } else {
      flush(i);
      if (k === Kind.Sentinel) tokens.push({ text: MINOR_AGE, mixed: false });
    }
  }
  flush(n);
  return tokens;
}

/** Step 4: leetspeak, only inside mixed tokens (`z3bra`, `z@bra`; `2024` stays). */
function unleet(token: string): string {
  let out = '';
  for (const ch of token) out += LEET[ch] ?? ch;
  return out;
}

function isSingleLetter(token: string): boolean {
  return token.length === 1 || (token.length === 2 && token.codePointAt(0)! > 0xffff)
    ? LETTER_RE.test(token)
    : false;
}

/** Step 6: three or more single-letter tokens in a row become one word. */
function joinSingles(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
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

const RUN_RE = /(\p{L})\1{2,}/gu;

/** Step 5: a run of 3+ of one letter reads as two or as one; both readings, two first. */
function runReadings(token: string): Readings {
  RUN_RE.lastIndex = 0;
  if (!RUN_RE.test(token)) return [token];
  let readings = [''];
  let last = 0;
  RUN_RE.lastIndex = 0;
  for (const m of token.matchAll(RUN_RE)) {
    const head = token.slice(last, m.index);
    const letter = m[1]!;
    const next: string[] = [];
    for (const r of readings) {
      next.push(r + head + letter + letter);
      if (readings.length * 2 <= MAX_RUN_VARIANTS) next.push(r + head + letter);
    }
    readings = next;
    last = m.index + m[0].length;
  }
  const tail = token.slice(last);
  return readings.map((r) => r + tail);
}

function pipeline(text: string): Normalized {
  let folded = fold(text);
  if (folded.includes('{')) folded = folded.replace(LITERAL_CLASS_RE, ` ${AGE_SENTINEL} `);
  folded = replaceAges(folded);
  const raw = tokenize(folded);
  const words = joinSingles(raw.map((t) => (t.mixed ? unleet(t.text) : t.text)));
  return words.map((w) => (w === MINOR_AGE ? [w] : runReadings(w)));
}

function canonical(tokens: Normalized): string {
  return tokens.map((t) => t[0]).join(' ');
}

/** Tokens of `text`, each with its readings (first = canonical). */
export function normalize(text: string): Normalized {
  let tokens = pipeline(text);
  // Leetspeak, joining and runs can create an age expression (`t e n yo`): read once more.
  for (let round = 0; round < 2; round++) {
    const text2 = canonical(tokens);
    if (replaceAges(text2) === text2) break;
    tokens = pipeline(text2);
  }
  return tokens;
}

/** The canonical reading as text: tokens joined by one space. */
export function normalizeToText(text: string): string {
  return canonical(normalize(text));
}
