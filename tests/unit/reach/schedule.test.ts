import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterRefused,
  afterSent,
  backoff,
  BACKOFF_MAX_MS,
  DELAY_MAX_MS,
  DELAY_MIN_MS,
  dueDay,
  EMPTY_REACH_STATE,
  freshDays,
  MISSED_MS,
  noteDay,
  parseReachState,
  randomDelay,
  type ReachState,
} from '../../../lib/reach/schedule';

const T0 = Date.UTC(2026, 10, 22, 9, 0);
const half = () => 0.5;
const state = (s: Partial<ReachState> = {}): ReachState => ({
  ...EMPTY_REACH_STATE,
  queue: [],
  ...s,
});

describe('noteDay', () => {
  it('queues yesterday once on the first use of a day, with a random send time', () => {
    const s = noteDay(state(), '2026-11-22', T0, half);
    expect(s.queue).toEqual(['2026-11-21']);
    expect(s.seen).toBe('2026-11-22');
    expect(s.due).toBe(T0 + randomDelay(half));
    // A second wake-up the same day changes nothing.
    expect(noteDay(s, '2026-11-22', T0 + 3_600_000, () => 0.9)).toEqual(s);
  });

  it('queues one report per day used, not for days the browser was closed', () => {
    let s = noteDay(state(), '2026-11-18', T0, half);
    s = noteDay(s, '2026-11-22', T0 + 4 * 86_400_000, half);
    expect(s.queue).toEqual(['2026-11-17', '2026-11-21']);
  });

  it('never queues a day already sent', () => {
    const s = noteDay(state({ sent: '2026-11-21' }), '2026-11-22', T0, half);
    expect(s.queue).toEqual([]);
    expect(s.due).toBe(0);
  });

  it('drops days more than 7 days back', () => {
    const s = noteDay(
      state({ queue: ['2026-11-10', '2026-11-14', '2026-11-15'], seen: '2026-11-16', due: T0 }),
      '2026-11-22',
      T0,
      half,
    );
    expect(s.queue).toEqual(['2026-11-15', '2026-11-21']);
  });

  it('keeps a planned time, but draws a new one when it was missed while the browser was closed', () => {
    const planned = state({ queue: ['2026-11-21'], seen: '2026-11-22', due: T0 + 1000 });
    expect(noteDay(planned, '2026-11-22', T0, half).due).toBe(T0 + 1000);
    const missed = noteDay(planned, '2026-11-22', T0 + 1000 + MISSED_MS + 1, half);
    expect(missed.due).toBe(T0 + 1000 + MISSED_MS + 1 + randomDelay(half));
  });
});

describe('dueDay', () => {
  const s = state({ queue: ['2026-11-20', '2026-11-21'], seen: '2026-11-22', due: T0 });
  it('the oldest fresh day, once the time has come', () => {
    expect(dueDay(s, '2026-11-22', T0 - 1)).toBeNull();
    expect(dueDay(s, '2026-11-22', T0)).toBe('2026-11-20');
  });
  it('none when every queued day is too old', () => {
    expect(dueDay(state({ queue: ['2026-11-01'], due: T0 }), '2026-11-22', T0)).toBeNull();
  });
  it('never today itself', () => {
    expect(freshDays(['2026-11-22'], '2026-11-22')).toEqual([]);
  });
});

describe('after an attempt', () => {
  const s = state({
    queue: ['2026-11-20', '2026-11-21'],
    seen: '2026-11-22',
    due: T0,
    failures: 2,
  });
  it('sent: the day leaves the queue; the next waits its own random delay', () => {
    const next = afterSent(s, '2026-11-20', T0, half);
    expect(next).toMatchObject({ queue: ['2026-11-21'], sent: '2026-11-20', failures: 0 });
    expect(next.due).toBe(T0 + randomDelay(half));
    const last = afterSent(next, '2026-11-21', T0, half);
    expect(last).toMatchObject({ queue: [], sent: '2026-11-21', due: 0 });
  });
  it('refused: the day is not sent again, and not counted as sent', () => {
    const next = afterRefused(s, '2026-11-20', T0, half);
    expect(next).toMatchObject({ queue: ['2026-11-21'], sent: '', failures: 0 });
  });
  it('failed: the same day again after a growing backoff', () => {
    const next = afterFailure(s, T0, half);
    expect(next.queue).toEqual(s.queue);
    expect(next.failures).toBe(3);
    expect(next.due).toBe(T0 + backoff(3, half));
  });
});

describe('delays', () => {
  it('random delay stays within 1 minute to 4 hours', () => {
    expect(randomDelay(() => 0)).toBe(DELAY_MIN_MS);
    expect(randomDelay(() => 0.999999)).toBeLessThan(DELAY_MAX_MS);
  });
  it('backoff doubles from 5 minutes and stops at 12 hours, jitter ±20 %', () => {
    expect(backoff(1, half)).toBe(5 * 60_000);
    expect(backoff(2, half)).toBe(10 * 60_000);
    expect(backoff(3, half)).toBe(20 * 60_000);
    expect(backoff(30, half)).toBe(BACKOFF_MAX_MS);
    expect(backoff(1, () => 0)).toBe(4 * 60_000);
    expect(backoff(1, () => 1)).toBe(6 * 60_000);
  });
});

describe('parseReachState', () => {
  it('keeps a good state (queue sorted, without repeats)', () => {
    const raw = {
      v: 1,
      seen: '2026-11-22',
      queue: ['2026-11-21', '2026-11-20', '2026-11-21'],
      due: 5,
      failures: 1,
      sent: '',
    };
    expect(parseReachState(raw)).toEqual({ ...raw, queue: ['2026-11-20', '2026-11-21'] });
  });
  it.each([
    [undefined],
    ['x'],
    [{ v: 2, seen: '', queue: [], due: 0, failures: 0, sent: '' }],
    [{ v: 1, seen: 'yesterday', queue: [], due: 0, failures: 0, sent: '' }],
    [{ v: 1, seen: '', queue: ['soon'], due: 0, failures: 0, sent: '' }],
    [{ v: 1, seen: '', queue: [], due: 'x', failures: 0, sent: '' }],
    [{ v: 1, seen: '', queue: [], due: 0, failures: -1, sent: '' }],
  ])('a damaged %j starts over empty', (raw) => {
    expect(parseReachState(raw)).toEqual(EMPTY_REACH_STATE);
  });
});
