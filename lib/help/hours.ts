/**
 * Opening hours as text for the help page. Only verified hours are written out; the page says
 * "see the website" for the rest (shared/HELP-FACTS.md). Whether a line is open now: `open-now.ts`.
 */
import { WEEKDAYS, type TimeRange, type Weekday } from './resources';

// 2024-01-01 was a Monday: the reference week for weekday names.
const MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

function dayName(day: Weekday, locale: string): string {
  const index = WEEKDAYS.indexOf(day);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' }).format(
    new Date(MONDAY + index * DAY_MS),
  );
}

/** `['mon','tue','wed']` → "Mon–Wed"; days that do not follow each other are listed. */
export function formatDays(days: readonly Weekday[], locale: string): string {
  const sorted = [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b));
  const runs: Weekday[][] = [];
  for (const day of sorted) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && WEEKDAYS.indexOf(day) === WEEKDAYS.indexOf(last) + 1) run.push(day);
    else runs.push([day]);
  }
  return runs
    .map((run) =>
      run.length > 2
        ? `${dayName(run[0]!, locale)}–${dayName(run[run.length - 1]!, locale)}`
        : run.map((d) => dayName(d, locale)).join(', '),
    )
    .join(', ');
}

/** Weekly ranges as one line: "Mon–Fri 09:00–22:00 · Sat, Sun 10:30–19:00". */
export function formatRanges(ranges: readonly TimeRange[], locale: string): string {
  return ranges.map((r) => `${formatDays(r.days, locale)} ${r.from}–${r.to}`).join(' · ');
}

/** `Europe/Amsterdam` → `Amsterdam`: the city people know the time zone by. */
export function timeZoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
}
