/** The matching engine's public surface: parse, compile, serialize, load, match. */
import { normalize } from '../text/normalize';
import { SetBuilder, type CompiledSet } from './compiled';
import type { HashKey } from './hash';
import { NO_MATCH, SetMatcher, type Verdict } from './match';
import { expectedRules, scanList, type ScannedList } from './parse-list';

export {
  compile,
  hashRule,
  load,
  serialize,
  SetBuilder,
  CompiledFormatError,
  type CompiledSet,
  type ListMeta,
} from './compiled';
export { randomKey, type HashKey } from './hash';
export { NO_MATCH, SetMatcher, type Verdict } from './match';
export {
  parseList,
  parseRule,
  scanList,
  LIMITS,
  type ScannedList,
  type ParsedList,
  type Rule,
  type Part,
  type ListProblem,
} from './parse-list';

/** A verdict over several sets (shipped, personal, imported): the first set that matches. */
export type SetVerdict = Verdict & { set?: number };

/** Matches queries against several compiled sets, in order. */
export class Matcher {
  private readonly matchers: SetMatcher[];

  constructor(sets: readonly CompiledSet[]) {
    this.matchers = sets.map((s) => new SetMatcher(s));
  }

  /** Switches lists of set `set` off by their ids (see `SetMatcher.switchOff`). */
  switchOff(set: number, ids: ReadonlySet<string>): void {
    const m = this.matchers[set];
    if (!m) return;
    const off: number[] = [];
    m.set.lists.forEach((l, i) => {
      if (ids.has(l.id)) off.push(i);
    });
    m.switchOff(off);
  }

  /** The verdict for a raw (URL-decoded) query. */
  match(query: string): SetVerdict {
    const tokens = normalize(query);
    for (let i = 0; i < this.matchers.length; i++) {
      const v = this.matchers[i]!.match(tokens);
      // Fields written out, not spread: a spread copies through a generic path on every match.
      if (v.match) return { match: true, list: v.list, line: v.line, set: i };
    }
    return NO_MATCH;
  }
}

/**
 * Parses and compiles list texts (or bytes) into one set, streaming: rules are hashed as they
 * are read and never held as objects. `set` is null when any list has a problem.
 */
export function compileTexts(
  inputs: ReadonlyArray<string | Uint8Array>,
  key?: HashKey,
): { set: CompiledSet | null; lists: ScannedList[] } {
  const builder = new SetBuilder(key);
  const lists: ScannedList[] = [];
  for (const input of inputs) {
    builder.addList({}, expectedRules(typeof input === 'string' ? input.length : input.byteLength));
    const scanned = scanList(input, (rule) => builder.addRule(rule), { callerFindsRepeats: true });
    builder.nameList(scanned.header);
    lists.push(scanned);
  }
  const ok = lists.every((l) => l.problems.length === 0);
  return { set: ok ? builder.build() : null, lists };
}

/** Parses and compiles one list text; throws nothing, returns problems with line numbers. */
export function compileListText(
  text: string | Uint8Array,
  key?: HashKey,
): { set: CompiledSet | null; parsed: ScannedList } {
  const { set, lists } = compileTexts([text], key);
  return { set, parsed: lists[0]! };
}
