/**
 * Crockford's base32 (https://www.crockford.com/base32.html): digits and capital letters without
 * I, L, O and U, so a code read aloud or copied from paper has no look-alikes; when typed, case
 * does not matter and I/L read as 1, O as 0. Bits are taken most significant first; the last
 * character is padded with zero bits.
 */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const VALUES: Readonly<Record<string, number>> = (() => {
  const v: Record<string, number> = {};
  [...ALPHABET].forEach((c, i) => {
    v[c] = i;
    v[c.toLowerCase()] = i;
  });
  for (const [c, n] of [
    ['O', 0],
    ['o', 0],
    ['I', 1],
    ['i', 1],
    ['L', 1],
    ['l', 1],
  ] as const)
    v[c] = n;
  return v;
})();

/** The value of one typed character (look-alikes folded), or undefined. */
export const valueOf = (c: string): number | undefined => VALUES[c];

export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = ((buffer << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/**
 * The bytes of a base32 text (separators already removed), or why not: a character outside the
 * alphabet, or a length or padding no encoder makes (a character missing or one too many).
 */
export function decodeBase32(
  text: string,
): Uint8Array | { error: 'bad-character'; at: number } | { error: 'bad-length' } {
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const v = valueOf(text[i]!);
    if (v === undefined) return { error: 'bad-character', at: i };
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes[at++] = (buffer >>> (bits - 8)) & 0xff;
      bits -= 8;
    }
  }
  // What is left must be the zero padding of the last character, never a whole character.
  if (bits >= 5 || (buffer & ((1 << bits) - 1)) !== 0) return { error: 'bad-length' };
  return bytes;
}
