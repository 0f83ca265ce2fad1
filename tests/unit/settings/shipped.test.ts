import { describe, expect, it } from 'vitest';
import { readShipped, shippedId } from '../../../lib/settings/shipped';
import { toBase64 } from '../../../lib/util/base64';

const bytes = new Uint8Array([75, 80, 76, 49, 1, 2, 3, 250, 0, 9]);
const id = shippedId(bytes);
const record = { id, packed: toBase64(bytes) };

describe('shippedId', () => {
  it('is the CRC-32 of the bytes as 8 hex digits', () => {
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    // The check value of CRC-32 (IEEE): "123456789" → cbf43926.
    expect(shippedId(new TextEncoder().encode('123456789'))).toBe('cbf43926');
    expect(shippedId(new Uint8Array([1]))).toBe('a505df1b');
  });
});

describe('readShipped', () => {
  it('gives the bytes of a whole record with the expected id', () => {
    expect(readShipped(record, id)).toEqual(bytes);
  });

  it("refuses another build's set", () => {
    const other = new Uint8Array([...bytes, 7]);
    expect(readShipped({ id: shippedId(other), packed: toBase64(other) }, id)).toBeNull();
    expect(readShipped(record, shippedId(other))).toBeNull();
  });

  it('refuses a record whose bytes no longer have its id', () => {
    const damaged = new Uint8Array(bytes);
    damaged[5] = damaged[5]! ^ 1;
    expect(readShipped({ id, packed: toBase64(damaged) }, id)).toBeNull();
    expect(readShipped({ id, packed: toBase64(bytes.subarray(0, 8)) }, id)).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', record.packed],
    ['a number', 7],
    ['an array', [id, record.packed]],
    ['no id', { packed: record.packed }],
    ['a numeric id', { id: 1, packed: record.packed }],
    ['no bytes', { id }],
    ['bytes as an array', { id, packed: [...bytes] }],
    ['not base64', { id, packed: '@@@@' }],
    ['base64 of the wrong length', { id, packed: record.packed.slice(1) }],
  ])('refuses %s', (_, raw) => {
    expect(readShipped(raw, id)).toBeNull();
  });
});
