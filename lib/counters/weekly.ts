/**
 * The daily counts (daily.ts) as ISO weeks, for the person's own progress page and the summary they
 * may choose to bring to a therapist. Nothing finer than a week leaves this module.
 *
 * ISO 8601 weeks: Monday to Sunday; week 1 is the week with the year's first Thursday, so a week
 * belongs to the year of its Thursday (2026-12-28 … 2027-01-03 is 2026-W53; 2027-01-04 starts
 * 2027-W01). Days are local calendar days (`YYYY-MM-DD`), computed as dates alone (no DST effects).
 */
import { shiftDay, type CounterRecord } from './daily';

/** One week's sums. `help` (a helpline contact) and `selfhelp` stay apart; see `helpUsed`. */
export interface WeekCounts {
  /** ISO week id, `2026-W03`. */
  id: string;
  /** ISO week-numbering year (the year of the week's Thursday). */
  year: number;
  /** ISO week number, 1–53. */
  week: number;
  /** Monday, `YYYY-MM-DD`. */
  start: string;
  /** Sunday, `YYYY-MM-DD`. */
  end: string;
  /** Help shown for a caught search. */
  shown: number;
  /** A helpline contact (phone, chat, e-mail, website) used. */
  help: number;
  /** A self-help module opened. */
  selfhelp: number;
  /** The one-minute breathing pause done to the end. */
  pause: number;
}

/** The weeks a person can choose to look at. */
export const WEEK_CHOICES = [8, 12] as const;
export type WeekChoice = (typeof WEEK_CHOICES)[number];

/** "Help used": a helpline contact or a self-help module. */
export function helpUsed(w: Pick<WeekCounts, 'help' | 'selfhelp'>): number {
  return w.help + w.selfhelp;
}

/** True when `day` is a real calendar day written as `YYYY-MM-DD`. */
export function isDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && shiftDay(day, 0) === day;
}

/** Day of the week, Monday 0 … Sunday 6. */
function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7;
}

/** The Monday of `day`'s ISO week. */
export function mondayOf(day: string): string {
  return shiftDay(day, -weekday(day));
}

/** `day`'s ISO week: year, number and id (`2026-W53`). */
export function isoWeek(day: string): { year: number; week: number; id: string } {
  const thursday = shiftDay(mondayOf(day), 3);
  const year = Number(thursday.slice(0, 4));
  const ordinal = daysBetween(`${year}-01-01`, thursday) + 1;
  const week = Math.floor((ordinal - 1) / 7) + 1;
  return { year, week, id: `${year}-W${String(week).padStart(2, '0')}` };
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
function daysBetween(a: string, b: string): number {
  const t = (day: string) => {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/**
 * The last `weeks` ISO weeks up to and including the week of `today`, oldest first, each with its
 * sums; weeks without counts are zeros. Days before the first Monday or after the last Sunday, and
 * keys that are not real days, are left out.
 */
export function weeklyCounts(record: CounterRecord, today: string, weeks: number): WeekCounts[] {
  const count = Math.max(0, Math.floor(weeks));
  const firstMonday = shiftDay(mondayOf(today), -7 * (count - 1));
  const out: WeekCounts[] = [];
  for (let i = 0; i < count; i++) {
    const start = shiftDay(firstMonday, 7 * i);
    const { year, week, id } = isoWeek(start);
    out.push({
      id,
      year,
      week,
      start,
      end: shiftDay(start, 6),
      shown: 0,
      help: 0,
      selfhelp: 0,
      pause: 0,
    });
  }
  if (count === 0) return out;
  for (const [day, counts] of Object.entries(record.days)) {
    if (!isDay(day)) continue;
    const offset = daysBetween(firstMonday, day);
    const target = out[Math.floor(offset / 7)];
    if (offset < 0 || !target) continue;
    target.shown += counts.shown ?? 0;
    target.help += counts.help ?? 0;
    target.selfhelp += counts.selfhelp ?? 0;
    target.pause += counts.pause ?? 0;
  }
  return out;
}

/** The sums over several weeks. */
export function totals(
  weeks: readonly WeekCounts[],
): Pick<WeekCounts, 'shown' | 'help' | 'selfhelp' | 'pause'> {
  const sum = { shown: 0, help: 0, selfhelp: 0, pause: 0 };
  for (const w of weeks) {
    sum.shown += w.shown;
    sum.help += w.help;
    sum.selfhelp += w.selfhelp;
    sum.pause += w.pause;
  }
  return sum;
}
