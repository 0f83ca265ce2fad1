/**
 * Local, anonymous counting (DESIGN.md "The flow of one search", last step): one integer per
 * day per event, nothing else — no query, site, URL or time of day.
 *
 * Several writers that do not share a lock (Chrome's split incognito mode runs a second copy of
 * the extension) each keep their own record; readers sum them (`sumRecords`).
 */

/**
 * What is counted (the names of DESIGN.md "Anonymous reach"). `help`: a helpline contact (phone,
 * chat, e-mail, website) was used; `continued`: went on to the results (pause and gentle modes);
 * `pause`: the one-minute breathing exercise was done to the end.
 */
export const COUNT_EVENTS = ['shown', 'help', 'selfhelp', 'safe', 'continued', 'pause'] as const;
export type CountEvent = (typeof COUNT_EVENTS)[number];

/** Per message variant, only whether it was shown and whether help was used after it. */
export const VARIANT_EVENTS = ['shown', 'help', 'selfhelp'] as const;
export type VariantEvent = (typeof VARIANT_EVENTS)[number];
export type VariantCounts = Partial<Record<VariantEvent, number>>;

export type DayCounts = Partial<Record<CountEvent, number>> & {
  /** Variant id → its counts. */
  variants?: Record<string, VariantCounts>;
};

/** Variant ids as they may be stored: short lowercase names (`legal`, `care`). */
const VARIANT_ID = /^[a-z][a-z0-9-]{0,15}$/;

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
      if (isCountEvent(event) && isCount(n)) clean[event] = n;
    }
    const variants = (counts as { variants?: unknown }).variants;
    if (variants && typeof variants === 'object') {
      for (const [id, vc] of Object.entries(variants as Record<string, unknown>)) {
        if (!VARIANT_ID.test(id) || !vc || typeof vc !== 'object') continue;
        const cleanVariant: VariantCounts = {};
        for (const event of VARIANT_EVENTS) {
          const n = (vc as Record<string, unknown>)[event];
          if (isCount(n)) cleanVariant[event] = n;
        }
        if (Object.keys(cleanVariant).length > 0) (clean.variants ??= {})[id] = cleanVariant;
      }
    }
    if (Object.keys(clean).length > 0) out.days[day] = clean;
  }
  return out;
}

function isCount(n: unknown): n is number {
  return Number.isSafeInteger(n) && (n as number) > 0;
}

/**
 * The record with one more `event` on `day` (and, for a variant event with `variant` given, one
 * more for that variant), and days older than `KEEP_DAYS` before it dropped.
 */
export function increment(
  record: CounterRecord,
  day: string,
  event: CountEvent,
  variant?: string,
): CounterRecord {
  const oldest = shiftDay(day, -KEEP_DAYS);
  const days: Record<string, DayCounts> = {};
  for (const [d, counts] of Object.entries(record.days)) {
    if (d > oldest) days[d] = copyDay(counts);
  }
  const today = (days[day] ??= {});
  today[event] = (today[event] ?? 0) + 1;
  if (variant !== undefined && VARIANT_ID.test(variant) && isVariantEvent(event)) {
    const v = ((today.variants ??= {})[variant] ??= {});
    v[event] = (v[event] ?? 0) + 1;
  }
  return { v: 1, days };
}

function isVariantEvent(event: CountEvent): event is VariantEvent {
  return (VARIANT_EVENTS as readonly string[]).includes(event);
}

function copyDay(counts: DayCounts): DayCounts {
  const copy: DayCounts = { ...counts };
  if (counts.variants) {
    copy.variants = {};
    for (const [id, vc] of Object.entries(counts.variants)) copy.variants[id] = { ...vc };
  }
  return copy;
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
      for (const [id, vc] of Object.entries(counts.variants ?? {})) {
        const v = ((target.variants ??= {})[id] ??= {});
        for (const event of VARIANT_EVENTS) {
          const n = vc[event];
          if (n) v[event] = (v[event] ?? 0) + n;
        }
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
