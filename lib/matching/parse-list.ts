/**
 * The keyword list format (DESIGN.md "Keyword list format — exactly") → rules with line numbers.
 *
 * Every problem is reported with its line number and a reason a list maintainer can act on;
 * nothing here throws on bad input, and the work is linear in the size of the file.
 */
import { MINOR_AGE, normalize, type Readings } from '../text/normalize';
import { Hasher } from './hash';
import { RepeatTable } from './repeats';

export const HEADER_KEYS = [
  'id',
  'title',
  'version',
  'language',
  'category',
  'description',
] as const;
export type HeaderKey = (typeof HEADER_KEYS)[number];

export const LIMITS = {
  fileBytes: 16 * 1024 * 1024,
  lineChars: 1000,
  partsPerRule: 16,
  wordsPerPhrase: 8,
  wildcardChars: 255,
  readingsPerPart: 64,
  problems: 200,
} as const;

export type PartKind = 'words' | 'prefix' | 'suffix' | 'infix';

/** One part of a rule: a word or phrase (`words`), or one wildcard word. */
export interface Part {
  kind: PartKind;
  /** Every reading of the part as normalized text (phrase words joined by one space). */
  readings: readonly string[];
}

export interface Rule {
  line: number;
  exception: boolean;
  parts: Part[];
}

export interface ListProblem {
  line: number;
  reason: string;
}

export interface ParsedList {
  header: Partial<Record<HeaderKey, string>>;
  rules: Rule[];
  problems: ListProblem[];
}

const HEADER_RE = /^!\s*([A-Za-z][\w-]*)\s*:\s*(.*)$/;
// Control characters other than tab are never part of a list line.
// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b-\u001f\u007f]/;
const BRACE_RE = /\{([^{}]*)\}/g;
const KNOWN_CLASSES = new Set([MINOR_AGE]);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Hands each line of bytes or text to `each` (1-based number, line without its line end),
 * reporting encoding problems by line. `each` returns false to stop. Lines are cut one at a
 * time, so a large list leaves no array of lines behind.
 */
function eachLine(
  input: string | Uint8Array,
  problems: ListProblem[],
  each: (n: number, line: string) => boolean,
): void {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    let n = 0;
    for (let start = 0; start <= text.length;) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const stop = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
      if (!each(++n, text.slice(start, stop))) return;
      start = end + 1;
    }
    return;
  }
  let start = 0;
  if (input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) start = 3;
  if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff)) {
    problems.push({ line: 1, reason: 'the file is UTF-16; save it as UTF-8' });
    return;
  }
  // Fast path: valid UTF-8 without NUL bytes decodes in one go.
  if (input.indexOf(0, start) < 0) {
    let text: string | undefined;
    try {
      text = utf8.decode(input.subarray(start));
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      eachLine(text, problems, each);
      return;
    }
  }
  let n = 0;
  while (start <= input.length) {
    let end = input.indexOf(0x0a, start);
    if (end < 0) end = input.length;
    n++;
    let stop = end;
    if (stop > start && input[stop - 1] === 0x0d) stop--;
    const bytes = input.subarray(start, stop);
    if (bytes.indexOf(0) >= 0) {
      problems.push({ line: n, reason: 'binary data (a NUL byte): this is not a text file' });
      return;
    }
    let line: string | undefined;
    try {
      line = utf8.decode(bytes);
    } catch {
      problems.push({ line: n, reason: 'not valid UTF-8: save the file as UTF-8' });
    }
    if (line !== undefined && !each(n, line)) return;
    start = end + 1;
  }
}

function checkBraces(text: string): string | null {
  let depth = 0;
  for (const ch of text) {
    if (ch === '{') depth++;
    else if (ch === '}') depth--;
    if (depth < 0 || depth > 1) return 'unbalanced { } in a class token';
  }
  if (depth !== 0) return 'unbalanced { } in a class token';
  for (const m of text.matchAll(BRACE_RE)) {
    const cls = `{${m[1]}}`;
    if (!KNOWN_CLASSES.has(cls)) return `unknown class token ${cls}; the only one is ${MINOR_AGE}`;
  }
  return null;
}

/**
 * `normalize` for list terms, with a shortcut for the common case: one lowercase ASCII word
 * without a letter run and without a glued Dutch age (`…jarig`) normalizes to itself.
 */
function normalizeTerm(text: string): Readings[] {
  return isPlainWord(text) ? [[text]] : normalize(text);
}

function isPlainWord(word: string): boolean {
  let p1 = 0;
  let p2 = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122 || (c === p1 && c === p2)) return false;
    p2 = p1;
    p1 = c;
  }
  return word.length > 0 && (word.length < 5 || !word.includes('jarig'));
}

/** Every combination of token readings, as phrase strings, up to a cap. */
function combine(tokens: Readings[]): readonly string[] | null {
  if (tokens.length === 1) return tokens[0]!;
  if (tokens.every((t) => t.length === 1)) return [tokens.map((t) => t[0]).join(' ')];
  let out = [''];
  for (let i = 0; i < tokens.length; i++) {
    const next: string[] = [];
    for (const prefix of out) {
      for (const reading of tokens[i]!) next.push(i === 0 ? reading : `${prefix} ${reading}`);
    }
    if (next.length > LIMITS.readingsPerPart) return null;
    out = next;
  }
  return out;
}

/** Parses one part (`zebra`, `zebra crossing`, `zebra*`, `*zebra`, `*zebra*`). */
function parsePart(source: string): Part | string {
  const text = source.trim();
  if (text === '') return 'an empty part: is there a + with nothing on one side?';
  if (text.includes('{') || text.includes('}')) {
    const braces = checkBraces(text);
    if (braces) return braces;
  }
  if (text.includes('*')) {
    if (/\s/.test(text)) return 'a wildcard is allowed only in a part that is a single word';
    const lead = text.startsWith('*');
    const trail = text.length > 1 && text.endsWith('*');
    const stem = text.slice(lead ? 1 : 0, trail ? -1 : undefined);
    if (stem.includes('*')) return 'a * may stand only at the start or the end of a word';
    if (stem.includes('{')) return 'a class token cannot have a wildcard';
    const tokens = normalizeTerm(stem);
    if (tokens.length === 0) return 'a wildcard needs letters or digits to match';
    if (tokens.length > 1) {
      return 'a wildcard word must stay one word after normalization (no spaces, hyphens or punctuation in it)';
    }
    const readings = tokens[0]!;
    if (readings.some((r) => r.length > LIMITS.wildcardChars)) {
      return `a wildcard word may be at most ${LIMITS.wildcardChars} characters`;
    }
    const kind: PartKind = lead && trail ? 'infix' : lead ? 'suffix' : 'prefix';
    return { kind, readings };
  }
  const tokens = normalizeTerm(text);
  if (tokens.length === 0) return 'nothing left to match after normalization (only punctuation?)';
  if (tokens.length > LIMITS.wordsPerPhrase) {
    return `a phrase may have at most ${LIMITS.wordsPerPhrase} words`;
  }
  const readings = combine(tokens);
  if (!readings) return 'too many readings (long letter runs); shorten the repeated letters';
  return { kind: 'words', readings };
}

/** Parses one rule line (already trimmed, not a comment or header). */
export function parseRule(text: string, line: number): Rule | string {
  let body = text;
  const exception = body.startsWith('-');
  if (exception) body = body.slice(1);
  if (body.trim() === '')
    return exception ? 'an exception needs a word or phrase after -' : 'empty rule';
  const sources = body.split('+');
  if (exception && sources.length > 1) {
    return 'an exception is one word, phrase or wildcard word, not a co-occurrence with +';
  }
  if (sources.length > LIMITS.partsPerRule) {
    return `a rule may have at most ${LIMITS.partsPerRule} parts`;
  }
  const parts: Part[] = [];
  for (const source of sources) {
    const part = parsePart(source);
    if (typeof part === 'string') return part;
    parts.push(part);
  }
  return { line, exception, parts };
}

/** A fixed key: finding repeats needs no secrecy, only a stable 64-bit digest. */
const SIGNATURE_KEY = Uint32Array.from([0x6b70, 0x7369, 0x676e, 0x3031]);

/** Finds a rule that repeats an earlier one, by a digest of its text (see repeats.ts). */
class Duplicates {
  private readonly h = new Hasher(SIGNATURE_KEY);
  private readonly table: RepeatTable;
  private readonly partLo = new Uint32Array(LIMITS.partsPerRule);
  private readonly partHi = new Uint32Array(LIMITS.partsPerRule);

  constructor(expected: number) {
    this.table = new RepeatTable(expected);
  }

  /** The line of an earlier identical rule, or undefined (and the rule is remembered). */
  firstLine(rule: Rule): number | undefined {
    const h = this.h;
    h.start();
    h.push(rule.exception ? 45 : 43);
    if (rule.parts.length === 1 && rule.parts[0]!.readings.length === 1) {
      const only = rule.parts[0]!;
      h.push(only.kind.charCodeAt(0));
      h.pushString(only.readings[0]!);
    } else {
      // Parts in any order are the same rule: each part's digest, the digests in order of value.
      const n = rule.parts.length;
      const lo = this.partLo;
      const hi = this.partHi;
      for (let i = 0; i < n; i++) {
        const part = rule.parts[i]!;
        h.start();
        h.push(part.kind.charCodeAt(0));
        const r = part.readings;
        h.pushString(r.length === 1 ? r[0]! : [...r].sort().join('|'));
        h.finish(0, r.length);
        // Insertion sort by (hi, lo): at most LIMITS.partsPerRule parts.
        let j = i;
        for (; j > 0 && (hi[j - 1]! > h.hi || (hi[j - 1] === h.hi && lo[j - 1]! > h.lo)); j--) {
          hi[j] = hi[j - 1]!;
          lo[j] = lo[j - 1]!;
        }
        hi[j] = h.hi;
        lo[j] = h.lo;
      }
      h.start();
      h.push(rule.exception ? 45 : 43);
      for (let i = 0; i < n; i++) {
        h.push(lo[i]!);
        h.push(hi[i]!);
      }
    }
    h.finish(0, rule.parts.length);
    return this.table.firstLine(h.lo || 1, h.hi, rule.line);
  }
}

/** What scanning a list gives besides its rules. */
export interface ScannedList {
  header: Partial<Record<HeaderKey, string>>;
  problems: ListProblem[];
  /** Rules handed out (without problems and duplicates). */
  rules: number;
}

/** Parses a whole list into rules. Problems are collected (up to a limit), never thrown. */
export function parseList(input: string | Uint8Array): ParsedList {
  const rules: Rule[] = [];
  const { header, problems } = scanList(input, (rule) => {
    rules.push(rule);
  });
  return { header, rules, problems };
}

/** About how many rules a list of `size` characters or bytes holds, at most, for sizing tables. */
export function expectedRules(size: number): number {
  // Rule lines are rarely shorter than 8 characters: enough room without counting lines first.
  return Math.ceil(size / 8);
}

/**
 * Parses a list and hands each good rule to `onRule` as it goes, keeping none: the compiler
 * streams a large list through this without holding its rules as objects.
 *
 * A rule that repeats an earlier one is a problem ("the same rule as line N"). The scan finds
 * those itself, unless `onRule` does: with `callerFindsRepeats`, `onRule` returns the line of
 * the earlier rule a rule repeats (and keeps nothing of it), or undefined.
 */
export function scanList(
  input: string | Uint8Array,
  onRule: (rule: Rule) => number | undefined | void,
  options: { callerFindsRepeats?: boolean } = {},
): ScannedList {
  const header: ScannedList['header'] = {};
  let rules = 0;
  const problems: ListProblem[] = [];
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > LIMITS.fileBytes) {
    const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
    problems.push({
      line: 1,
      reason: `the file is ${mb(size)} MB; a list may be at most ${mb(LIMITS.fileBytes)} MB`,
    });
    return { header, rules, problems };
  }
  const duplicates = options.callerFindsRepeats ? null : new Duplicates(expectedRules(size));
  const problem = (line: number, reason: string) => {
    if (problems.length < LIMITS.problems) problems.push({ line, reason });
    else if (problems.length === LIMITS.problems) {
      problems.push({ line, reason: 'too many problems; stopped reporting here' });
    }
  };
  eachLine(input, problems, (n, raw) => {
    if (problems.length > LIMITS.problems) return false;
    line(n, raw);
    return true;
  });
  return { header, rules, problems };

  function line(n: number, raw: string): void {
    if (raw.length > LIMITS.lineChars) {
      problem(n, `the line is longer than ${LIMITS.lineChars} characters`);
      return;
    }
    if (raw.includes('\r')) {
      problem(n, 'a carriage return inside the line (use LF or CRLF line ends)');
      return;
    }
    const control = CONTROL_RE.exec(raw);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      problem(n, `a control character (U+${code}) in the line`);
      return;
    }
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) return;
    if (text.startsWith('!')) {
      if (rules > 0) {
        problem(n, 'header lines (!) go before the first rule');
        return;
      }
      const m = HEADER_RE.exec(text);
      if (!m) {
        problem(n, "a header line looks like '! key: value'");
        return;
      }
      const key = m[1]!.toLowerCase();
      if (!(HEADER_KEYS as readonly string[]).includes(key)) {
        problem(n, `unknown header '${key}' (known: ${HEADER_KEYS.join(', ')})`);
        return;
      }
      if (header[key as HeaderKey] !== undefined) {
        problem(n, `header '${key}' is given twice`);
        return;
      }
      header[key as HeaderKey] = m[2]!.trim();
      return;
    }
    const rule = parseRule(text, n);
    if (typeof rule === 'string') {
      problem(n, rule);
      return;
    }
    let earlier: number | undefined;
    if (duplicates) {
      earlier = duplicates.firstLine(rule);
      if (earlier === undefined) onRule(rule);
    } else {
      earlier = onRule(rule) ?? undefined;
    }
    if (earlier !== undefined) {
      problem(n, `the same rule as line ${earlier}`);
      return;
    }
    rules++;
  }
}
