/**
 * The shipped lists' record in storage (docs/architecture.md "The shipped lists in storage"). The
 * background stores the build's compiled shipped lists there, packed, so that the search guard gets
 * them in the one storage read it makes at `document_start` anyway, instead of carrying them in its
 * own script. Pure: the id of a packed set, and the check that a stored record is whole and is this
 * build's.
 */
import { crc32 } from '../setup-code/crc32';
import { fromBase64, isBase64 } from '../util/base64';

export const SHIPPED_KEY = 'shipped';

export interface ShippedRecord {
  /** `shippedId` of the packed bytes: names the build's set and checks that it arrived whole. */
  id: string;
  /** The packed set (lib/matching/packed.ts), base64. */
  packed: string;
}

/**
 * The id of a packed set: its CRC-32 as 8 hex digits. Each build compiles the lists with a fresh
 * key, so two builds' ids differ (but for a 1-in-4-billion chance), and a record damaged in
 * storage no longer has its id.
 */
export function shippedId(packed: Uint8Array): string {
  return crc32(packed).toString(16).padStart(8, '0');
}

/**
 * The packed bytes of a stored record when it is the set with id `id` and arrived whole; null for
 * anything else (none stored, another build's, damaged, not a record at all).
 */
export function readShipped(raw: unknown, id: string): Uint8Array | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Record<keyof ShippedRecord, unknown>>;
  if (r.id !== id || typeof r.packed !== 'string' || !isBase64(r.packed)) return null;
  const bytes = fromBase64(r.packed);
  return shippedId(bytes) === id ? bytes : null;
}
