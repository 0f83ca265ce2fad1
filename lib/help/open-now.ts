/**
 * Is a helpline open now, and when does that change? (DESIGN.md "Help content".) Pure: the hours
 * are data in the line's own IANA time zone, `now` is an instant, and wall-clock times come from
 * `Intl.DateTimeFormat` with `timeZone` (no date library).
 *
 * How the data is read:
 * - A range `{ days, from, to }` opens at `from` on each of `days`, on the line's wall clock.
 *   `to` may be `24:00` (until midnight). A `to` earlier than `from` runs past midnight: `fri
 *   22:00–02:00` closes on Saturday at 02:00. `from === to` means nothing and is ignored (the data
 *   tests forbid it). Ranges that touch or overlap are one opening: `fri 20:00–24:00` and
 *   `sat 00:00–02:00` are open from Friday 20:00 until Saturday 02:00.
 * - Daylight-saving changes are read on the line's wall clock, as Temporal's `compatible`
 *   disambiguation does: a time that does not exist that day (02:30 when clocks jump from 02:00 to
 *   03:00) is moved forward by the jump (03:30); a time that happens twice (02:30 when clocks go
 *   back) is the first one.
 * - Public holidays are not modelled: on a holiday the line may be closed while this says open.
 *   The page says so softly next to the hours.
 * - Whether hours are verified is not looked at here: the page decides the wording.
 *
 * The person's own time zone is a parameter of the formatters; the page reads it from the browser.
 */
import type { Language } from '../settings/settings';
import { t } from './messages';
import { WEEKDAYS, type OpeningHours, type TimeRange } from './resources';

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** What a line's hours say about `now`. */
export type OpenState =
  | { state: 'always' }
  | { state: 'open'; closesAt: Date }
  /** `opensAt` is `null` only for weekly hours without a single range. */
  | { state: 'closed'; opensAt: Date | null };

/** Wall-clock parts of an instant in a time zone. */
interface Wall {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function wallClock(instant: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of wallFormatter(timeZone).formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    // Some engines write midnight as 24 even with `h23`.
    hour: parts.hour! % 24,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The wall clock of `instant` in `timeZone`, as milliseconds of a UTC date with those parts. */
function wallMs(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
}

/** The zone's offset from UTC at `instant`, in milliseconds (+1 h for Amsterdam in winter). */
function offsetAt(instant: number, timeZone: string): number {
  const whole = instant - (((instant % 1000) + 1000) % 1000);
  return wallMs(whole, timeZone) - whole;
}

/**
 * The instant at which the wall clock in `timeZone` shows `local` (wall-clock parts written as a
 * UTC timestamp). A time in a spring-forward gap moves forward by the gap; a repeated time in an
 * autumn fold is the first one. Assumes at most one offset change within a day either side, which
 * holds for every real zone.
 */
export function zonedInstant(local: number, timeZone: string): number {
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const fits = [before, after]
    .map((offset) => local - offset)
    .filter((instant) => wallMs(instant, timeZone) === local)
    .sort((a, b) => a - b);
  if (fits.length > 0) return fits[0]!;
  // In a gap: the offset from before the change puts the time that far past the jump.
  return local - before;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Monday = 0 … Sunday = 6, for a UTC timestamp of a calendar date. */
function weekdayIndex(dateMs: number): number {
  return (new Date(dateMs).getUTCDay() + 6) % 7;
}

interface Interval {
  start: number;
  end: number;
}

/** The openings of `ranges` on the line's local dates from `firstDay` for `days` days, merged. */
function openings(
  ranges: readonly TimeRange[],
  timeZone: string,
  firstDay: number,
  days: number,
): Interval[] {
  const out: Interval[] = [];
  for (let k = 0; k < days; k++) {
    const date = firstDay + k * DAY_MS;
    const weekday = WEEKDAYS[weekdayIndex(date)]!;
    for (const range of ranges) {
      if (!range.days.includes(weekday)) continue;
      const from = minutesOf(range.from);
      let to = minutesOf(range.to);
      if (to === from) continue;
      if (to < from) to += 24 * 60;
      out.push({
        start: zonedInstant(date + from * MINUTE_MS, timeZone),
        end: zonedInstant(date + to * MINUTE_MS, timeZone),
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const i of out) {
    const last = merged[merged.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else merged.push({ ...i });
  }
  return merged;
}

/**
 * Whether a line with `hours` is open at `now`: until when, or when it opens next.
 * Verification is not looked at (see the module comment).
 */
export function openState(hours: OpeningHours, now: Date): OpenState {
  if (hours.kind === 'always') return { state: 'always' };
  const at = now.getTime();
  const today = wallClock(at, hours.timeZone);
  const todayMs = Date.UTC(today.year, today.month - 1, today.day);
  // From yesterday (an opening past midnight may still run) to a week and a day ahead: a weekly
  // schedule always opens within that window if it opens at all.
  const firstDay = todayMs - DAY_MS;
  const days = 10;
  const windowEnd = zonedInstant(firstDay + days * DAY_MS, hours.timeZone);
  const list = openings(hours.ranges, hours.timeZone, firstDay, days);
  const current = list.find((i) => i.start <= at && at < i.end);
  if (current) {
    // Open without a break for more than a week: the schedule covers every hour.
    if (current.end >= windowEnd) return { state: 'always' };
    return { state: 'open', closesAt: new Date(current.end) };
  }
  const next = list.find((i) => i.start > at);
  return { state: 'closed', opensAt: next ? new Date(next.start) : null };
}

/** When `state` changes next (closing or opening), or `null` when it never does. */
export function nextChange(state: OpenState): Date | null {
  if (state.state === 'open') return state.closesAt;
  if (state.state === 'closed') return state.opensAt;
  return null;
}

/** `HH:MM` (24-hour clock, as the hours are written) of `at` on the wall clock of `timeZone`. */
export function formatTime(at: Date, timeZone: string): string {
  const w = wallClock(at.getTime(), timeZone);
  return `${String(w.hour).padStart(2, '0')}:${String(w.minute).padStart(2, '0')}`;
}

/** Calendar days from `now` to `at`, both on the wall clock of `timeZone` (0 = the same day). */
export function daysBetween(now: Date, at: Date, timeZone: string): number {
  const a = wallClock(now.getTime(), timeZone);
  const b = wallClock(at.getTime(), timeZone);
  return Math.round(
    (Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS,
  );
}

/**
 * `at` in the person's own time zone and language, relative to `now`: "today at 09:00",
 * "tomorrow at 10:30", "Tuesday at 15:00", and "next Tuesday at 15:00" a week or more ahead.
 * Meant after "opens" in a sentence (the page's messages hold the rest).
 */
export function formatWhen(at: Date, now: Date, language: Language, timeZone: string): string {
  const time = formatTime(at, timeZone);
  const diff = daysBetween(now, at, timeZone);
  if (diff === 0) return t(language, 'whenToday', { time });
  if (diff === 1) return t(language, 'whenTomorrow', { time });
  const day = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone }).format(at);
  return t(language, diff >= 7 ? 'whenNextWeek' : 'whenWeekday', { day, time });
}

/** Like `formatWhen`, but only the time when `at` is later the same day ("until 22:00"). */
export function formatUntil(at: Date, now: Date, language: Language, timeZone: string): string {
  return daysBetween(now, at, timeZone) === 0
    ? formatTime(at, timeZone)
    : formatWhen(at, now, language, timeZone);
}
