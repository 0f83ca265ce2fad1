/**
 * Reading a chosen file's bytes as UTF-8 text, or naming why it is not (issue 7, "Bad input"):
 * a backup opened and saved again in an editor may come back as UTF-16, UTF-32 or Windows-1252,
 * and a wrong file may be a picture. `File.text()` would turn all of these into text full of
 * replacement characters, and the person would only hear "not JSON"; here each gets its own name.
 *
 * Text, here, is what an editor writes: no NUL, and no control character other than tabs, line
 * breaks and form feed. A UTF-8 byte order mark is accepted (and removed).
 */

/** Why bytes are not UTF-8 text. */
export type EncodingProblem = 'utf-16' | 'utf-32' | 'not-utf-8' | 'binary';

export type DecodedText = { ok: true; text: string } | { ok: false; problem: EncodingProblem };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);

/** A control character no text file holds: C0 except tab, LF, VT, FF, CR; DEL; C1. */
const isControl = (c: number) => (c < 0x20 && (c < 0x09 || c > 0x0d)) || (c >= 0x7f && c <= 0x9f);

/** The bytes as UTF-8 text, or why they are not. Never throws. */
export function decodeTextFile(bytes: Uint8Array): DecodedText {
  const fail = (problem: EncodingProblem): DecodedText => ({ ok: false, problem });
  // Byte order marks; UTF-32 LE's begins like UTF-16 LE's, so it is asked first.
  if (startsWith(bytes, 0xff, 0xfe, 0, 0) || startsWith(bytes, 0, 0, 0xfe, 0xff)) {
    return fail('utf-32');
  }
  if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) return fail('utf-16');
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;

  // No text holds a NUL, but UTF-16 and UTF-32 of Latin letters are full of them.
  if (body.includes(0)) {
    if (isCleanUtf16(body, true) || isCleanUtf16(body, false)) return fail('utf-16');
    if (isCleanUtf32(body, true) || isCleanUtf32(body, false)) return fail('utf-32');
    return fail('binary');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Windows-1252 and Latin-1 text has no control bytes; a picture or a program has.
    return fail(hasC0(body) ? 'binary' : 'not-utf-8');
  }
  return hasControlCharacter(text) ? fail('binary') : { ok: true, text };
}

/** Whether the bytes hold a C0 control or DEL (C1 bytes are letters in Windows-1252). */
const hasC0 = (bytes: Uint8Array) => bytes.some((c) => c < 0x80 && isControl(c));

function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return true;
  return false;
}

/** Whether the bytes are UTF-16 (`le`: little-endian) of text: paired surrogates, no controls. */
function isCleanUtf16(bytes: Uint8Array, le: boolean): boolean {
  if (bytes.length % 2 !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length; i += 2) {
    const u = view.getUint16(i, le);
    if (u === 0 || isControl(u) || u === 0xfffe || u === 0xffff) return false;
    if (u >= 0xdc00 && u <= 0xdfff) return false;
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = i + 2 < bytes.length ? view.getUint16(i + 2, le) : 0;
      if (next < 0xdc00 || next > 0xdfff) return false;
      i += 2;
    }
  }
  return true;
}

/**
 * Whether the bytes are UTF-32 of text. Planes 4 to 13 have no characters, which keeps UTF-16
 * of text with line breaks (`a\n` is the plane-10 unit 0x000A0061) from passing.
 */
function isCleanUtf32(bytes: Uint8Array, le: boolean): boolean {
  if (bytes.length % 4 !== 0) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = 0; i < bytes.length; i += 4) {
    const u = view.getUint32(i, le);
    if (u === 0 || isControl(u) || u > 0x10ffff) return false;
    if ((u >= 0xd800 && u <= 0xdfff) || (u >= 0x40000 && u < 0xe0000)) return false;
  }
  return true;
}

/** One character of a text that does not belong there, and its place (1-based, in characters). */
export interface ForeignCharacter {
  char: string;
  /** `U+00E9` */
  code: string;
  at: number;
  /** Nothing to see: a control, format or space character other than an ordinary space. */
  invisible: boolean;
  /** U+FFFD: what a reader puts where bytes were not text in its encoding. */
  unreadable: boolean;
}

const INVISIBLE = /^[\p{Cc}\p{Cf}\p{Z}\p{Co}\p{Cn}]$/u;

/** The first character of `text` that `allowed` refuses, described; null if there is none. */
export function firstForeignCharacter(
  text: string,
  allowed: (char: string) => boolean,
): ForeignCharacter | null {
  let at = 0;
  for (const char of text) {
    at++;
    if (allowed(char)) continue;
    const cp = char.codePointAt(0)!;
    return {
      char,
      code: `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`,
      at,
      invisible: char !== ' ' && INVISIBLE.test(char),
      unreadable: cp === 0xfffd,
    };
  }
  return null;
}
