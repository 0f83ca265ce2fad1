/** Dates and cells of the weekly table, shared by the page, the printed summary and the image. */
import { helpUsed, type WeekCounts } from '@/lib/counters/weekly';
import type { ProgressStrings } from './strings';

/** A `YYYY-MM-DD` day as a Date at UTC midnight (formatted in UTC, so no time zone shifts it). */
function utc(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** "12–18 Jan", "28 Dec – 3 Jan". */
export function weekDates(w: WeekCounts, s: ProgressStrings): string {
  const f = new Intl.DateTimeFormat(s.locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return f.formatRange(utc(w.start), utc(w.end));
}

/** "12 Jan", the Monday, under a bar. */
export function weekStart(w: WeekCounts, s: ProgressStrings): string {
  return new Intl.DateTimeFormat(s.locale, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(utc(w.start));
}

/** "12 January 2026 to 8 March 2026 (8 weeks)". */
export function periodText(weeks: readonly WeekCounts[], s: ProgressStrings): string {
  const first = weeks[0];
  const last = weeks[weeks.length - 1];
  if (!first || !last) return '';
  const f = new Intl.DateTimeFormat(s.locale, { dateStyle: 'long', timeZone: 'UTC' });
  return s.period(f.format(utc(first.start)), f.format(utc(last.end)), weeks.length);
}

export interface Row {
  /** "Week 3" */
  week: string;
  /** "12–18 Jan" */
  dates: string;
  shown: string;
  used: string;
  /** "helpline 2, self-help 1", or empty when no help was used. */
  breakdown: string;
  pause: string;
}

export function rowOf(w: WeekCounts, s: ProgressStrings): Row {
  const used = helpUsed(w);
  return {
    week: s.week(w.week),
    dates: weekDates(w, s),
    shown: String(w.shown),
    used: String(used),
    breakdown: used > 0 ? s.breakdown(w.help, w.selfhelp) : '',
    pause: String(w.pause),
  };
}
