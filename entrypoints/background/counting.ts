/** Content scripts cannot share the extension's Web Locks: they ask here for a count. */
import { isCountEvent } from '@/lib/counters/daily';
import { recordEvent } from '@/utils/counters';

export interface CountMessage {
  type: 'keerpunt:count';
  event: string;
}

export function countFromMessage(message: unknown): Promise<void> | undefined {
  const m = message as Partial<CountMessage> | null;
  if (m?.type !== 'keerpunt:count' || !isCountEvent(m.event)) return undefined;
  return recordEvent(m.event);
}
