/**
 * The shipped lists for the search guard (lib/settings/shipped.ts), in the compiled form the guard
 * loads without rebuilding: stored on install, update and browser start, and whenever the record
 * changes, unless storage holds this build's set whole; and handed to a guard that found none (the
 * first pages after an update, a record removed or damaged), which stores it again.
 */
import { compiled, id } from 'virtual:keerpunt-shipped-lists';
import { serialize } from '@/lib/matching';
import { unpack } from '@/lib/matching/packed';
import { isWhole, SHIPPED_KEY, type ShippedRecord } from '@/lib/settings/shipped';
import { fromBase64, toBase64 } from '@/lib/util/base64';

let record: ShippedRecord | null = null;

/** This build's record: its set (bundled packed, the smaller form) in the form the guard loads. */
export function shippedRecord(): ShippedRecord {
  return (record ??= { id, set: toBase64(serialize(unpack(fromBase64(compiled)))) });
}

/** Writes this build's set unless `stored` (the record as it is now) holds it whole. */
export async function keepShippedLists(stored: unknown): Promise<void> {
  if (isWhole(stored, id)) return;
  await browser.storage.local.set({ [SHIPPED_KEY]: shippedRecord() });
}

/** Writes this build's set unless storage already holds it whole. */
export async function storeShippedLists(): Promise<void> {
  await keepShippedLists((await browser.storage.local.get(SHIPPED_KEY))[SHIPPED_KEY]);
}

/** A guard's request: the set at once, and stored again for the pages after it. */
export function shippedForGuard(): Promise<ShippedRecord> {
  void storeShippedLists().catch(() => undefined);
  return Promise.resolve(shippedRecord());
}
