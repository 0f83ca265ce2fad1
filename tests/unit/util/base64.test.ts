import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fromBase64, isBase64, toBase64 } from '../../../lib/util/base64';

const U8 = Uint8Array as unknown as { fromBase64?: (text: string) => Uint8Array };

afterEach(() => {
  delete U8.fromBase64;
});

describe('base64', () => {
  it('round-trips any bytes (the fallback decoder: Node 20 has no built-in one)', () => {
    expect(U8.fromBase64).toBeUndefined();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const text = toBase64(bytes);
        expect(isBase64(text)).toBe(true);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      { numRuns: 50 },
    );
  });

  it('uses the built-in decoder where the browser has one', () => {
    const bytes = new Uint8Array([0, 1, 254, 255, 128]);
    const native = vi.fn((text: string) => new Uint8Array(Buffer.from(text, 'base64')));
    U8.fromBase64 = native;
    expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    expect(native).toHaveBeenCalledOnce();
  });

  it('rejects what is not base64, with either decoder', () => {
    expect(() => fromBase64('a$b=')).toThrow();
    U8.fromBase64 = () => {
      throw new SyntaxError('not base64');
    };
    expect(() => fromBase64('a$b=')).toThrow(SyntaxError);
  });
});
