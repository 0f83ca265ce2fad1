/**
 * The keyword list format (DESIGN.md "Keyword list format — exactly") → rules with line numbers.
 *
 * Every problem is reported with its line number and a reason a list maintainer can act on;
 * nothing here throws on bad input, and the work is linear in the size of the file.
 */
import { MINOR_AGE, normalize, type Readings } from '../text/normalize';

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

/** Splits bytes or text into lines, reporting encoding problems by line. */
function* lines(input: string | Uint8Array, problems: ListProblem[]): Generator<[number, string]> {
  if (typeof input === 'string') {
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    let n = 0;
    for (const line of text.split('\n'))
      yield [++n, line.endsWith('\r') ? line.slice(0, -1) : line];
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
      yield* lines(text, problems);
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
    if (line !== undefined) yield [n, line];
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
    const tokens = normalize(stem);
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
  const tokens = normalize(text);
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

function ruleSignature(rule: Rule): string {
  const only = rule.parts.length === 1 ? rule.parts[0]! : null;
  if (only && only.readings.length === 1)
    return `${rule.exception ? '-' : ''}${only.kind}:${only.readings[0]}`;
  const parts = rule.parts.map((p) => `${p.kind}:${[...p.readings].sort().join('|')}`).sort();
  return `${rule.exception ? '-' : ''}${parts.join(' + ')}`;
}

/** Parses a whole list. Problems are collected (up to a limit), never thrown. */
export function parseList(input: string | Uint8Array): ParsedList {
  const header: ParsedList['header'] = {};
  const rules: Rule[] = [];
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
  const seen = new Map<string, number>();
  const problem = (line: number, reason: string) => {
    if (problems.length < LIMITS.problems) problems.push({ line, reason });
    else if (problems.length === LIMITS.problems) {
      problems.push({ line, reason: 'too many problems; stopped reporting here' });
    }
  };
  for (const [n, raw] of lines(input, problems)) {
    if (problems.length > LIMITS.problems) break;
    if (raw.length > LIMITS.lineChars) {
      problem(n, `the line is longer than ${LIMITS.lineChars} characters`);
      continue;
    }
    if (raw.includes('\r')) {
      problem(n, 'a carriage return inside the line (use LF or CRLF line ends)');
      continue;
    }
    const control = CONTROL_RE.exec(raw);
    if (control) {
      const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
      problem(n, `a control character (U+${code}) in the line`);
      continue;
    }
    const text = raw.trim();
    if (text === '' || text.startsWith('#')) continue;
    if (text.startsWith('!')) {
      if (rules.length > 0) {
        problem(n, 'header lines (!) go before the first rule');
        continue;
      }
      const m = HEADER_RE.exec(text);
      if (!m) {
        problem(n, "a header line looks like '! key: value'");
        continue;
      }
      const key = m[1]!.toLowerCase();
      if (!(HEADER_KEYS as readonly string[]).includes(key)) {
        problem(n, `unknown header '${key}' (known: ${HEADER_KEYS.join(', ')})`);
        continue;
      }
      if (header[key as HeaderKey] !== undefined) {
        problem(n, `header '${key}' is given twice`);
        continue;
      }
      header[key as HeaderKey] = m[2]!.trim();
      continue;
    }
    const rule = parseRule(text, n);
    if (typeof rule === 'string') {
      problem(n, rule);
      continue;
    }
    const signature = ruleSignature(rule);
    const first = seen.get(signature);
    if (first !== undefined) {
      problem(n, `the same rule as line ${first}`);
      continue;
    }
    seen.set(signature, n);
    rules.push(rule);
  }
  return { header, rules, problems };
}
