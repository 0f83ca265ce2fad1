import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, parseList } from '../../../lib/matching';

const enc = (s: string) => new TextEncoder().encode(s);

describe('a well-formed list', () => {
  const text = [
    '! id: zoo',
    '! title: The zoo list',
    '! version: 2026.11.22',
    '! language: en',
    '! category: test',
    '! description: neutral words',
    '# a comment',
    '',
    'zebra',
    'zebra crossing',
    'zebra*',
    '*zebra',
    '*zebr*',
    'giraffe + lion king',
    '{minor-age} + okapi',
    '-zebra crossing guard',
  ].join('\n');

  it('gives the header', () => {
    expect(parseList(text).header).toEqual({
      id: 'zoo',
      title: 'The zoo list',
      version: '2026.11.22',
      language: 'en',
      category: 'test',
      description: 'neutral words',
    });
  });

  it('gives every rule with its line and kind', () => {
    const { rules, problems } = parseList(text);
    expect(problems).toEqual([]);
    expect(
      rules.map((r) => [
        r.line,
        r.exception,
        r.parts.map((p) => `${p.kind}:${p.readings.join('|')}`),
      ]),
    ).toEqual([
      [9, false, ['words:zebra']],
      [10, false, ['words:zebra crossing']],
      [11, false, ['prefix:zebra']],
      [12, false, ['suffix:zebra']],
      [13, false, ['infix:zebr']],
      [14, false, ['words:giraffe', 'words:lion king']],
      [15, false, ['words:{minor-age}', 'words:okapi']],
      [16, true, ['words:zebra crossing guard']],
    ]);
  });

  it('accepts a BOM and CRLF line ends, as text and as bytes', () => {
    const crlf = '\uFEFF! id: x\r\nzebra\r\n# c\r\ngiraffe\r\n';
    for (const input of [crlf, enc(crlf)]) {
      const { rules, problems, header } = parseList(input);
      expect(problems).toEqual([]);
      expect(header.id).toBe('x');
      expect(rules.map((r) => r.line)).toEqual([2, 4]);
    }
  });

  it('folds a term the same way as a query', () => {
    const { rules } = parseList('Z3BRA Crössing');
    expect(rules[0]!.parts[0]!.readings).toEqual(['zebra crossing']);
  });
});

describe('problems carry line numbers and reasons', () => {
  it.each([
    ['zebra\nkind* porno', 2, /single word/],
    ['zi*bra', 1, /start or the end/],
    ['*', 1, /needs letters/],
    ['**', 1, /needs letters/],
    ['zebra +', 1, /empty part/],
    ['+ zebra', 1, /empty part/],
    ['zebra + + giraffe', 1, /empty part/],
    ['-', 1, /exception needs/],
    ['-zebra + giraffe', 1, /not a co-occurrence/],
    ['{minor-age + zebra', 1, /unbalanced/],
    ['minor-age} + zebra', 1, /unbalanced/],
    ['{{minor-age}} + zebra', 1, /unbalanced/],
    ['{zebra} + giraffe', 1, /unknown class token \{zebra\}/],
    ['{minor-age}* + zebra', 1, /class token cannot have a wildcard/],
    ['zeb-ra*', 1, /one word after normalization/],
    ['.,; + zebra', 1, /nothing left to match/],
    ['!!! + zebra', 1, /'! key: value'/],
    ['zebra\n! id: late', 2, /before the first rule/],
    ['! id zebra', 1, /'! key: value'/],
    ['! colour: blue', 1, /unknown header 'colour'/],
    ['! id: a\n! id: b', 2, /given twice/],
    ['zebra\ngiraffe\nZEBRA', 3, /same rule as line 1/],
    ['giraffe + zebra\nzebra + giraffe', 2, /same rule as line 1/],
    ['one two three four five six seven eight nine', 1, /at most 8 words/],
    ['zebra\tgiraffe\u0007', 1, /control character \(U\+0007\)/],
    ['zebra\rgiraffe', 1, /carriage return/],
    [`${'z'.repeat(LIMITS.lineChars + 1)}`, 1, /longer than/],
    [
      Array.from({ length: 17 }, (_, i) => `w${'abcdefghijklmnopqrstuvwxyz'[i % 26]}${i}`).join(
        ' + ',
      ),
      1,
      /at most 16 parts/,
    ],
  ])('%j → line %i', (text, line, reason) => {
    const { problems } = parseList(text);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.line).toBe(line);
    expect(problems[0]!.reason).toMatch(reason);
  });

  it('finds a repeated rule whatever the order of its parts, and only a repeated one', () => {
    const repeats = (text: string) =>
      parseList(text).problems.filter((p) => /same rule as line/.test(p.reason)).length;
    expect(repeats('lion + zebra* + giraffe\ngiraffe + lion + zebra*')).toBe(1);
    expect(repeats('lion + zebra* + giraffe\nzebra* + giraffe + lion')).toBe(1);
    // Same words, another rule: another part, another kind, one part more.
    expect(repeats('lion + zebra\nlion + giraffe')).toBe(0);
    expect(repeats('lion + zebra\nlion + zebra*')).toBe(0);
    expect(repeats('lion + zebra\nlion + zebra + giraffe')).toBe(0);
    // A stretched letter gives a part two readings (zebra, zeebra): the same, or an exception.
    expect(repeats('zeeebra\nZEEEBRA')).toBe(1);
    expect(repeats('zeeebra\n-zeeebra')).toBe(0);
    // One part's text is not another split differently.
    expect(repeats('lion zebra + giraffe\nlion + zebra giraffe')).toBe(0);
  });

  it('reports every problem, not only the first', () => {
    const { problems, rules } = parseList('zebra\nzi*bra\ngiraffe\n{x}\nlion');
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
    expect(rules.map((r) => r.line)).toEqual([1, 3, 5]);
  });
});

describe('bad input never crashes or hangs', () => {
  it('binary data is named, with its line', () => {
    const bytes = new Uint8Array([
      ...enc('zebra\ngiraffe\n'),
      0x89,
      0x50,
      0x4e,
      0x47,
      0,
      0,
      0,
      0x0d,
      0x0a,
    ]);
    const { problems } = parseList(bytes);
    expect(problems).toEqual([{ line: 3, reason: expect.stringMatching(/binary/) }]);
  });

  it('invalid UTF-8 (a Latin-1 file) is named, with its line', () => {
    const bytes = new Uint8Array([...enc('zebra\n'), 0x7a, 0xe9, 0x62, 0x72, 0x61, 0x0a]);
    expect(parseList(bytes).problems).toEqual([
      { line: 2, reason: expect.stringMatching(/UTF-8/) },
    ]);
  });

  it('UTF-16 is named', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x7a, 0, 0x65, 0]);
    expect(parseList(bytes).problems).toEqual([
      { line: 1, reason: expect.stringMatching(/UTF-16/) },
    ]);
  });

  it('a 50 MB file is refused at once with its size', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x7a);
    const started = performance.now();
    const { problems, rules } = parseList(bytes);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(rules).toEqual([]);
    expect(problems).toEqual([
      { line: 1, reason: expect.stringMatching(/50\.0 MB.*at most 16\.0 MB/) },
    ]);
  });

  it('a list of many broken lines stops reporting after the limit', () => {
    const text = Array.from({ length: 5000 }, () => 'zebra +').join('\n');
    const { problems } = parseList(text);
    expect(problems).toHaveLength(LIMITS.problems + 1);
    expect(problems.at(-1)!.reason).toMatch(/too many problems/);
  });

  it('random bytes give problems or rules, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const { problems, rules } = parseList(bytes);
        for (const p of problems) expect(p.line).toBeGreaterThanOrEqual(1);
        for (const r of rules) expect(r.parts.length).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });

  it('random text with list syntax never throws', () => {
    const piece = fc.constantFrom(
      'zebra',
      ' ',
      '*',
      '+',
      '-',
      '{',
      '}',
      '{minor-age}',
      '!',
      '#',
      ':',
      '\n',
      'id',
      '\r\n',
      'é',
      '12yo',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        parseList(pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
