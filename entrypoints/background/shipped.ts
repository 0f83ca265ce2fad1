/**
 * The shipped lists for the search guard (lib/settings/shipped.ts): stored on install, update and
 * browser start when storage does not hold this build's set whole, and handed to a guard that
 * found none (the first pages after an update, a damaged or removed record), which stores it again.
 */
import { compiled, id } from 'virtual:keerpunt-shipped-lists';
import { readShipped, SHIPPED_KEY, type ShippedRecord } from '@/lib/settings/shipped';

export const SHIPPED: ShippedRecord = { id, packed: compiled };

/** Writes this build's set unless storage already holds it whole. */
export async function storeShippedLists(): Promise<void> {
  const stored = await browser.storage.local.get(SHIPPED_KEY);
  if (readShipped(stored[SHIPPED_KEY], id)) return;
  await browser.storage.local.set({ [SHIPPED_KEY]: SHIPPED });
}

/** A guard's request: the set at once, and stored again for the pages after it. */
export function shippedForGuard(): Promise<ShippedRecord> {
  void storeShippedLists().catch(() => undefined);
  return Promise.resolve(SHIPPED);
}
