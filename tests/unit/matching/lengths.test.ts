/**
 * The stem lengths a compiled set holds (lib/matching/compiled.ts): `minLength` and `maxLength`
 * read a 256-bit set a word at a time; they answer as a bit-by-bit reading of `hasLength` does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasLength, maxLength, minLength } from '../../../lib/matching/compiled';

function bitsOf(lengths: readonly number[]): Uint32Array {
  const bits = new Uint32Array(8);
  for (const n of lengths) bits[n >>> 5]! |= 1 << (n & 31);
  return bits;
}

const slowMax = (bits: Uint32Array) => {
  for (let n = 255; n > 0; n--) if (hasLength(bits, n)) return n;
  return 0;
};
const slowMin = (bits: Uint32Array) => {
  for (let n = 1; n < 256; n++) if (hasLength(bits, n)) return n;
  return 0;
};

describe('minLength and maxLength', () => {
  it.each([
    ['none', [], 0, 0],
    ['length 0 alone (never a stem length)', [0], 0, 0],
    ['one', [7], 7, 7],
    ['0 and others', [0, 3, 12], 3, 12],
    ['word edges', [31, 32], 31, 32],
    ['the ends', [1, 255], 1, 255],
    ['the sign bit of a word', [63, 95], 63, 95],
  ])('%s', (_name, lengths, min, max) => {
    const bits = bitsOf(lengths);
    expect(minLength(bits)).toBe(min);
    expect(maxLength(bits)).toBe(max);
  });

  it('answer as reading every bit does, on random sets', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 255 }), { maxLength: 40 }),
        (lengths) => {
          const bits = bitsOf(lengths);
          expect(minLength(bits)).toBe(slowMin(bits));
          expect(maxLength(bits)).toBe(slowMax(bits));
        },
      ),
      { numRuns: 500 },
    );
  });
});
