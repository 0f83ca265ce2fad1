/**
 * Local, anonymous counting (DESIGN.md "The flow of one search", last step): one integer per
 * day per event, nothing else — no query, site, URL or time of day.
 *
 * Several writers that do not share a lock (Chrome's split incognito mode runs a second copy of
 * the extension) each keep their own record; readers sum them (`sumRecords`).
 */

/** What is counted. `help`: a helpline contact (phone, chat, e-mail, website) was used. */
export const COUNT_EVENTS = ['shown', 'help', 'selfhelp', 'safe'] as const;
export type CountEvent = (typeof COUNT_EVENTS)[number];

export type DayCounts = Partial<Record<CountEvent, number>>;

export interface CounterRecord {
  v: 1;
  /** Local calendar day `YYYY-MM-DD` → counts. */
  days: Record<string, DayCounts>;
}

/** Days kept; older ones are dropped when a new count is written. */
export const KEEP_DAYS = 400;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function isCountEvent(x: unknown): x is CountEvent {
  return typeof x === 'string' && (COUNT_EVENTS as readonly string[]).includes(x);
}

/** The local calendar day of `date`. */
export function dayKey(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function emptyRecord(): CounterRecord {
  return { v: 1, days: {} };
}

/**
 * A record from whatever storage held: unknown events, bad days and bad numbers are dropped,
 * the rest is kept (a corrupt value never loses the good counts beside it).
 */
export function parseCounterRecord(raw: unknown): CounterRecord {
  const out = emptyRecord();
  if (!raw || typeof raw !== 'object') return out;
  const days = (raw as { days?: unknown }).days;
  if (!days || typeof days !== 'object') return out;
  for (const [day, counts] of Object.entries(days as Record<string, unknown>)) {
    if (!DAY.test(day) || !counts || typeof counts !== 'object') continue;
    const clean: DayCounts = {};
    for (const [event, n] of Object.entries(counts as Record<string, unknown>)) {
      if (isCountEvent(event) && Number.isSafeInteger(n) && (n as number) > 0) {
        clean[event] = n as number;
      }
    }
    if (Object.keys(clean).length > 0) out.days[day] = clean;
  }
  return out;
}

/** The record with one more `event` on `day`, and days older than `KEEP_DAYS` before it dropped. */
export function increment(record: CounterRecord, day: string, event: CountEvent): CounterRecord {
  const oldest = shiftDay(day, -KEEP_DAYS);
  const days: Record<string, DayCounts> = {};
  for (const [d, counts] of Object.entries(record.days)) if (d > oldest) days[d] = { ...counts };
  const today = (days[day] ??= {});
  today[event] = (today[event] ?? 0) + 1;
  return { v: 1, days };
}

/** Several writers' records as one. */
export function sumRecords(records: readonly CounterRecord[]): CounterRecord {
  const out = emptyRecord();
  for (const record of records) {
    for (const [day, counts] of Object.entries(record.days)) {
      const target = (out.days[day] ??= {});
      for (const event of COUNT_EVENTS) {
        const n = counts[event];
        if (n) target[event] = (target[event] ?? 0) + n;
      }
    }
  }
  return out;
}

/** `day` moved by `delta` calendar days (UTC arithmetic on the date alone: no DST effects). */
export function shiftDay(day: string, delta: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return t.toISOString().slice(0, 10);
}
