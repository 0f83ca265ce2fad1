import { afterEach, describe, expect, it } from 'vitest';
import {
  dayKey,
  emptyRecord,
  increment,
  isCountEvent,
  KEEP_DAYS,
  parseCounterRecord,
  shiftDay,
  sumRecords,
  type CounterRecord,
} from '../../../lib/counters/daily';

const record = (days: CounterRecord['days']): CounterRecord => ({ v: 1, days });

describe('dayKey', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it.each([
    [new Date(2026, 0, 5, 12, 0), '2026-01-05'],
    [new Date(2026, 8, 9, 0, 0), '2026-09-09'],
    [new Date(2026, 11, 31, 23, 59, 59), '2026-12-31'],
    [new Date(2027, 0, 1, 0, 0, 0), '2027-01-01'],
    [new Date(2028, 1, 29, 8, 30), '2028-02-29'],
  ])('pads month and day (%s → %s)', (date, key) => {
    expect(dayKey(date)).toBe(key);
  });

  it.each([
    // 23:30 UTC is already the next day in Amsterdam (UTC+1 in winter, UTC+2 in summer).
    ['Europe/Amsterdam', '2026-01-04T23:30:00Z', '2026-01-05'],
    ['Europe/Amsterdam', '2026-07-04T22:30:00Z', '2026-07-05'],
    // and still the day before in New York.
    ['America/New_York', '2026-01-05T03:00:00Z', '2026-01-04'],
    ['UTC', '2026-01-04T23:30:00Z', '2026-01-04'],
  ])('is the local calendar day in %s (%s → %s)', (zone, instant, key) => {
    process.env.TZ = zone;
    expect(dayKey(new Date(instant))).toBe(key);
  });
});

describe('increment', () => {
  it('starts a new day at one', () => {
    const next = increment(emptyRecord(), '2026-03-01', 'shown');
    expect(next).toEqual(record({ '2026-03-01': { shown: 1 } }));
  });

  it('adds to the same day and event, leaving other events and days alone', () => {
    const start = record({ '2026-02-28': { help: 4 }, '2026-03-01': { shown: 2, safe: 1 } });
    const next = increment(start, '2026-03-01', 'shown');
    expect(next).toEqual(
      record({ '2026-02-28': { help: 4 }, '2026-03-01': { shown: 3, safe: 1 } }),
    );
  });

  it('adds a new event to an existing day', () => {
    const next = increment(record({ '2026-03-01': { shown: 2 } }), '2026-03-01', 'selfhelp');
    expect(next.days['2026-03-01']).toEqual({ shown: 2, selfhelp: 1 });
  });

  it(`keeps exactly the last ${KEEP_DAYS} days and drops older ones`, () => {
    const today = '2026-06-15';
    const start = record({
      [shiftDay(today, -(KEEP_DAYS + 30))]: { shown: 9 },
      [shiftDay(today, -KEEP_DAYS)]: { shown: 8 },
      [shiftDay(today, -(KEEP_DAYS - 1))]: { shown: 7 },
      [shiftDay(today, -1)]: { help: 1 },
    });
    const next = increment(start, today, 'safe');
    expect(Object.keys(next.days).sort()).toEqual([
      shiftDay(today, -(KEEP_DAYS - 1)),
      shiftDay(today, -1),
      today,
    ]);
    expect(shiftDay(today, -(KEEP_DAYS - 1))).toBe('2025-05-12');
  });

  it('does not change the record it was given', () => {
    const start = record({ '2026-03-01': { shown: 2 }, '2020-01-01': { shown: 5 } });
    const copy = structuredClone(start);
    const next = increment(start, '2026-03-01', 'shown');
    expect(start).toEqual(copy);
    expect(next.days['2026-03-01']).not.toBe(start.days['2026-03-01']);
    expect(next.days['2026-03-01']).toEqual({ shown: 3 });
  });
});

describe('parseCounterRecord', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'zebra'],
    ['a number', 42],
    ['an array', [{ '2026-03-01': { shown: 1 } }]],
    ['days missing', { v: 1 }],
    ['days a string', { v: 1, days: 'zebra' }],
    ['days null', { v: 1, days: null }],
    ['days an array', { v: 1, days: [1, 2, 3] }],
  ])('gives an empty record for %s', (_name, raw) => {
    expect(parseCounterRecord(raw)).toEqual(emptyRecord());
  });

  const good = { shown: 3, help: 1 };

  it.each([
    ['a day key that is not a date', { zebra: { shown: 1 } }],
    ['a day key with a time', { '2026-03-02T10:00': { shown: 1 } }],
    ['a short day key', { '2026-3-2': { shown: 1 } }],
    ['counts that are null', { '2026-03-02': null }],
    ['counts that are a number', { '2026-03-02': 5 }],
    ['counts that are a string', { '2026-03-02': 'shown' }],
    ['a negative count', { '2026-03-02': { shown: -1 } }],
    ['a zero count', { '2026-03-02': { shown: 0 } }],
    ['a non-integer count', { '2026-03-02': { shown: 1.5 } }],
    ['a NaN count', { '2026-03-02': { shown: NaN } }],
    ['an infinite count', { '2026-03-02': { shown: Infinity } }],
    ['a count beyond safe integers', { '2026-03-02': { shown: 2 ** 53 } }],
    ['a count as a string', { '2026-03-02': { shown: '4' } }],
    ['an unknown event', { '2026-03-02': { zebra: 4 } }],
    ['an array of counts', { '2026-03-02': [1, 2] }],
  ])('drops %s and keeps the good counts beside it', (_name, bad) => {
    const parsed = parseCounterRecord({ v: 1, days: { '2026-03-01': good, ...bad } });
    expect(parsed).toEqual(record({ '2026-03-01': good }));
  });

  it('keeps the good events of a day that also holds bad ones', () => {
    const raw = { v: 1, days: { '2026-03-01': { shown: 2, zebra: 5, help: -1, safe: 1 } } };
    expect(parseCounterRecord(raw)).toEqual(record({ '2026-03-01': { shown: 2, safe: 1 } }));
  });

  it('keeps a good record as it is', () => {
    const raw = record({
      '2026-03-01': { shown: 1, help: 2, selfhelp: 3, safe: 4 },
      '2026-03-02': { shown: 5 },
    });
    expect(parseCounterRecord(structuredClone(raw))).toEqual(raw);
  });
});

describe('sumRecords', () => {
  it('adds counts per day and event across records', () => {
    const normal = record({ '2026-03-01': { shown: 2, help: 1 }, '2026-03-02': { shown: 1 } });
    const incognito = record({ '2026-03-01': { shown: 3, safe: 1 }, '2026-03-03': { help: 4 } });
    expect(sumRecords([normal, incognito])).toEqual(
      record({
        '2026-03-01': { shown: 5, help: 1, safe: 1 },
        '2026-03-02': { shown: 1 },
        '2026-03-03': { help: 4 },
      }),
    );
  });

  it.each([
    ['no records', []],
    ['only empty records', [emptyRecord(), emptyRecord()]],
  ])('gives an empty record for %s', (_name, records) => {
    expect(sumRecords(records)).toEqual(emptyRecord());
  });

  it('does not change the records it was given', () => {
    const a = record({ '2026-03-01': { shown: 2 } });
    sumRecords([a, record({ '2026-03-01': { shown: 3 } })]);
    expect(a).toEqual(record({ '2026-03-01': { shown: 2 } }));
  });
});

describe('shiftDay', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-06-15', 0, '2026-06-15'],
    ['2026-06-15', -400, '2025-05-11'],
    ['2026-06-15', 365, '2027-06-15'],
    // DST changes (EU: last Sunday of March and of October; US: second Sunday of March,
    // first Sunday of November): a calendar day stays a calendar day.
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-29', 1, '2026-03-30'],
    ['2026-03-30', -1, '2026-03-29'],
    ['2026-10-25', 1, '2026-10-26'],
    ['2026-10-26', -1, '2026-10-25'],
    ['2026-03-08', 1, '2026-03-09'],
    ['2026-11-01', 1, '2026-11-02'],
    ['2026-03-01', 60, '2026-04-30'],
  ])('%s moved by %i is %s', (day, delta, expected) => {
    expect(shiftDay(day, delta)).toBe(expected);
  });

  it.each(['Europe/Amsterdam', 'America/New_York', 'Pacific/Auckland'])(
    'does not depend on the time zone (%s)',
    (zone) => {
      const tz = process.env.TZ;
      process.env.TZ = zone;
      try {
        expect(shiftDay('2026-03-29', 1)).toBe('2026-03-30');
        expect(shiftDay('2026-10-25', -1)).toBe('2026-10-24');
      } finally {
        if (tz === undefined) delete process.env.TZ;
        else process.env.TZ = tz;
      }
    },
  );
});

describe('isCountEvent', () => {
  it.each([
    ['shown', true],
    ['help', true],
    ['selfhelp', true],
    ['safe', true],
    ['zebra', false],
    ['SHOWN', false],
    ['', false],
    [1, false],
    [null, false],
  ])('%s → %s', (x, known) => {
    expect(isCountEvent(x)).toBe(known);
  });
});

describe('per message variant', () => {
  const DAY = '2026-11-22';

  it('counts shown, help and self-help for the variant beside the day totals', () => {
    let r = emptyRecord();
    r = increment(r, DAY, 'shown', 'legal');
    r = increment(r, DAY, 'shown', 'care');
    r = increment(r, DAY, 'help', 'care');
    r = increment(r, DAY, 'selfhelp', 'care');
    expect(r.days[DAY]).toEqual({
      shown: 2,
      help: 1,
      selfhelp: 1,
      variants: { legal: { shown: 1 }, care: { shown: 1, help: 1, selfhelp: 1 } },
    });
  });

  it.each(['safe', 'continued', 'pause'] as const)(
    'keeps %s as a day total only, never per variant',
    (event) => {
      const r = increment(emptyRecord(), DAY, event, 'legal');
      expect(r.days[DAY]).toEqual({ [event]: 1 });
    },
  );

  it.each(['', 'Legal', 'a'.repeat(17), 'le gal', '1legal'])(
    'ignores a malformed variant id %j (the total still counts)',
    (variant) => {
      const r = increment(emptyRecord(), DAY, 'shown', variant);
      expect(r.days[DAY]).toEqual({ shown: 1 });
    },
  );

  it('does not share variant objects with the record it was given', () => {
    const before = increment(emptyRecord(), DAY, 'shown', 'legal');
    const after = increment(before, DAY, 'shown', 'legal');
    expect(before.days[DAY]!.variants!.legal).toEqual({ shown: 1 });
    expect(after.days[DAY]!.variants!.legal).toEqual({ shown: 2 });
  });

  it('survives parsing, dropping bad variant ids and counts', () => {
    const parsed = parseCounterRecord({
      days: {
        [DAY]: {
          shown: 3,
          variants: {
            legal: { shown: 2, help: -1, safe: 4 },
            care: { shown: 1.5 },
            'Bad Id': { shown: 1 },
            gentle: 'zebra',
          },
        },
      },
    });
    expect(parsed.days[DAY]).toEqual({ shown: 3, variants: { legal: { shown: 2 } } });
  });

  it('sums variants across records', () => {
    const a = increment(emptyRecord(), DAY, 'shown', 'legal');
    const b = increment(increment(emptyRecord(), DAY, 'shown', 'legal'), DAY, 'help', 'care');
    expect(sumRecords([a, b]).days[DAY]).toEqual({
      shown: 2,
      help: 1,
      variants: { legal: { shown: 2 }, care: { help: 1 } },
    });
  });
});
