/**
 * The shipped lists' record in storage (docs/architecture.md "The shipped lists in storage"). The
 * background stores the build's compiled shipped lists there, in the compiled form `load` reads
 * without rebuilding (lib/matching/compiled.ts), so that the search guard gets them in the one
 * storage read it makes at `document_start` anyway, instead of carrying them in its own script.
 * Pure: the id of a compiled set, the guard's quick read of a record and the background's whole
 * check of one.
 */
import { fromBase64 } from '../util/base64';

export { SHIPPED_KEY } from './keys';

export interface ShippedRecord {
  /** `shippedId` of the set's bytes: names the build's set and checks that it is whole. */
  id: string;
  /** The compiled set (`serialize`), base64. */
  set: string;
}

/**
 * The id of a compiled set: a 32-bit FNV-1a-style hash over its little-endian 32-bit words (then
 * its last bytes), as 8 hex digits. Each build compiles the lists with a fresh key, so two builds'
 * ids differ (but for a 1-in-4-billion chance), and a set damaged in storage no longer has its
 * id: each step is a bijection of the running hash for a given word and of the word for a given
 * hash, so a set that differs in one word (or one byte) always hashes differently.
 */
export function shippedId(bytes: Uint8Array): string {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.length >>> 2);
  let h = 0x811c9dc5 ^ aligned.length;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ words[i]!, 0x01000193);
  for (let i = words.length * 4; i < aligned.length; i++)
    h = Math.imul(h ^ aligned[i]!, 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * The guard's read, before the page may paint: the set's bytes when the record names the set `id`
 * (this build's) and holds base64; null for anything else (none stored, another build's, not a
 * record). `load` then checks the form. The bytes are not hashed here: that would cost the page
 * ~1 ms of code not yet optimized (bench/e2e/README.md); the background checks the record whole
 * (`isWhole`) whenever it changes, at browser start, on install and update, and when a guard asks.
 */
export function readShipped(raw: unknown, id: string): Uint8Array | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Partial<Record<keyof ShippedRecord, unknown>>;
  if (r.id !== id || typeof r.set !== 'string') return null;
  try {
    return fromBase64(r.set); // not checked with isBase64 first: the decoders refuse bad input
  } catch {
    return null;
  }
}

/** The background's check: the record is the set `id` and its bytes still have that id. */
export function isWhole(raw: unknown, id: string): boolean {
  const bytes = readShipped(raw, id);
  return bytes !== null && shippedId(bytes) === id;
}
