/**
 * When the anonymous reach report goes out (DESIGN.md "Anonymous reach — exactly"). Pure: the
 * background's sender (entrypoints/background/reach.ts) keeps a `ReachState` in storage and asks
 * these functions what to do; time and randomness come in as arguments, so tests control them.
 *
 * Once per day the browser is used, the previous day's report joins the queue, to be sent at a
 * random moment 1 minute to 4 hours later (so the time of sending says nothing about the day's
 * use). A failure waits 5 minutes, then 10, 20, … up to 12 hours, each with jitter; a report for a
 * day more than 7 days back is dropped unsent. One report is sent at a time; the next one waits
 * its own random delay, so reports for several days never leave together.
 */
import { shiftDay } from '../counters/daily';

export interface ReachState {
  v: 1;
  /** The last local day the browser was seen in use ('' = never). */
  seen: string;
  /** Days whose report waits to be sent, oldest first. */
  queue: string[];
  /** When the next attempt may run (ms since the epoch); 0 = nothing planned. */
  due: number;
  /** Failed attempts in a row (for the backoff). */
  failures: number;
  /** The last day whose report the collector took ('' = none yet). */
  sent: string;
}

export const EMPTY_REACH_STATE: ReachState = {
  v: 1,
  seen: '',
  queue: [],
  due: 0,
  failures: 0,
  sent: '',
};

/** Reports for days further back than this are dropped unsent. */
export const MAX_AGE_DAYS = 7;
export const DELAY_MIN_MS = 60_000;
export const DELAY_MAX_MS = 4 * 3_600_000;
export const BACKOFF_FIRST_MS = 5 * 60_000;
export const BACKOFF_MAX_MS = 12 * 3_600_000;
/**
 * A send time passed longer ago than this was missed while the browser was closed: a new random
 * time is drawn, so a report never leaves at the moment the browser starts.
 */
export const MISSED_MS = 10 * 60_000;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A state from whatever storage held; anything damaged starts over empty (nothing to lose). */
export function parseReachState(raw: unknown): ReachState {
  const r = raw as Partial<ReachState> | null;
  if (
    !r ||
    typeof r !== 'object' ||
    r.v !== 1 ||
    typeof r.seen !== 'string' ||
    (r.seen !== '' && !DAY.test(r.seen)) ||
    !Array.isArray(r.queue) ||
    !r.queue.every((d) => typeof d === 'string' && DAY.test(d)) ||
    !Number.isFinite(r.due) ||
    !Number.isInteger(r.failures) ||
    r.failures! < 0 ||
    typeof r.sent !== 'string' ||
    (r.sent !== '' && !DAY.test(r.sent))
  ) {
    return { ...EMPTY_REACH_STATE, queue: [] };
  }
  return {
    v: 1,
    seen: r.seen,
    queue: [...new Set(r.queue)].sort(),
    due: r.due!,
    failures: r.failures!,
    sent: r.sent,
  };
}

/** A random wait before a send, 1 minute to 4 hours. */
export function randomDelay(random: () => number): number {
  return DELAY_MIN_MS + Math.floor(random() * (DELAY_MAX_MS - DELAY_MIN_MS));
}

/** The wait after `failures` failures in a row: 5 min doubling to 12 h, ±20 % jitter. */
export function backoff(failures: number, random: () => number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

/** The queue without days too old to send (`today` is the local day). */
export function freshDays(queue: readonly string[], today: string): string[] {
  const oldest = shiftDay(today, -MAX_AGE_DAYS);
  return queue.filter((d) => d >= oldest && d < today);
}

/**
 * The browser is in use on `today`: the first time that day, yesterday's report is queued (zeros
 * included) and, when nothing is planned (or the planned time was missed), a random send time is
 * chosen.
 */
export function noteDay(
  state: ReachState,
  today: string,
  now: number,
  random: () => number,
): ReachState {
  const queue = freshDays(state.queue, today);
  if (state.seen !== today) {
    const yesterday = shiftDay(today, -1);
    if (yesterday > state.sent && !queue.includes(yesterday)) queue.push(yesterday);
    queue.sort();
  }
  const planned = state.due > 0 && now - state.due <= MISSED_MS;
  const due = queue.length === 0 ? 0 : planned ? state.due : now + randomDelay(random);
  return { ...state, seen: today, queue, due };
}

/** The day to send now, if one is due. */
export function dueDay(state: ReachState, today: string, now: number): string | null {
  if (state.due === 0 || state.due > now) return null;
  return freshDays(state.queue, today)[0] ?? null;
}

/** The collector took `day`'s report: the next one (if any) waits its own random delay. */
export function afterSent(
  state: ReachState,
  day: string,
  now: number,
  random: () => number,
): ReachState {
  const queue = state.queue.filter((d) => d !== day);
  return {
    ...state,
    queue,
    sent: day > state.sent ? day : state.sent,
    failures: 0,
    due: queue.length === 0 ? 0 : now + randomDelay(random),
  };
}

/** The collector refused `day`'s report as invalid (4xx other than 429): it is not sent again. */
export function afterRefused(
  state: ReachState,
  day: string,
  now: number,
  random: () => number,
): ReachState {
  const queue = state.queue.filter((d) => d !== day);
  return { ...state, queue, failures: 0, due: queue.length === 0 ? 0 : now + randomDelay(random) };
}

/** Offline, a server error or 429: the same report is tried again after the backoff. */
export function afterFailure(state: ReachState, now: number, random: () => number): ReachState {
  const failures = state.failures + 1;
  return { ...state, failures, due: now + backoff(failures, random) };
}
