/**
 * Repeated rules ("the same rule as line N"): the text scan (`parseList`) finds them from the
 * rule's text, the compiler (`compileTexts`) from the hashes it makes anyway (repeats.ts). Both
 * must find the same ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileListText, compileTexts, parseList } from '../../../lib/matching';
import { RepeatTable } from '../../../lib/matching/repeats';

const KEY = Uint32Array.from([1, 2, 3, 4]);

describe('the compiler finds repeated rules', () => {
  it.each([
    ['zebra\ngiraffe\nZEBRA', [{ line: 3, reason: 'the same rule as line 1' }]],
    [
      'lion + zebra* + giraffe\ngiraffe + lion + zebra*',
      [{ line: 2, reason: 'the same rule as line 1' }],
    ],
    [
      'lion + zebra* + giraffe\nzebra* + giraffe + lion',
      [{ line: 2, reason: 'the same rule as line 1' }],
    ],
    ['zeeebra\nZEEEBRA', [{ line: 2, reason: 'the same rule as line 1' }]],
    [
      '*zebra*\n*ZEBRA*\n*zebra*',
      [
        { line: 2, reason: 'the same rule as line 1' },
        { line: 3, reason: 'the same rule as line 1' },
      ],
    ],
    // Another part, another kind, one part more, an exception, a phrase split elsewhere.
    ['lion + zebra\nlion + giraffe', []],
    ['lion + zebra\nlion + zebra*', []],
    ['zebra*\n*zebra\n*zebra*\nzebra', []],
    ['lion + zebra\nlion + zebra + giraffe', []],
    ['zeeebra\n-zeeebra', []],
    ['lion zebra + giraffe\nlion + zebra giraffe', []],
    ['lion zebra\nzebra lion', []],
  ])('%j', (text, expected) => {
    const compiled = compileListText(text, KEY);
    expect(compiled.parsed.problems).toEqual(expected);
    expect(parseList(text).problems).toEqual(expected);
    expect(compiled.set === null).toBe(expected.length > 0);
  });

  it('counts a list per list: a rule in two lists is no repeat', () => {
    const { set, lists } = compileTexts(['zebra\ngiraffe', 'giraffe\nzebra\nzebra'], KEY);
    expect(set).toBeNull();
    expect(lists[0]!.problems).toEqual([]);
    expect(lists[1]!.problems).toEqual([{ line: 3, reason: 'the same rule as line 2' }]);
    expect(lists.map((l) => l.rules)).toEqual([2, 2]);
    expect(compileTexts(['zebra\ngiraffe', 'giraffe\nzebra'], KEY).set).not.toBeNull();
  });

  it('stops at the problem limit on a list of one rule repeated', () => {
    const text = Array.from({ length: 5000 }, () => 'zebra + giraffe').join('\n');
    const compiled = compileListText(text, KEY).parsed;
    const scanned = parseList(text);
    expect(compiled.problems).toEqual(scanned.problems);
    expect(compiled.problems.at(-1)!.reason).toBe('too many problems; stopped reporting here');
    expect(compiled.rules).toBe(1);
  });

  it('agrees with the text scan on random lists (property)', () => {
    const word = fc.constantFrom('zebra', 'ZEBRA', 'giraffe', 'lion', 'zeeebra', 'okapi', 'gnu');
    const part = fc.oneof(
      word,
      fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
      word.map((w) => `${w}*`),
      word.map((w) => `*${w}`),
      word.map((w) => `*${w}*`),
    );
    const rule = fc.oneof(
      part,
      part.map((p) => (p.includes(' ') ? p : `-${p}`)),
      fc.array(part, { minLength: 2, maxLength: 3 }).map((ps) => ps.join(' + ')),
    );
    fc.assert(
      fc.property(fc.array(rule, { minLength: 1, maxLength: 40 }), (rules) => {
        const text = rules.join('\n');
        const scanned = parseList(text);
        const compiled = compileListText(text, KEY).parsed;
        expect(compiled.problems).toEqual(scanned.problems);
        expect(compiled.rules).toBe(scanned.rules.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('RepeatTable', () => {
  it('remembers the first line of each digest, also after growing', () => {
    const table = new RepeatTable(1); // 1,024 slots: grows several times below
    const n = 20_000;
    // Low words spread like digests (an odd multiplier: distinct and never 0).
    const lo = (i: number) => Math.imul(i, 2654435761) >>> 0;
    for (let i = 1; i <= n; i++) expect(table.firstLine(lo(i), i, i)).toBeUndefined();
    for (let i = 1; i <= n; i++) expect(table.firstLine(lo(i), i, n + i)).toBe(i);
    // The same low word with another high word is another rule.
    expect(table.firstLine(lo(1), 99, 7)).toBeUndefined();
    expect(table.firstLine(lo(1), 99, 8)).toBe(7);
  });
});
