/**
 * Writes and reads the local daily counters (lib/counters). Runs in extension contexts only
 * (background, extension pages): content scripts ask the background (`keerpunt:count`).
 *
 * One writer per context: every increment runs under a Web Lock, so concurrent events are never
 * lost. Chrome's split incognito copy does not share Web Locks with the normal one, so each
 * context has its own storage key and readers sum them.
 */
import {
  dayKey,
  increment,
  parseCounterRecord,
  sumRecords,
  type CountEvent,
  type CounterRecord,
} from '@/lib/counters/daily';

const PREFIX = 'counts:';
const CONTEXTS = ['normal', 'incognito'] as const;

function contextKey(): string {
  return PREFIX + (browser.extension?.inIncognitoContext ? 'incognito' : 'normal');
}

/**
 * Adds one `event` to today's count of this context, and to `variant`'s count when the event is
 * one counted per message variant (shown, help, self-help).
 */
export async function recordEvent(
  event: CountEvent,
  { variant, now = new Date() }: { variant?: string; now?: Date } = {},
): Promise<void> {
  const key = contextKey();
  await navigator.locks.request(`keerpunt:${key}`, async () => {
    const stored = await browser.storage.local.get(key);
    const next = increment(parseCounterRecord(stored[key]), dayKey(now), event, variant);
    await browser.storage.local.set({ [key]: next });
  });
}

/** All contexts' counts, summed. */
export async function readCounts(): Promise<CounterRecord> {
  const keys = CONTEXTS.map((c) => PREFIX + c);
  const stored = await browser.storage.local.get(keys);
  return sumRecords(keys.map((k) => parseCounterRecord(stored[k])));
}
