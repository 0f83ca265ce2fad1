/**
 * Bad inputs for the import fuzz tests (issue 7, "Bad input"): giant, binary, wrongly encoded,
 * deeply nested and many-lined texts, as the importers receive them (a file read with
 * `File.text()`, i.e. decoded as UTF-8 with replacement characters, or pasted text).
 */
import fc from 'fast-check';

export const MB = 1024 * 1024;

/** What `File.text()` gives for these bytes: UTF-8 with U+FFFD for what does not decode. */
export const asUtf8 = (bytes: Uint8Array): string => new TextDecoder('utf-8').decode(bytes);
/** The same bytes read one byte per character (latin1), as a wrong reader would. */
export const asLatin1 = (bytes: Uint8Array): string => new TextDecoder('latin1').decode(bytes);

/** `text` saved as UTF-16LE with a byte order mark. */
export function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

/** `text` saved as Windows-1252 (every character below U+0100 as one byte; others as '?'). */
export function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0) : 0x3f));
}

export const nestedArrays = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
export const nestedObjects = (depth: number): string =>
  '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** Named giant cases, made lazily (each is large). */
export const GIANT: Record<string, () => string> = {
  '20 MB of one letter': () => 'a'.repeat(20 * MB),
  '20 MB JSON string': () => '{"a":"' + 'x'.repeat(20 * MB) + '"}',
  '1 MB of NUL bytes': () => '\0'.repeat(MB),
  '100k nested arrays': () => nestedArrays(100_000),
  '100k nested objects': () => nestedObjects(100_000),
  '1M lines': () => 'zebra\n'.repeat(1_000_000),
  '1M empty lines': () => '\n'.repeat(1_000_000),
  '2 MB random bytes as UTF-8': () => asUtf8(randomBytes(2 * MB, 1)),
  '2 MB random bytes as latin1': () => asLatin1(randomBytes(2 * MB, 2)),
};

/** Deterministic pseudo-random bytes (xorshift), so a failure can be repeated. */
export function randomBytes(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = seed * 2654435761 || 1;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Random text as an importer might get it: bytes decoded either way, or any string. */
export const badText = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.uint8Array({ maxLength: 2000 }).map(asUtf8),
    fc.uint8Array({ maxLength: 2000 }).map(asLatin1),
    fc.string({ unit: 'binary', maxLength: 2000 }),
    fc.string({ unit: 'grapheme', maxLength: 500 }),
    fc.json({ maxDepth: 6 }),
  );

/** Times `run` and, with FUZZ_TIMES=1 in the environment, prints how long it took. */
export async function timed<T>(label: string, run: () => T | Promise<T>): Promise<T> {
  const start = performance.now();
  const out = await run();
  const ms = performance.now() - start;
  if (process.env.FUZZ_TIMES) console.log(`[fuzz-time] ${label}: ${ms.toFixed(0)} ms`);
  return out;
}
