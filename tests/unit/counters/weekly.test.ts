import { describe, expect, it } from 'vitest';
import { shiftDay, type CounterRecord } from '../../../lib/counters/daily';
import {
  helpUsed,
  isDay,
  isoWeek,
  mondayOf,
  totals,
  weeklyCounts,
  type WeekCounts,
} from '../../../lib/counters/weekly';

const record = (days: CounterRecord['days']): CounterRecord => ({ v: 1, days });
const zero = { shown: 0, help: 0, selfhelp: 0, pause: 0 };
const sums = (w: WeekCounts) => ({
  id: w.id,
  shown: w.shown,
  help: w.help,
  selfhelp: w.selfhelp,
  pause: w.pause,
});

describe('isoWeek', () => {
  // Checked against Python's date.isocalendar().
  it.each([
    ['2026-01-01', '2026-W01'], // a Thursday: week 1 of its own year
    ['2025-12-29', '2026-W01'], // the Monday before it, still in December
    ['2026-01-12', '2026-W03'],
    ['2026-03-29', '2026-W13'], // the day the clocks change in Europe
    ['2026-12-28', '2026-W53'], // 2026 starts on a Thursday: it has a week 53
    ['2027-01-03', '2026-W53'], // a January Sunday in the previous year's week 53
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'], // a December Monday in the next year's week 1
    ['2020-12-31', '2020-W53'], // leap year starting on a Wednesday
    ['2021-01-03', '2020-W53'],
    ['2023-01-01', '2022-W52'],
    ['2016-01-03', '2015-W53'],
    ['2028-12-31', '2028-W52'],
  ])('%s is in %s', (day, id) => {
    expect(isoWeek(day).id).toBe(id);
  });

  it('numbers every day of 2000–2040 consistently (Monday starts, 52 or 53 weeks a year)', () => {
    let day = '2000-01-03'; // Monday of 2000-W01
    let prev = isoWeek(day);
    expect(prev).toEqual({ year: 2000, week: 1, id: '2000-W01' });
    const lastWeek = new Map<number, number>();
    while (day < '2040-12-31') {
      day = shiftDay(day, 1);
      const cur = isoWeek(day);
      if (mondayOf(day) !== day) {
        expect(cur).toEqual(prev);
      } else if (cur.year === prev.year) {
        expect(cur.week).toBe(prev.week + 1);
      } else {
        expect(cur).toMatchObject({ year: prev.year + 1, week: 1 });
        lastWeek.set(prev.year, prev.week);
      }
      prev = cur;
    }
    for (const [year, weeks] of lastWeek) {
      // 53 weeks exactly when the year starts on a Thursday, or is a leap year starting on a
      // Wednesday.
      const jan1 = new Date(Date.UTC(year, 0, 1)).getUTCDay();
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      expect(weeks, String(year)).toBe(jan1 === 4 || (leap && jan1 === 3) ? 53 : 52);
    }
  });
});

describe('mondayOf', () => {
  it.each([
    ['2026-01-12', '2026-01-12'],
    ['2026-01-18', '2026-01-12'],
    ['2027-01-03', '2026-12-28'],
    ['2026-03-01', '2026-02-23'],
  ])('%s → %s', (day, monday) => {
    expect(mondayOf(day)).toBe(monday);
  });
});

describe('isDay', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['zebra', false],
  ])('%s → %s', (day, ok) => {
    expect(isDay(day)).toBe(ok);
  });
});

describe('weeklyCounts', () => {
  it('gives the last N weeks, oldest first, the current week last, empty weeks as zeros', () => {
    const weeks = weeklyCounts(record({}), '2026-03-04', 3);
    expect(weeks).toEqual([
      { id: '2026-W08', year: 2026, week: 8, start: '2026-02-16', end: '2026-02-22', ...zero },
      { id: '2026-W09', year: 2026, week: 9, start: '2026-02-23', end: '2026-03-01', ...zero },
      { id: '2026-W10', year: 2026, week: 10, start: '2026-03-02', end: '2026-03-08', ...zero },
    ]);
  });

  it('sums shown, help, self-help and pauses per week, keeping help and self-help apart', () => {
    const weeks = weeklyCounts(
      record({
        '2026-02-23': { shown: 2, help: 1, safe: 4 }, // Monday of W09
        '2026-03-01': { shown: 1, selfhelp: 2, pause: 1, continued: 3 }, // Sunday of W09
        '2026-03-02': { shown: 5, pause: 2 }, // Monday of W10
        '2026-03-04': { help: 1, selfhelp: 1 },
      }),
      '2026-03-04',
      3,
    );
    expect(weeks.map(sums)).toEqual([
      { id: '2026-W08', ...zero },
      { id: '2026-W09', shown: 3, help: 1, selfhelp: 2, pause: 1 },
      { id: '2026-W10', shown: 5, help: 1, selfhelp: 1, pause: 2 },
    ]);
    expect(weeks.map(helpUsed)).toEqual([0, 3, 2]);
    expect(totals(weeks)).toEqual({ shown: 8, help: 2, selfhelp: 3, pause: 3 });
  });

  it('crosses a year end with week 53', () => {
    const weeks = weeklyCounts(
      record({
        '2026-12-27': { shown: 1 }, // Sunday of W52
        '2026-12-31': { shown: 2 },
        '2027-01-03': { help: 1 }, // Sunday of 2026-W53
        '2027-01-04': { pause: 1 }, // Monday of 2027-W01
        '2027-01-10': { selfhelp: 1 },
      }),
      '2027-01-06',
      4,
    );
    expect(weeks.map(sums)).toEqual([
      { id: '2026-W51', ...zero },
      { id: '2026-W52', ...zero, shown: 1 },
      { id: '2026-W53', ...zero, shown: 2, help: 1 },
      { id: '2027-W01', ...zero, pause: 1, selfhelp: 1 },
    ]);
    expect(weeks[2]).toMatchObject({ start: '2026-12-28', end: '2027-01-03' });
  });

  it('leaves out days before the first week and after the current one, and non-days', () => {
    const weeks = weeklyCounts(
      record({
        '2026-02-15': { shown: 9 }, // Sunday before the first Monday
        '2026-02-16': { shown: 1 }, // the first Monday
        '2026-03-08': { shown: 2 }, // the last Sunday (later than today, same week)
        '2026-03-09': { shown: 7 }, // next week
        '2025-03-04': { shown: 7 }, // a year before
        '2026-02-30': { shown: 7 }, // not a day
      }),
      '2026-03-04',
      3,
    );
    expect(weeks.map((w) => w.shown)).toEqual([1, 0, 2]);
  });

  it('gives nothing for zero weeks, and one week for one', () => {
    const r = record({ '2026-03-04': { shown: 1 } });
    expect(weeklyCounts(r, '2026-03-04', 0)).toEqual([]);
    expect(weeklyCounts(r, '2026-03-04', 1).map(sums)).toEqual([
      { id: '2026-W10', ...zero, shown: 1 },
    ]);
  });

  it('reaches back 12 weeks across a year end', () => {
    const weeks = weeklyCounts(record({}), '2027-02-01', 12);
    expect(weeks.map((w) => w.id)).toEqual([
      '2026-W47',
      '2026-W48',
      '2026-W49',
      '2026-W50',
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
      '2027-W02',
      '2027-W03',
      '2027-W04',
      '2027-W05',
    ]);
  });
});
