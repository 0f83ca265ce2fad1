/**
 * Neutral synthetic data for the benchmark: pseudo-words built from syllables with a seeded PRNG,
 * so every run (and every child process) sees exactly the same lists and queries.
 *
 * Lists are nested: the rules of the 1k list are the first 1,000 rules of the 10k list, and so on,
 * so the queries built from the first 1,000 rules hit at every size and the sizes differ only in
 * the number of rules, not in what the queries ask.
 */

/** mulberry32: a small, fast, seedable PRNG (not for anything but test data). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

/** Picks a key of `weights` with probability proportional to its weight. */
function weighted<K extends string>(r: Rand, weights: Record<K, number>): K {
  const keys = Object.keys(weights) as K[];
  let total = 0;
  for (const k of keys) total += weights[k];
  let x = r() * total;
  for (const k of keys) {
    x -= weights[k];
    if (x < 0) return k;
  }
  return keys[keys.length - 1]!;
}

// Consonant onsets, vowel nuclei, optional codas: ~1,900 distinct syllables of about 3 letters
// (single vowels twice as likely as the two-letter ones). Nuclei are never a doubled vowel and
// onsets are consonants, so no word has a run of three equal letters (one reading).
const ONSETS = 'b d f g h k l m n p r s t v w z j br dr gr kl pl st tr sp sn fl'.split(' ');
const NUCLEI = 'a e i o u a e i o u ai ei ou oe ie'.split(' ');
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'k', 'm', 't'];

function syllable(r: Rand): string {
  return pick(r, ONSETS) + pick(r, NUCLEI) + pick(r, CODAS);
}

function pseudoWord(r: Rand, minSyl: number, maxSyl: number): string {
  let w = '';
  const n = int(r, minSyl, maxSyl);
  for (let i = 0; i < n; i++) w += syllable(r);
  return w;
}

export type PartKind = 'words' | 'prefix' | 'suffix' | 'infix';

export interface SynthPart {
  kind: PartKind;
  /** The words of a words part, or the one stem of a wildcard part. */
  words: string[];
}

export interface SynthRule {
  parts: SynthPart[];
}

export function renderPart(p: SynthPart): string {
  switch (p.kind) {
    case 'words':
      return p.words.join(' ');
    case 'prefix':
      return `${p.words[0]}*`;
    case 'suffix':
      return `*${p.words[0]}`;
    case 'infix':
      return `*${p.words[0]}*`;
  }
}

export function renderRule(rule: SynthRule): string {
  return rule.parts.map(renderPart).join(' + ');
}

/** Rule shapes and their share of a list. */
export const RULE_MIX = {
  word: 35,
  phrase: 15,
  prefix: 10,
  suffix: 8,
  infix: 7,
  cooccurrence: 25,
} as const;

/** Co-occurrence rules draw their first part from a shared pool (like "indicator + term"). */
export const INDICATORS = 1000;

function randomPart(r: Rand, shape: 'word' | 'phrase' | 'prefix' | 'suffix' | 'infix'): SynthPart {
  switch (shape) {
    case 'word':
      return { kind: 'words', words: [pseudoWord(r, 2, 4)] };
    case 'phrase': {
      const n = int(r, 2, 3);
      const words: string[] = [];
      for (let i = 0; i < n; i++) words.push(pseudoWord(r, 1, 3));
      return { kind: 'words', words };
    }
    case 'prefix':
      return { kind: 'prefix', words: [pseudoWord(r, 2, 3)] };
    case 'suffix':
      return { kind: 'suffix', words: [pseudoWord(r, 2, 3)] };
    case 'infix':
      return { kind: 'infix', words: [pseudoWord(r, 2, 3)] };
  }
}

/**
 * `count` distinct rules. Wildcard stems are two or three syllables (at least 4 characters), so a
 * random word rarely contains one by chance.
 */
export function generateRules(count: number, seed = 0x6b707431): SynthRule[] {
  const r = prng(seed);
  const indicators: SynthPart[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const shape = weighted(r, { word: 70, phrase: 10, prefix: 15, suffix: 5 });
    indicators.push(randomPart(r, shape));
  }
  const seen = new Set<string>();
  const rules: SynthRule[] = [];
  while (rules.length < count) {
    const shape = weighted(r, RULE_MIX);
    let rule: SynthRule;
    if (shape === 'cooccurrence') {
      const parts = [pick(r, indicators)];
      const more = int(r, 1, 2);
      for (let i = 0; i < more; i++) {
        parts.push(
          randomPart(r, weighted(r, { word: 60, phrase: 15, prefix: 10, suffix: 8, infix: 7 })),
        );
      }
      rule = { parts };
    } else {
      rule = { parts: [randomPart(r, shape)] };
    }
    const sig = rule.parts.map(renderPart).sort().join(' + ');
    if (seen.has(sig)) continue;
    seen.add(sig);
    rules.push(rule);
  }
  return rules;
}

/** The list text (DESIGN.md "Keyword list format — exactly") of the first `count` rules. */
export function listText(rules: readonly SynthRule[], count: number): string {
  const lines = [
    `! id: bench-${count}`,
    '! version: 1',
    `! description: neutral synthetic list of ${count} rules (bench/data.ts)`,
  ];
  for (let i = 0; i < count; i++) lines.push(renderRule(rules[i]!));
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Queries

function filler(r: Rand): string {
  const x = r();
  if (x < 0.04) return String(int(r, 1, 2030)); // a number now and then
  return pseudoWord(r, 1, 3);
}

/** Words that make one part occur in a query (a compound word for wildcard stems). */
function instance(r: Rand, p: SynthPart): string[] {
  const stem = p.words[0]!;
  const affix = () => (r() < 0.3 ? '' : pseudoWord(r, 1, 2));
  switch (p.kind) {
    case 'words':
      return [...p.words];
    case 'prefix':
      return [stem + affix()];
    case 'suffix':
      return [affix() + stem];
    case 'infix':
      return [affix() + stem + affix()];
  }
}

/** A near miss of one part: close to it, but not it. */
function nearMiss(r: Rand, p: SynthPart): string[] {
  const stem = p.words[0]!;
  switch (p.kind) {
    case 'words':
      return p.words.length > 1 ? [...p.words].reverse() : [stem + syllable(r)];
    case 'prefix':
      return [syllable(r) + stem]; // the stem, but not at the start
    case 'suffix':
      return [stem + syllable(r)]; // the stem, but not at the end
    case 'infix':
      return [stem.slice(0, -1) + syllable(r)];
  }
}

/** Inserts groups of words among filler words, keeping each group together and in order. */
function compose(r: Rand, groups: string[][]): string[] {
  let used = 0;
  for (const g of groups) used += g.length;
  const target = Math.max(int(r, 2, 8), used);
  const out: string[][] = [];
  for (let i = used; i < target; i++) out.push([filler(r)]);
  for (const g of groups) out.splice(int(r, 0, out.length), 0, g);
  return out.flat();
}

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü' };
const PUNCT = [', ', ' - ', '; ', ' / ', '  ', '\t', ' & '];

/** Case, punctuation, leetspeak, accents, stretched letters: what normalization must undo. */
function noisy(r: Rand, words: string[]): string {
  const ws = [...words];
  const at = int(r, 0, ws.length - 1);
  const w = ws[at]!;
  switch (weighted(r, { upper: 3, title: 3, leet: 3, accent: 2, stretch: 2, punct: 3 })) {
    case 'upper':
      ws[at] = w.toUpperCase();
      break;
    case 'title':
      for (let i = 0; i < ws.length; i++) ws[i] = ws[i]!.charAt(0).toUpperCase() + ws[i]!.slice(1);
      break;
    case 'leet': {
      // Leetspeak only inside a word that keeps a letter, so the tokenizer reads it back.
      let out = '';
      for (const ch of w) out += LEET[ch] && r() < 0.5 ? LEET[ch] : ch;
      ws[at] = /[a-z]/.test(out) ? out : w;
      break;
    }
    case 'accent': {
      let out = '';
      for (const ch of w) out += ACCENT[ch] && r() < 0.5 ? ACCENT[ch] : ch;
      ws[at] = out;
      break;
    }
    case 'stretch': {
      const i = w.search(/[aeiou]/);
      if (i >= 0) ws[at] = w.slice(0, i) + w[i]!.repeat(3) + w.slice(i + 1);
      break;
    }
    case 'punct': {
      let text = ws[0]!;
      for (let i = 1; i < ws.length; i++) text += (r() < 0.5 ? pick(r, PUNCT) : ' ') + ws[i];
      return `${r() < 0.5 ? '"' : ''}${text}${pick(r, ['?', '!', '...', '', '.'])}`;
    }
  }
  return ws.join(' ');
}

export const QUERY_MIX = { random: 62, hit: 12, compound: 8, nearMiss: 10, indicator: 8 } as const;

/**
 * `count` queries of 2–8 words. Hits and near misses come from the first `fromRules` rules, so
 * they exist in every list size. About a fifth of all queries get noise (case, punctuation,
 * leetspeak, accents, a stretched letter).
 */
export function generateQueries(
  rules: readonly SynthRule[],
  count: number,
  fromRules = 1000,
  seed = 0x71756572,
): string[] {
  const r = prng(seed);
  const pool = rules.slice(0, fromRules);
  const wildcardRules = pool.filter((x) => x.parts.length === 1 && x.parts[0]!.kind !== 'words');
  const cooc = pool.filter((x) => x.parts.length > 1);
  const queries: string[] = [];
  for (let q = 0; q < count; q++) {
    let groups: string[][] = [];
    switch (weighted(r, QUERY_MIX)) {
      case 'random':
        break;
      case 'hit':
        groups = pick(r, pool).parts.map((p) => instance(r, p));
        break;
      case 'compound':
        groups = [instance(r, pick(r, wildcardRules).parts[0]!)];
        break;
      case 'nearMiss': {
        const rule = pick(r, pool);
        if (rule.parts.length > 1 && r() < 0.5) {
          groups = rule.parts.slice(0, -1).map((p) => instance(r, p)); // one part missing
        } else {
          groups = rule.parts.map((p) => nearMiss(r, p));
        }
        break;
      }
      case 'indicator':
        groups = [instance(r, pick(r, cooc).parts[0]!)]; // the shared part alone: no match
        break;
    }
    const words = compose(r, groups);
    queries.push(r() < 0.2 ? noisy(r, words) : words.join(' '));
  }
  return queries;
}
