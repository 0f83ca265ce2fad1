/**
 * lib/util/text-encoding.ts: a chosen file's bytes read as UTF-8 text, or the reason named
 * (UTF-16, UTF-32, another encoding, not text).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeTextFile,
  firstForeignCharacter,
  type DecodedText,
} from '../../../lib/util/text-encoding';
import { randomBytes, windows1252 } from '../fuzz/inputs';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` as UTF-16 units, little- or big-endian, after an optional byte order mark. */
function utf16(text: string, le: boolean, bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < units.length; i++) view.setUint16(i * 2, units.charCodeAt(i), le);
  return out;
}

/** `text` as UTF-32 code points, little- or big-endian, after an optional byte order mark. */
function utf32(text: string, le: boolean, bom: boolean): Uint8Array {
  const points = [...((bom ? '\uFEFF' : '') + text)].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  points.forEach((p, i) => view.setUint32(i * 4, p, le));
  return out;
}

const problem = (d: DecodedText) => (d.ok ? 'ok' : d.problem);
const BACKUP = '{\n  "format": "keerpunt-backup",\n  "v": 1,\n  "campaign": "CAFÉ zebra"\n}\n';

describe('decodeTextFile', () => {
  it.each([
    ['UTF-8', utf8(BACKUP), 'ok'],
    ['UTF-8 with a byte order mark', Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8(BACKUP)), 'ok'],
    ['an empty file', new Uint8Array(0), 'ok'],
    ['UTF-16 LE with a byte order mark', utf16(BACKUP, true, true), 'utf-16'],
    ['UTF-16 BE with a byte order mark', utf16(BACKUP, false, true), 'utf-16'],
    ['UTF-16 LE without one', utf16(BACKUP, true, false), 'utf-16'],
    ['UTF-16 BE without one', utf16(BACKUP, false, false), 'utf-16'],
    ['UTF-16 LE of text with only line breaks and letters', utf16('a\nb\n', true, false), 'utf-16'],
    ['UTF-32 LE with a byte order mark', utf32(BACKUP, true, true), 'utf-32'],
    ['UTF-32 BE with a byte order mark', utf32(BACKUP, false, true), 'utf-32'],
    ['UTF-32 LE without one', utf32(BACKUP, true, false), 'utf-32'],
    ['UTF-32 BE without one', utf32(BACKUP, false, false), 'utf-32'],
    ['UTF-32 of text beyond the first plane', utf32('zebra 🦓', true, false), 'utf-32'],
    ['Windows-1252', windows1252(BACKUP), 'not-utf-8'],
    [
      'Latin-1 with a C1 byte, a letter in Windows-1252',
      Uint8Array.of(0x41, 0x93, 0x42),
      'not-utf-8',
    ],
    ['a cut UTF-8 sequence', utf8(BACKUP).subarray(0, BACKUP.indexOf('É') + 1), 'not-utf-8'],
    ['UTF-16 of text without a NUL byte (CJK only)', utf16('游泳', true, true), 'utf-16'],
    ['NUL bytes', new Uint8Array(1000), 'binary'],
    ['one NUL in UTF-8 text', utf8('zebra\0zebra'), 'binary'],
    [
      'a PNG signature and header',
      Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
      'binary',
    ],
    ['random bytes', randomBytes(4096, 7), 'binary'],
    ['ASCII control characters', utf8('zebra\x01\x02'), 'binary'],
  ] as const)('%s → %s', (_name, bytes, expected) => {
    expect(problem(decodeTextFile(bytes))).toBe(expected);
  });

  it('gives the text without the byte order mark', () => {
    expect(decodeTextFile(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('zebra')))).toEqual({
      ok: true,
      text: 'zebra',
    });
  });

  it('accepts tab, line breaks and form feed', () => {
    expect(decodeTextFile(utf8('a\tb\r\nc\nd\ve\ff'))).toEqual({
      ok: true,
      text: 'a\tb\r\nc\nd\ve\ff',
    });
  });

  /** Text as an editor writes it: well-formed, no control characters. */
  const textual = (s: string) => s.isWellFormed() && !/[\p{Cc}]/u.test(s.replace(/[\t-\r]/g, ''));
  /** No U+FFFE/U+FFFF units, which no text holds either. */
  const noNonCharacter = (s: string) => !/[\uFFFE\uFFFF]/.test(s);

  it('accepts any text as UTF-8 and gives it back unchanged (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })).filter(textual),
        (text) => {
          const bytes = utf8(text);
          expect(decodeTextFile(bytes)).toEqual({ ok: true, text });
          const withBom = Uint8Array.of(0xef, 0xbb, 0xbf, ...bytes);
          expect(decodeTextFile(withBom)).toEqual({ ok: true, text });
        },
      ),
      { numRuns: 500 },
    );
  });

  const nonAscii = fc
    .string({ unit: 'binary', minLength: 1 })
    .filter((s) => textual(s) && noNonCharacter(s) && [...s].some((c) => c.charCodeAt(0) > 0x7f));

  it('names UTF-16 of any non-ASCII text with a byte order mark (property)', () => {
    fc.assert(
      fc.property(nonAscii, fc.boolean(), (text, le) => {
        expect(problem(decodeTextFile(utf16(text, le, true)))).toBe('utf-16');
      }),
      { numRuns: 500 },
    );
  });

  it('names UTF-16 without a byte order mark when the text has ASCII in it (property)', () => {
    // Without a mark, only the NUL bytes of ASCII characters tell UTF-16 apart.
    const ascii = fc.string({
      unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
      minLength: 1,
    });
    fc.assert(
      fc.property(ascii, nonAscii, ascii, fc.boolean(), (a, b, c, le) => {
        expect(problem(decodeTextFile(utf16(a + b + c, le, false)))).toBe('utf-16');
      }),
      { numRuns: 500 },
    );
  });

  it('names UTF-32 of any text with a byte order mark (property)', () => {
    fc.assert(
      fc.property(nonAscii, fc.boolean(), (text, le) => {
        expect(problem(decodeTextFile(utf32(text, le, true)))).toBe('utf-32');
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const d = decodeTextFile(bytes);
        if (d.ok) expect(new TextEncoder().encode(d.text).length).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('firstForeignCharacter', () => {
  const code = (c: string) => /[0-9A-Z]/.test(c);

  it('is null when every character is allowed', () => {
    expect(firstForeignCharacter('KP1ABC', code)).toBeNull();
  });

  it.each([
    ['KP1Aé', { char: 'é', code: 'U+00E9', at: 5, invisible: false, unreadable: false }],
    ['KP\u200b1', { char: '\u200b', code: 'U+200B', at: 3, invisible: true, unreadable: false }],
    ['K\0P', { char: '\0', code: 'U+0000', at: 2, invisible: true, unreadable: false }],
    ['KP1\uFFFD', { char: '\uFFFD', code: 'U+FFFD', at: 4, invisible: false, unreadable: true }],
    ['KP 1', { char: ' ', code: 'U+0020', at: 3, invisible: false, unreadable: false }],
    ['🦓KP', { char: '🦓', code: 'U+1F993', at: 1, invisible: false, unreadable: false }],
    ['KP\u00a0', { char: '\u00a0', code: 'U+00A0', at: 3, invisible: true, unreadable: false }],
  ])('%j → %j', (text, expected) => {
    expect(firstForeignCharacter(text, code)).toEqual(expected);
  });

  it('counts places in characters, not UTF-16 units', () => {
    expect(firstForeignCharacter('🦓🦓a', (c) => c === '🦓')?.at).toBe(3);
  });
});
