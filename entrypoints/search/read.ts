/**
 * The search guard's one storage read: the shipped lists, the person's record and settings
 * (guard.ts), in one `storage.local.get`, which costs the same as one of them.
 *
 * Nothing here but the read and the keys (lib/settings/keys.ts): index.ts imports `firstRead`
 * before anything else, so the read is on its way from the script's first line and its ~10 ms
 * round trip runs beside the rest of the script's start (its modules' top level, hiding the page,
 * the listeners) instead of after it (bench/e2e/README.md "Started at the first line").
 */
import { GUARD_KEY, SETTINGS_KEY, SHIPPED_KEY } from '@/lib/settings/keys';

export function readRecords(): Promise<Record<string, unknown>> {
  // Awaited in Guard.start(); an invalidated context (extension updated) fails, handled there.
  try {
    const read = browser.storage.local.get([SHIPPED_KEY, GUARD_KEY, SETTINGS_KEY]);
    read.catch(() => undefined);
    return read;
  } catch (error) {
    return Promise.reject(error);
  }
}
