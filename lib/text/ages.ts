/**
 * Age expressions → the class token (DESIGN.md "Normalization — exactly", step 1).
 *
 * A number 0–17 (digits, or number words in nl, en, fr, including compounds such as
 * `twaalfjarige` and `dix-sept`) followed by an age unit is replaced, number *and* unit, by
 * `{minor-age}`. Numbers of 18 and up stay, which is why number words are read as a whole
 * expression (`dix-huit ans`, `vingt et un ans`, `eighteen year old`) before the value is
 * checked: reading only the last word would turn `dix-huit` into `huit`.
 *
 * Works on the raw tokens of folded text (lowercase, no accents), before leetspeak, so that
 * `12yo`, `12 y/o`, `12-jarige` and `Één jaar` are seen; separators between number and unit do
 * not matter (`12yo`, `12 yo`, `12,yo`). Run again on the final tokens, it also catches ages that
 * obfuscation hid (`t e n yo`, `12 an5`) and keeps normalization stable on its own output.
 */

export const MINOR_AGE = '{minor-age}';

// prettier-ignore
const WORD_VALUES = new Map<string, number>(
  Object.entries({
    // English
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90, hundred: 100,
    // Dutch (één is folded to een before this runs)
    een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10,
    elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17,
    achttien: 18, negentien: 19, twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60,
    zeventig: 70, tachtig: 80, negentig: 90, honderd: 100,
    // French: a sum gives the value (dix-sept = 17, dix-huit = 18, vingt et un = 21)
    un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
    onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
    quarante: 40, cinquante: 50, soixante: 60, cent: 100,
  }),
);

/** Dutch compounds such as `eenentwintig` are 21 and up. */
const DUTCH_TENS_RE =
  /^[a-z]+en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$/;

/** Units as token sequences, longest first (`y/o` and `y.o.` arrive as `y`, `o`). */
const UNITS: readonly (readonly string[])[] = [
  ['years', 'old'],
  ['year', 'olds'],
  ['year', 'old'],
  ['yrs', 'old'],
  ['yr', 'old'],
  ['y', 'o'],
  ['yrs'],
  ['yr'],
  ['yos'],
  ['yo'],
  ['y'],
  ['jaar'],
  ['jr'],
  ['jarigen'],
  ['jarige'],
  ['jarig'],
  ['ans'],
  ['an'],
];
const UNIT_FIRST = new Set(UNITS.map((u) => u[0]!));

/** A number and a unit in one token: `12yo`, `12jarige`, `twaalfjarige`, `17yrsold`. */
const GLUED_DIGITS_RE =
  /^(\d{1,3})(?:y|yos?|yr|yrs|yrsold|yearolds?|yearsold|jaar|jr|jarig|jarigen?|ans?)$/;
const GLUED_WORD_RE = /^([a-z]+?)jarig(?:e|en)?$/;
/** `een jarige` is "someone having a birthday"; only the glued `eenjarige` is an age. */
const ARTICLE_BEFORE_JARIG = 'een';

/** Longest number word in the table (`quatorze` 8, `cinquante` 9): longer words skip the map. */
const MAX_WORD = Math.max(...[...WORD_VALUES.keys()].map((w) => w.length));

/** The first two letters of every number word, as a 26×26 table: most words stop here. */
const WORD_STARTS = new Uint8Array(26 * 26);
for (const w of WORD_VALUES.keys())
  WORD_STARTS[(w.charCodeAt(0) - 97) * 26 + w.charCodeAt(1) - 97] = 1;

function wordValue(token: string): number | undefined {
  if (token.length <= MAX_WORD) {
    const a = token.charCodeAt(0) - 97;
    const b = token.charCodeAt(1) - 97;
    if (a < 0 || a > 25 || b < 0 || b > 25 || WORD_STARTS[a * 26 + b] === 0) return undefined;
    return WORD_VALUES.get(token);
  }
  return token.endsWith('ig') && DUTCH_TENS_RE.test(token) ? 21 : undefined;
}

function isDigits(token: string): boolean {
  if (token.length === 0 || token.length > 3) return false;
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** How many tokens from `at` form a unit, or 0. */
function unitLength(tokens: readonly string[], at: number): number {
  const first = tokens[at];
  if (first === undefined || !UNIT_FIRST.has(first)) return 0;
  for (const unit of UNITS) {
    let k = 0;
    while (k < unit.length && tokens[at + k] === unit[k]) k++;
    if (k === unit.length) return k;
  }
  return 0;
}

/** The value of a glued number-and-unit token, or undefined. */
function gluedValue(token: string): number | undefined {
  const c = token.charCodeAt(0);
  if (c >= 48 && c <= 57) {
    const m = GLUED_DIGITS_RE.exec(token);
    return m ? Number(m[1]) : undefined;
  }
  // Cheap first: glued Dutch ages end in g (jarig), e (jarige) or n (jarigen).
  const last = token.charCodeAt(token.length - 1);
  if (token.length < 7 || (last !== 103 && last !== 101 && last !== 110)) return undefined;
  if (!token.endsWith('jarig') && !token.endsWith('jarige') && !token.endsWith('jarigen')) {
    return undefined;
  }
  const m = GLUED_WORD_RE.exec(token);
  return m ? wordValue(m[1]!) : undefined;
}

/**
 * Replaces every minor-age expression in `tokens` by MINOR_AGE. Returns null when there is
 * none (the common case), else the new token list and, per new token, the index of the old
 * token it stands for (so callers can carry per-token data along).
 */
export function replaceAges(
  tokens: readonly string[],
): { tokens: string[]; from: number[] } | null {
  let out: string[] | null = null;
  let from: number[] | null = null;
  let copied = 0; // tokens before this index are already in `out`
  const n = tokens.length;
  for (let i = 0; i < n;) {
    const t = tokens[i]!;
    let value: number | undefined;
    let end = i + 1;
    const glued = gluedValue(t);
    if (glued !== undefined) {
      value = glued;
    } else {
      if (isDigits(t)) value = Number(t);
      else {
        value = wordValue(t);
        if (value !== undefined) {
          // A sequence of number words (with French `et`) is one number.
          for (;;) {
            const next = tokens[end];
            if (next === undefined) break;
            if (
              next === 'et' &&
              tokens[end + 1] !== undefined &&
              wordValue(tokens[end + 1]!) !== undefined
            ) {
              value += wordValue(tokens[end + 1]!)!;
              end += 2;
              continue;
            }
            const v = wordValue(next);
            if (v === undefined) break;
            value += v;
            end++;
          }
        }
      }
      if (value !== undefined) {
        let u = unitLength(tokens, end);
        if (
          u > 0 &&
          end === i + 1 &&
          t === ARTICLE_BEFORE_JARIG &&
          tokens[end]!.startsWith('jarig')
        ) {
          u = 0;
        }
        if (u === 0) {
          i = end;
          continue;
        }
        end += u;
      }
    }
    if (value === undefined || value > 17) {
      i = end;
      continue;
    }
    out ??= [];
    from ??= [];
    for (let k = copied; k < i; k++) {
      out.push(tokens[k]!);
      from.push(k);
    }
    out.push(MINOR_AGE);
    from.push(-1);
    copied = end;
    i = end;
  }
  if (!out || !from) return null;
  for (let k = copied; k < n; k++) {
    out.push(tokens[k]!);
    from.push(k);
  }
  return { tokens: out, from };
}
