/**
 * Age expressions → the class token (DESIGN.md "Normalization — exactly", step 1).
 *
 * A number 0–17 (digits or number words in nl, en, fr, including compounds such as
 * `twaalfjarige` and `dix-sept`) followed by an age unit is replaced, number *and* unit, by a
 * private-use sentinel that the tokenizer turns into `{minor-age}`. Numbers of 18 and up are left
 * alone, which is why number words are read as a whole expression (`dix-huit ans`, `vingt et un
 * ans`, `eighteen year old`) before the value is checked: reading only the last word would turn
 * `dix-huit` into `huit`.
 *
 * Runs on folded (lowercase, accent-free) text, so `Één jaar` and `ＤＩＸ ans` are seen too.
 */

/** Stands for the class token inside text; never produced by folding. */
export const AGE_SENTINEL = '\uE000';

const WORD_VALUES: Record<string, number> = {
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
  // French (sums give the value: dix-sept = 17, dix-huit = 18, vingt et un = 21)
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
  quarante: 40, cinquante: 50, soixante: 60, cent: 100,
};

/** Dutch compounds such as `eenentwintig` are 21 and up: any word ending in a ten. */
const DUTCH_TENS_COMPOUND = '[a-z]+en(?:twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)';

// Longest first, so `zeventien` is tried before `zeven` and `seventeen` before `seven`.
const WORDS = Object.keys(WORD_VALUES).sort((a, b) => b.length - a.length);
const WORD = `(?:${DUTCH_TENS_COMPOUND}|${WORDS.join('|')})`;
const WORD_SEQUENCE = `${WORD}(?:[\\s-]+(?:et[\\s-]+)?${WORD})*`;

// Units, longest first. Written for folded text: lowercase, no accents.
const UNIT =
  '(?:years?[\\s-]*old|yrs?(?:[\\s-]*old)?|y\\/o|y\\.o\\.?|yo|y|jaar|jr\\.?|jarige?|ans|an)';

// Between the number and the unit: any separators (`12 yo`, `12-jarige`, `12,yo`, `12yo`).
const SEP = '[^\\p{L}\\p{N}\\uE000]*';

/**
 * Number (digits not glued to other digits or a decimal point, or a sequence of number words
 * that starts a word) + separators + unit that ends a word.
 */
const AGE_RE = new RegExp(
  `(?:(?<![\\p{N}.,])(\\d{1,3})|(?<![\\p{L}\\p{N}])(${WORD_SEQUENCE}))${SEP}${UNIT}(?![\\p{L}\\p{N}])`,
  'gu',
);

const WORD_SPLIT = /[\s-]+/;

function valueOfWords(words: string): number {
  let total = 0;
  for (const word of words.split(WORD_SPLIT)) {
    if (word === 'et') continue;
    // A Dutch compound like eenentwintig is not in the table; it is at least 21.
    total += WORD_VALUES[word] ?? 21;
  }
  return total;
}

/** Quick pre-check: no digit and no age unit letters means nothing to replace. */
export function mayContainAge(folded: string): boolean {
  AGE_RE.lastIndex = 0;
  return AGE_RE.test(folded);
}

/** Replaces every minor-age expression in folded text with ` AGE_SENTINEL `. */
export function replaceAges(folded: string): string {
  AGE_RE.lastIndex = 0;
  return folded.replace(AGE_RE, (whole, digits: string | undefined, words: string | undefined) => {
    const value = digits !== undefined ? Number(digits) : valueOfWords(words ?? '');
    return value <= 17 ? ` ${AGE_SENTINEL} ` : whole;
  });
}
