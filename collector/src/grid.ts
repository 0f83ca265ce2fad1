/**
 * The publication grid (DESIGN.md "Anonymous reach — exactly"): counts are published only per
 * calendar day or ISO week, a cell with fewer than 10 reports is suppressed entirely, every other
 * number is rounded to the nearest 5. Pure; the stats API, the CSV and the dashboard all go
 * through here.
 */
import { COUNT_KEYS, addDays, daysBetween, isoWeekMonday } from '../../lib/reach/wire';

export type By = 'day' | 'week';

/** The most periods one query may span. */
export const MAX_PERIODS: Record<By, number> = { day: 366, week: 104 };
/** Below this many reports a cell is suppressed. */
export const MIN_REPORTS = 10;
/** Published numbers are rounded to a multiple of this. */
export const ROUND_TO = 5;

export const CELL_KEYS = ['reports', ...COUNT_KEYS] as const;
export type CellKey = (typeof CELL_KEYS)[number];

/** Raw sums for one period (or one day, as stored). */
export type Cell = Record<CellKey, number>;
/** One stored day's sums. */
export type DailyRow = Cell & { day: string };
/** A cell as published: every field a multiple of 5, or all null. */
export type PublishedCell = Record<CellKey, number | null>;
export type PublishedRow = PublishedCell & { period: string };

export const emptyCell = (): Cell => ({
  reports: 0,
  shown: 0,
  help: 0,
  selfhelp: 0,
  safe: 0,
  continued: 0,
  pause: 0,
});

/** The start of the period `day` falls in. */
export function periodOf(day: string, by: By): string {
  return by === 'week' ? isoWeekMonday(day) : day;
}

/** The last day of the period starting at `start`. */
export function periodEnd(start: string, by: By): string {
  return by === 'week' ? addDays(start, 6) : start;
}

export type Range = { from: string; to: string; by: By; periods: string[] };

/**
 * A range snapped to the grid: `from` down to its period start, `to` up to its period end, with
 * the start of every period in it, ascending. Refused (with a reason) when from > to or when it
 * spans more than MAX_PERIODS[by].
 */
export function snapRange(
  from: string,
  to: string,
  by: By,
): { ok: true; range: Range } | { ok: false; reason: string } {
  if (from > to) return { ok: false, reason: 'from must not be after to' };
  const start = periodOf(from, by);
  const last = periodOf(to, by);
  const step = by === 'week' ? 7 : 1;
  const count = daysBetween(start, last) / step + 1;
  if (count > MAX_PERIODS[by])
    return {
      ok: false,
      reason: `range must span at most ${MAX_PERIODS[by]} ${by === 'week' ? 'weeks' : 'days'}`,
    };
  const periods: string[] = [];
  for (let p = start; p <= last; p = addDays(p, step)) periods.push(p);
  return { ok: true, range: { from: start, to: periodEnd(last, by), by, periods } };
}

/** Sums daily rows into the range's periods; every period present, empty ones all zero. */
export function aggregate(rows: Iterable<DailyRow>, range: Range): Map<string, Cell> {
  const cells = new Map<string, Cell>();
  for (const p of range.periods) cells.set(p, emptyCell());
  for (const row of rows) {
    const cell = cells.get(periodOf(row.day, range.by));
    if (!cell) continue; // outside the range
    for (const k of CELL_KEYS) cell[k] += row[k];
  }
  return cells;
}

/** Rounded to the nearest multiple of ROUND_TO. */
export const round5 = (n: number) => Math.round(n / ROUND_TO) * ROUND_TO;

/** Whether a cell is published at all. */
export const isPublished = (cell: Cell) => cell.reports >= MIN_REPORTS;

/** One cell as published: all null under MIN_REPORTS reports, else every number rounded. */
export function publish(cell: Cell): PublishedCell {
  const out = {} as PublishedCell;
  const shown = isPublished(cell);
  for (const k of CELL_KEYS) out[k] = shown ? round5(cell[k]) : null;
  return out;
}

/** Daily rows → one published row per period of the range, ascending. */
export function publishRange(rows: Iterable<DailyRow>, range: Range): PublishedRow[] {
  return [...aggregate(rows, range)].map(([period, cell]) => ({ period, ...publish(cell) }));
}
