/**
 * The three engines under test, behind one interface: build from the list text, a persisted
 * ("compiled") form for the cold start, and a yes/no answer for a raw query.
 *
 * Keerpunt answers with its own pipeline (`Matcher.match`: normalize + hashed lookups). The peers
 * get the same normalized input: `normalizeToText(query)` (timed as part of every query), then
 * they search that text for the normalized terms of every rule part. Their semantics are a close
 * approximation of the list format (DESIGN.md "Keyword list format — exactly"):
 * - a words part (word or phrase) matches whole words: ` term ` inside ` text `;
 * - `stem*` matches at the start of a word, `*stem` at the end, `*stem*` anywhere in a word;
 * - a co-occurrence matches when every part was found (a bit per part, per rule);
 * - they see only the canonical reading (a stretched letter `kaaat` is read as `kaat` only), and
 *   the RegExp peer reports one alternative per start position. The synthetic lists have no
 *   exceptions and no class tokens.
 */
import AhoCorasick from 'modern-ahocorasick';
import {
  Matcher,
  compileTexts,
  load,
  parseList,
  serialize,
  type CompiledSet,
  type ParsedList,
} from '../lib/matching';
import { normalizeToText } from '../lib/text/normalize';

export const ENGINES = ['keerpunt', 'ahocorasick', 'regexp'] as const;
export type EngineName = (typeof ENGINES)[number];

export const ENGINE_LABEL: Record<EngineName, string> = {
  keerpunt: 'Keerpunt',
  ahocorasick: 'modern-ahocorasick',
  regexp: 'RegExp alternation',
};

export interface Engine {
  match(query: string): boolean;
}

// ---------------------------------------------------------------------------------------------
// Keerpunt

export function parseOrThrow(text: string): ParsedList {
  const parsed = parseList(text);
  if (parsed.problems.length > 0) {
    const p = parsed.problems[0]!;
    throw new Error(`synthetic list: line ${p.line}: ${p.reason}`);
  }
  return parsed;
}

/** Keerpunt's build: the streaming compiler, as the list tools and the extension build use it. */
function compileOrThrow(text: string): CompiledSet {
  const { set, lists } = compileTexts([text]);
  if (!set) {
    const p = lists[0]!.problems[0]!;
    throw new Error(`synthetic list: line ${p.line}: ${p.reason}`);
  }
  return set;
}

export function buildKeerpunt(text: string): Engine {
  const matcher = new Matcher([compileOrThrow(text)]);
  return { match: (q) => matcher.match(q).match };
}

export function persistKeerpunt(text: string): Uint8Array {
  return serialize(compileOrThrow(text));
}

export function loadKeerpunt(bytes: Uint8Array): Engine {
  const matcher = new Matcher([load(bytes)]);
  return { match: (q) => matcher.match(q).match };
}

// ---------------------------------------------------------------------------------------------
// Shared by the peers: which rule parts each normalized term stands for.

type Kind = 'words' | 'prefix' | 'suffix' | 'infix';

/** Terms by kind, with the rule parts (`rule << 5 | part`) each one stands for. */
export interface Terms {
  /** Number of parts of each rule. */
  parts: number[];
  /** `kind:reading` → refs. */
  refs: Map<string, number[]>;
}

export function extractTerms(parsed: ParsedList): Terms {
  const parts: number[] = [];
  const refs = new Map<string, number[]>();
  parsed.rules.forEach((rule, ruleIndex) => {
    if (rule.exception) throw new Error('the peers do not implement exceptions');
    parts.push(rule.parts.length);
    rule.parts.forEach((part, partIndex) => {
      const ref = ruleIndex * 32 + partIndex;
      for (const reading of part.readings) {
        const key = `${part.kind}:${reading}`;
        const list = refs.get(key);
        if (!list) refs.set(key, [ref]);
        else if (!list.includes(ref)) list.push(ref);
      }
    });
  });
  return { parts, refs };
}

/** Per-query bookkeeping for co-occurrences: a bit per found part, per rule. */
class Cooccurrence {
  private readonly masks: Uint32Array;
  private readonly touched: number[] = [];

  constructor(private readonly parts: Uint8Array) {
    this.masks = new Uint32Array(parts.length);
  }

  /** Records the parts of `refs`; true when one of their rules is now complete. */
  found(refs: Int32Array): boolean {
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!;
      const rule = ref >>> 5;
      const n = this.parts[rule]!;
      if (n === 1) return true;
      if (this.masks[rule] === 0) this.touched.push(rule);
      const m = (this.masks[rule]! | (1 << (ref & 31))) >>> 0;
      this.masks[rule] = m;
      if (m === (n === 32 ? 0xffffffff : (1 << n) - 1) >>> 0) return true;
    }
    return false;
  }

  reset(): void {
    for (const rule of this.touched) this.masks[rule] = 0;
    this.touched.length = 0;
  }
}

/** The persisted form both peers share: terms and refs as plain JSON. */
interface PersistedTerms {
  parts: number[];
  keys: string[];
  refs: number[][];
}

function persistTerms(t: Terms): PersistedTerms {
  return { parts: t.parts, keys: [...t.refs.keys()], refs: [...t.refs.values()] };
}

// ---------------------------------------------------------------------------------------------
// modern-ahocorasick: one automaton over ` word `, ` stem`, `stem ` and `stem` patterns.

function acPattern(kind: Kind, reading: string): string {
  switch (kind) {
    case 'words':
      return ` ${reading} `;
    case 'prefix':
      return ` ${reading}`;
    case 'suffix':
      return `${reading} `;
    case 'infix':
      return reading;
  }
}

class AhoCorasickEngine implements Engine {
  private readonly co: Cooccurrence;

  constructor(
    private readonly ac: AhoCorasick<number>,
    private readonly table: Int32Array[],
    parts: number[],
  ) {
    this.co = new Cooccurrence(Uint8Array.from(parts));
  }

  match(query: string): boolean {
    const text = ` ${normalizeToText(query)} `;
    let hit = false;
    for (const m of this.ac.iterate(text)) {
      if (this.co.found(this.table[m.data!]!)) {
        hit = true;
        break;
      }
    }
    this.co.reset();
    return hit;
  }
}

function acInputs(keys: Iterable<string>, refs: Iterable<number[]>) {
  // Distinct patterns only: one pattern may stand for several parts.
  const byPattern = new Map<string, number[]>();
  const refIter = refs[Symbol.iterator]();
  for (const key of keys) {
    const colon = key.indexOf(':');
    const pattern = acPattern(key.slice(0, colon) as Kind, key.slice(colon + 1));
    const list = refIter.next().value as number[];
    const prev = byPattern.get(pattern);
    if (prev) prev.push(...list);
    else byPattern.set(pattern, [...list]);
  }
  const table: Int32Array[] = [];
  const patterns: Array<{ pattern: string; data: number }> = [];
  for (const [pattern, list] of byPattern) {
    patterns.push({ pattern, data: table.length });
    table.push(Int32Array.from(list));
  }
  return { patterns, table };
}

export function buildAhoCorasick(text: string): Engine {
  const terms = extractTerms(parseOrThrow(text));
  const { patterns, table } = acInputs(terms.refs.keys(), terms.refs.values());
  return new AhoCorasickEngine(new AhoCorasick(patterns), table, terms.parts);
}

export function persistAhoCorasick(text: string): string {
  const terms = extractTerms(parseOrThrow(text));
  const { patterns, table } = acInputs(terms.refs.keys(), terms.refs.values());
  const ac = new AhoCorasick(patterns);
  return JSON.stringify({
    ac: ac.serialize(),
    table: table.map((t) => Array.from(t)),
    parts: terms.parts,
  });
}

export function loadAhoCorasick(persisted: string): Engine {
  const p = JSON.parse(persisted) as { ac: string; table: number[][]; parts: number[] };
  const ac = AhoCorasick.deserialize<number>(p.ac);
  return new AhoCorasickEngine(
    ac,
    p.table.map((t) => Int32Array.from(t)),
    p.parts,
  );
}

// ---------------------------------------------------------------------------------------------
// One RegExp: `(?<![^ ])(words)(?![^ ])|(?<![^ ])(prefixes)|(suffixes)(?![^ ])|(infixes)`.

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function regexpSource(keys: Iterable<string>): string {
  const groups: Record<Kind, string[]> = { words: [], prefix: [], suffix: [], infix: [] };
  for (const key of keys) {
    const colon = key.indexOf(':');
    groups[key.slice(0, colon) as Kind].push(escape(key.slice(colon + 1)));
  }
  const alt = (xs: string[]) => `(${xs.length ? xs.join('|') : '(?!)'})`;
  return [
    `(?<![^ ])${alt(groups.words)}(?![^ ])`,
    `(?<![^ ])${alt(groups.prefix)}`,
    `${alt(groups.suffix)}(?![^ ])`,
    alt(groups.infix),
  ].join('|');
}

const GROUP_KIND: Kind[] = ['words', 'words', 'prefix', 'suffix', 'infix'];

class RegExpEngine implements Engine {
  private readonly co: Cooccurrence;

  constructor(
    private readonly re: RegExp,
    private readonly refs: Map<string, Int32Array>,
    parts: number[],
  ) {
    this.co = new Cooccurrence(Uint8Array.from(parts));
  }

  match(query: string): boolean {
    const text = normalizeToText(query);
    const re = this.re;
    re.lastIndex = 0;
    let hit = false;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let g = 1;
      while (m[g] === undefined) g++;
      const refs = this.refs.get(`${GROUP_KIND[g]}:${m[g]}`);
      if (refs && this.co.found(refs)) {
        hit = true;
        break;
      }
      re.lastIndex = m.index + 1; // overlapping occurrences too
    }
    this.co.reset();
    return hit;
  }
}

function regexpEngine(source: string, keys: string[], refs: number[][], parts: number[]): Engine {
  const map = new Map<string, Int32Array>();
  keys.forEach((k, i) => map.set(k, Int32Array.from(refs[i]!)));
  return new RegExpEngine(new RegExp(source, 'g'), map, parts);
}

export function buildRegExp(text: string): Engine {
  const terms = extractTerms(parseOrThrow(text));
  const p = persistTerms(terms);
  return regexpEngine(regexpSource(p.keys), p.keys, p.refs, p.parts);
}

export function persistRegExp(text: string): string {
  const p = persistTerms(extractTerms(parseOrThrow(text)));
  return JSON.stringify({ source: regexpSource(p.keys), ...p });
}

export function loadRegExp(persisted: string): Engine {
  const p = JSON.parse(persisted) as PersistedTerms & { source: string };
  return regexpEngine(p.source, p.keys, p.refs, p.parts);
}

// ---------------------------------------------------------------------------------------------

export const BUILD: Record<EngineName, (text: string) => Engine> = {
  keerpunt: buildKeerpunt,
  ahocorasick: buildAhoCorasick,
  regexp: buildRegExp,
};

/** The persisted form as bytes (Keerpunt's compact binary; the peers' JSON as UTF-8). */
export function persist(engine: EngineName, text: string): Uint8Array {
  if (engine === 'keerpunt') return persistKeerpunt(text);
  const json = engine === 'ahocorasick' ? persistAhoCorasick(text) : persistRegExp(text);
  return new TextEncoder().encode(json);
}

/** Loads a persisted form; decoding the peers' UTF-8 is part of their load. */
export function loadPersisted(engine: EngineName, bytes: Uint8Array): Engine {
  if (engine === 'keerpunt') return loadKeerpunt(bytes);
  const json = new TextDecoder().decode(bytes);
  return engine === 'ahocorasick' ? loadAhoCorasick(json) : loadRegExp(json);
}
