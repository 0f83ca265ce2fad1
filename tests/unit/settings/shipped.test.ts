import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWhole, readShipped, shippedId } from '../../../lib/settings/shipped';
import { toBase64 } from '../../../lib/util/base64';

const bytes = new Uint8Array([75, 80, 76, 49, 1, 2, 3, 250, 0, 9]);
const id = shippedId(bytes);
const record = { id, set: toBase64(bytes) };

/** The same hash written out plainly, byte by byte through a DataView: the reference. */
function reference(bytes: Uint8Array): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const whole = bytes.length - (bytes.length % 4);
  let h = (0x811c9dc5 ^ bytes.length) >>> 0;
  const step = (v: number) => {
    h = Number((BigInt((h ^ v) >>> 0) * 0x01000193n) % 0x100000000n);
  };
  for (let i = 0; i < whole; i += 4) step(view.getUint32(i, true));
  for (let i = whole; i < bytes.length; i++) step(bytes[i]!);
  return h.toString(16).padStart(8, '0');
}

describe('shippedId', () => {
  it('is 8 hex digits, the reference hash, at every length and alignment', () => {
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(3), (data, offset) => {
        const shifted = new Uint8Array(data.length + offset);
        shifted.set(data, offset);
        const view = shifted.subarray(offset);
        expect(shippedId(view)).toBe(reference(data));
        expect(shippedId(data)).toBe(reference(data));
      }),
    );
  });

  it('changes with any one byte changed, and with the length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (data, at, xor) => {
          const changed = new Uint8Array(data);
          const i = at % data.length;
          changed[i] = changed[i]! ^ xor;
          expect(shippedId(changed)).not.toBe(shippedId(data));
        },
      ),
    );
    expect(shippedId(new Uint8Array(8))).not.toBe(shippedId(new Uint8Array(9)));
    expect(shippedId(new Uint8Array(0))).not.toBe(shippedId(new Uint8Array(4)));
  });
});

describe('readShipped (the guard, before the page may paint)', () => {
  it('gives the bytes of a record with the expected id', () => {
    expect(readShipped(record, id)).toEqual(bytes);
  });

  it("refuses another build's set", () => {
    const other = new Uint8Array([...bytes, 7]);
    expect(readShipped({ id: shippedId(other), set: toBase64(other) }, id)).toBeNull();
    expect(readShipped(record, shippedId(other))).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', record.set],
    ['a number', 7],
    ['an array', [id, record.set]],
    ['no id', { set: record.set }],
    ['a numeric id', { id: 1, set: record.set }],
    ['no bytes', { id }],
    ['bytes as an array', { id, set: [...bytes] }],
    ['the older field name', { id, packed: record.set }],
    ['not base64', { id, set: '@@@@' }],
    ['base64 of the wrong length', { id, set: record.set.slice(1) }],
  ])('refuses %s', (_, raw) => {
    expect(readShipped(raw, id)).toBeNull();
    expect(isWhole(raw, id)).toBe(false);
  });
});

describe('isWhole (the background)', () => {
  it('accepts the record as written', () => {
    expect(isWhole(record, id)).toBe(true);
  });

  it('refuses a record whose bytes no longer have its id, which readShipped lets through', () => {
    const damaged = new Uint8Array(bytes);
    damaged[5] = damaged[5]! ^ 1;
    const raw = { id, set: toBase64(damaged) };
    expect(readShipped(raw, id)).toEqual(damaged);
    expect(isWhole(raw, id)).toBe(false);
    expect(isWhole({ id, set: toBase64(bytes.subarray(0, 8)) }, id)).toBe(false);
  });
});
