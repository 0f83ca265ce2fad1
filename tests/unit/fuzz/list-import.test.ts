/**
 * Issue 7 "Bad input": the keyword-list parser (lib/matching/parse-list.ts `scanList`,
 * `parseList`, and `compileListText` on top) given giant, binary, wrongly encoded, nested and
 * million-line lists, as text and as bytes. Every problem comes back with its line number and a
 * reason; nothing throws or hangs. (The options page imports no list files: lists ship with the
 * build and are compiled by tools/; personal terms are added one at a time, see
 * terms-import.test.ts.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileListText } from '../../../lib/matching';
import { LIMITS, parseList, scanList, type ListProblem } from '../../../lib/matching/parse-list';
import { asUtf8, GIANT, MB, randomBytes, timed, utf16le, windows1252 } from './inputs';

const encoder = new TextEncoder();

/** Lines in a text or bytes (a last line without a line end counts). */
function lineCount(input: string | Uint8Array): number {
  let n = 1;
  if (typeof input === 'string') {
    for (let i = input.indexOf('\n'); i >= 0; i = input.indexOf('\n', i + 1)) n++;
  } else {
    for (let i = input.indexOf(0x0a); i >= 0; i = input.indexOf(0x0a, i + 1)) n++;
  }
  return n;
}

function expectWellFormed(problems: ListProblem[], lines: number): void {
  expect(problems.length).toBeLessThanOrEqual(LIMITS.problems + 1);
  for (const p of problems) {
    expect(Number.isInteger(p.line)).toBe(true);
    expect(p.line).toBeGreaterThanOrEqual(1);
    expect(p.line).toBeLessThanOrEqual(lines);
    expect(p.reason.length).toBeGreaterThan(5);
  }
}

/** A distinct list word for `i`: letters a–p, each followed by q (so no letter runs). */
function word(i: number): string {
  let s = 'w';
  do {
    s += String.fromCharCode(97 + (i % 16)) + 'q';
    i = Math.floor(i / 16);
  } while (i > 0);
  return s;
}

describe('list parser with bad input', () => {
  for (const [name, make] of Object.entries(GIANT)) {
    for (const form of ['text', 'bytes'] as const) {
      it(`reports ${name} (${form}) by line, without throwing`, async () => {
        const text = make();
        const input = form === 'text' ? text : encoder.encode(text);
        const scanned = await timed(`list (${form}): ${name}`, () =>
          scanList(input, () => undefined),
        );
        expectWellFormed(scanned.problems, lineCount(input));
        if (!name.startsWith('1M')) expect(scanned.problems.length).toBeGreaterThan(0);
      });
    }
  }

  it('names the giant cases specifically', () => {
    const reason = (input: string | Uint8Array) => parseList(input).problems[0];
    expect(reason(GIANT['20 MB of one letter']!())).toEqual({
      line: 1,
      reason: 'the file is 20.0 MB; a list may be at most 16.0 MB',
    });
    expect(reason(new Uint8Array(MB))).toEqual({
      line: 1,
      reason: 'binary data (a NUL byte): this is not a text file',
    });
    expect(reason('zebra\n\0\n')).toEqual({
      line: 2,
      reason: 'a control character (U+0000) in the line',
    });
    expect(reason(GIANT['100k nested arrays']!())).toEqual({
      line: 1,
      reason: 'the line is longer than 1000 characters',
    });
    const dupes = parseList(GIANT['1M lines']!());
    expect(dupes.rules).toHaveLength(1);
    expect(dupes.problems[0]).toEqual({ line: 2, reason: 'the same rule as line 1' });
    expect(dupes.problems.at(-1)!.reason).toBe('too many problems; stopped reporting here');
    expect(parseList(GIANT['1M empty lines']!())).toMatchObject({ rules: [], problems: [] });
  });

  it('reads a million distinct rules', async () => {
    const lines: string[] = [];
    for (let i = 0; i < 1_000_000; i++) lines.push(word(i));
    const text = lines.join('\n');
    let rules = 0;
    const scanned = await timed('list (text): 1M distinct rules', () =>
      scanList(text, () => rules++),
    );
    expect(scanned.problems).toEqual([]);
    expect(rules).toBe(1_000_000);
    const bytes = encoder.encode(text);
    const compiled = await timed('list (bytes): compile 1M distinct rules', () =>
      compileListText(bytes),
    );
    expect(compiled.parsed.problems).toEqual([]);
    expect(compiled.set).not.toBeNull();
  });

  it('says a UTF-16LE file with a byte order mark is UTF-16', () => {
    expect(parseList(utf16le('zebra\ngiraffe\n')).problems).toEqual([
      { line: 1, reason: 'the file is UTF-16; save it as UTF-8' },
    ]);
    // Read as text (File.text()), the NUL bytes between the letters are named on line 1.
    expect(parseList(asUtf8(utf16le('zebra\n'))).problems[0]).toMatchObject({ line: 1 });
  });

  it('names the line of Windows-1252 bytes', () => {
    const bytes = windows1252('zebra\ngiraffe\ncafé\nokapi\n');
    expect(parseList(bytes)).toMatchObject({
      rules: [{ line: 1 }, { line: 2 }, { line: 4 }],
      problems: [{ line: 3, reason: 'not valid UTF-8: save the file as UTF-8' }],
    });
  });

  it('names the line of a NUL byte in bytes', () => {
    const bytes = encoder.encode('zebra\ngiraffe\nok\0api\n');
    expect(parseList(bytes).problems).toEqual([
      { line: 3, reason: 'binary data (a NUL byte): this is not a text file' },
    ]);
  });

  it('reports random bytes by line, without throwing (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expectWellFormed(parseList(bytes).problems, lineCount(bytes));
        const text = asUtf8(bytes);
        expectWellFormed(parseList(text).problems, lineCount(text));
      }),
      { numRuns: 200 },
    );
  });

  it('reports random strings by line, without throwing (property)', () => {
    const lineish = fc.array(
      fc.oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.stringMatching(/^[-!#*+{}a-z0-9 é]{0,40}$/),
        fc.constantFrom('{minor-age}', '! id: x', '*zebra*', 'a+b+c', '-', '+', '{', '}}'),
      ),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(lineish, fc.constantFrom('\n', '\r\n', '\r'), (lines, end) => {
        const text = lines.join(end);
        expectWellFormed(parseList(text).problems, lineCount(text));
        expect(() => compileListText(text)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it('reports 2 MB of random bytes quickly enough to measure', async () => {
    const bytes = randomBytes(2 * MB, 3);
    const scanned = await timed('list (bytes): 2 MB random with NULs', () =>
      scanList(bytes, () => undefined),
    );
    expectWellFormed(scanned.problems, lineCount(bytes));
  });
});
