import { describe, expect, it } from 'vitest';
import {
  aggregate,
  emptyCell,
  publish,
  publishRange,
  round5,
  snapRange,
  type DailyRow,
  type Range,
} from '../src/grid';

const row = (day: string, reports: number, shown = reports): DailyRow => ({
  ...emptyCell(),
  day,
  reports,
  shown,
});
const range = (from: string, to: string, by: 'day' | 'week'): Range => {
  const r = snapRange(from, to, by);
  if (!r.ok) throw new Error(r.reason);
  return r.range;
};

describe('snapRange', () => {
  it('lists every day of a day range', () => {
    expect(range('2026-11-20', '2026-11-22', 'day')).toEqual({
      from: '2026-11-20',
      to: '2026-11-22',
      by: 'day',
      periods: ['2026-11-20', '2026-11-21', '2026-11-22'],
    });
  });
  it('snaps weeks to ISO weeks: from down to Monday, to up to Sunday', () => {
    // 2026-11-11 is a Wednesday, 2026-11-17 a Tuesday.
    expect(range('2026-11-11', '2026-11-17', 'week')).toEqual({
      from: '2026-11-09',
      to: '2026-11-22',
      by: 'week',
      periods: ['2026-11-09', '2026-11-16'],
    });
  });
  it('crosses a year boundary by ISO week', () => {
    expect(range('2026-12-31', '2027-01-04', 'week').periods).toEqual(['2026-12-28', '2027-01-04']);
  });
  it('refuses from after to and too long ranges', () => {
    expect(snapRange('2026-11-22', '2026-11-21', 'day')).toEqual({
      ok: false,
      reason: 'from must not be after to',
    });
    expect(snapRange('2025-01-01', '2026-01-01', 'day').ok).toBe(true); // 366 days
    expect(snapRange('2025-01-01', '2026-01-02', 'day')).toEqual({
      ok: false,
      reason: 'range must span at most 366 days',
    });
    expect(range('2024-01-01', '2025-12-28', 'week').periods).toHaveLength(104);
    expect(snapRange('2024-01-01', '2025-12-29', 'week')).toEqual({
      ok: false,
      reason: 'range must span at most 104 weeks',
    });
  });
});

describe('aggregate and publish', () => {
  it('sums days into weeks and keeps empty periods', () => {
    const r = range('2026-11-09', '2026-11-29', 'week');
    const cells = aggregate(
      [row('2026-11-10', 3), row('2026-11-15', 4), row('2026-11-16', 20), row('2026-12-01', 99)],
      r,
    );
    expect([...cells].map(([p, c]) => [p, c.reports])).toEqual([
      ['2026-11-09', 7],
      ['2026-11-16', 20],
      ['2026-11-23', 0],
    ]);
  });
  it('suppresses cells under 10 reports entirely, reports too', () => {
    expect(publish({ ...emptyCell(), reports: 9, shown: 100 })).toEqual({
      reports: null,
      shown: null,
      help: null,
      selfhelp: null,
      safe: null,
      continued: null,
      pause: null,
    });
  });
  it('rounds every number of a published cell to the nearest 5', () => {
    expect(publish({ ...emptyCell(), reports: 12, shown: 13, help: 2, pause: 3 })).toEqual({
      reports: 10,
      shown: 15,
      help: 0,
      selfhelp: 0,
      safe: 0,
      continued: 0,
      pause: 5,
    });
    expect([10, 12, 12.5, 13, 17, 18].map(round5)).toEqual([10, 10, 15, 15, 15, 20]);
  });
  it('publishRange gives one row per period, ascending', () => {
    const rows = publishRange([row('2026-11-21', 10)], range('2026-11-20', '2026-11-21', 'day'));
    expect(rows.map((r) => [r.period, r.reports])).toEqual([
      ['2026-11-20', null],
      ['2026-11-21', 10],
    ]);
  });
});
