import { describe, expect, it } from 'vitest';
import {
  formatTime,
  formatUntil,
  formatWhen,
  nextChange,
  openState,
  zonedInstant,
  type OpenState,
} from '../../../lib/help/open-now';
import { RESOURCES, type OpeningHours, type TimeRange } from '../../../lib/help/resources';

const provenance = { source: 'test', checkedOn: '2026-01-01', verified: true };

function weekly(timeZone: string, ranges: TimeRange[]): OpeningHours {
  return { kind: 'weekly', timeZone, ranges, ...provenance };
}

function hoursOf(region: 'NL' | 'BE-VL'): OpeningHours {
  const h = RESOURCES[region].helpline?.hours;
  if (!h) throw new Error(`no hours for ${region}`);
  return h;
}

/** The Dutch line (Mon–Fri 09:00–22:00, Sat–Sun 10:30–19:00, Europe/Amsterdam). */
const NL = hoursOf('NL');
/** Flanders' sparse hours (Tue 15:00–19:00, Wed 09:30–12:30, Fri 12:00–15:00, Europe/Brussels). */
const VL = hoursOf('BE-VL');

/** A compact form of a state, for the tables: `open until <iso>`, `closed until <iso>`, … */
function brief(s: OpenState): string {
  if (s.state === 'always') return 'always';
  if (s.state === 'open') return `open until ${s.closesAt.toISOString()}`;
  return `closed until ${s.opensAt ? s.opensAt.toISOString() : 'never'}`;
}

const z = (iso: string) => new Date(iso);

describe('openState: the Dutch line in winter (CET, UTC+1)', () => {
  // 2026-01-12 is a Monday.
  it.each([
    ['Monday 12:00', '2026-01-12T11:00:00Z', 'open until 2026-01-12T21:00:00.000Z'],
    ['Monday 09:00 sharp (opens)', '2026-01-12T08:00:00Z', 'open until 2026-01-12T21:00:00.000Z'],
    [
      'Monday 08:00, before opening',
      '2026-01-12T07:00:00Z',
      'closed until 2026-01-12T08:00:00.000Z',
    ],
    ['Monday 00:30, night', '2026-01-11T23:30:00Z', 'closed until 2026-01-12T08:00:00.000Z'],
    ['Monday 21:59', '2026-01-12T20:59:00Z', 'open until 2026-01-12T21:00:00.000Z'],
    [
      'Monday 22:00 sharp (closes)',
      '2026-01-12T21:00:00Z',
      'closed until 2026-01-13T08:00:00.000Z',
    ],
    [
      'Monday 22:30, after closing',
      '2026-01-12T21:30:00Z',
      'closed until 2026-01-13T08:00:00.000Z',
    ],
    ['Wednesday 15:00', '2026-01-14T14:00:00Z', 'open until 2026-01-14T21:00:00.000Z'],
    [
      'Friday 22:15 → Saturday 10:30',
      '2026-01-16T21:15:00Z',
      'closed until 2026-01-17T09:30:00.000Z',
    ],
    ['Saturday 09:00 → 10:30', '2026-01-17T08:00:00Z', 'closed until 2026-01-17T09:30:00.000Z'],
    ['Saturday 12:00', '2026-01-17T11:00:00Z', 'open until 2026-01-17T18:00:00.000Z'],
    [
      'Saturday 19:30 → Sunday 10:30',
      '2026-01-17T18:30:00Z',
      'closed until 2026-01-18T09:30:00.000Z',
    ],
    [
      'Sunday 03:00 → Sunday 10:30',
      '2026-01-18T02:00:00Z',
      'closed until 2026-01-18T09:30:00.000Z',
    ],
    [
      'Sunday 19:30 → Monday 09:00',
      '2026-01-18T18:30:00Z',
      'closed until 2026-01-19T08:00:00.000Z',
    ],
    [
      'Sunday 23:59 → Monday 09:00',
      '2026-01-18T22:59:00Z',
      'closed until 2026-01-19T08:00:00.000Z',
    ],
  ])('%s (%s) → %s', (_, now, expected) => {
    expect(brief(openState(NL, z(now)))).toBe(expected);
  });
});

describe('openState: the Dutch line across daylight saving (Europe/Amsterdam)', () => {
  // Summer time starts Sunday 2026-03-29 01:00Z (02:00 CET → 03:00 CEST) and ends Sunday
  // 2026-10-25 01:00Z (03:00 CEST → 02:00 CET).
  it.each([
    [
      'summer Monday 08:00: 09:00 is 07:00Z',
      '2026-07-06T06:00:00Z',
      'closed until 2026-07-06T07:00:00.000Z',
    ],
    [
      'summer Monday 21:00: 22:00 is 20:00Z',
      '2026-07-06T19:00:00Z',
      'open until 2026-07-06T20:00:00.000Z',
    ],
    [
      'Friday before spring, 10:00 CET',
      '2026-03-27T09:00:00Z',
      'open until 2026-03-27T21:00:00.000Z',
    ],
    [
      'Saturday before spring, 20:00 CET → Sunday 10:30 CEST',
      '2026-03-28T19:00:00Z',
      'closed until 2026-03-29T08:30:00.000Z',
    ],
    [
      'spring Sunday 00:30 CET, before the jump',
      '2026-03-28T23:30:00Z',
      'closed until 2026-03-29T08:30:00.000Z',
    ],
    [
      'spring Sunday 03:30 CEST, after the jump',
      '2026-03-29T01:30:00Z',
      'closed until 2026-03-29T08:30:00.000Z',
    ],
    ['spring Sunday 12:00 CEST', '2026-03-29T10:00:00Z', 'open until 2026-03-29T17:00:00.000Z'],
    [
      'spring Sunday 19:30 CEST → Monday 09:00 CEST',
      '2026-03-29T17:30:00Z',
      'closed until 2026-03-30T07:00:00.000Z',
    ],
    [
      'Saturday before autumn, 20:00 CEST → Sunday 10:30 CET',
      '2026-10-24T18:00:00Z',
      'closed until 2026-10-25T09:30:00.000Z',
    ],
    [
      'autumn Sunday 02:30 CEST, first time round',
      '2026-10-25T00:30:00Z',
      'closed until 2026-10-25T09:30:00.000Z',
    ],
    [
      'autumn Sunday 02:30 CET, second time round',
      '2026-10-25T01:30:00Z',
      'closed until 2026-10-25T09:30:00.000Z',
    ],
    ['autumn Sunday 12:00 CET', '2026-10-25T11:00:00Z', 'open until 2026-10-25T18:00:00.000Z'],
    [
      'autumn Sunday 19:30 CET → Monday 09:00 CET',
      '2026-10-25T18:30:00Z',
      'closed until 2026-10-26T08:00:00.000Z',
    ],
    [
      'Friday 22:30 CEST before autumn → Saturday 10:30 CEST',
      '2026-10-23T20:30:00Z',
      'closed until 2026-10-24T08:30:00.000Z',
    ],
  ])('%s (%s) → %s', (_, now, expected) => {
    expect(brief(openState(NL, z(now)))).toBe(expected);
  });
});

describe('openState: times that do not exist or happen twice', () => {
  it.each([
    // 02:30 does not exist on 2026-03-29: the opening moves forward by the jump, to 03:30 CEST.
    [
      'opening in the spring gap',
      [{ days: ['sun'], from: '02:30', to: '04:00' }],
      '2026-03-29T00:00:00Z',
      'closed until 2026-03-29T01:30:00.000Z',
    ],
    [
      'inside an opening that started in the gap',
      [{ days: ['sun'], from: '02:30', to: '04:00' }],
      '2026-03-29T01:45:00Z',
      'open until 2026-03-29T02:00:00.000Z',
    ],
    // 02:30 happens twice on 2026-10-25: the first one (CEST) counts.
    [
      'opening in the autumn fold',
      [{ days: ['sun'], from: '02:30', to: '04:00' }],
      '2026-10-25T00:00:00Z',
      'closed until 2026-10-25T00:30:00.000Z',
    ],
    [
      'closing in the autumn fold',
      [{ days: ['sun'], from: '01:00', to: '02:30' }],
      '2026-10-25T00:00:00Z',
      'open until 2026-10-25T00:30:00.000Z',
    ],
    [
      'a day of 23 hours, open all of it',
      [{ days: ['sun'], from: '00:00', to: '24:00' }],
      '2026-03-29T12:00:00Z',
      'open until 2026-03-29T22:00:00.000Z',
    ],
    [
      'a day of 25 hours, open all of it',
      [{ days: ['sun'], from: '00:00', to: '24:00' }],
      '2026-10-25T12:00:00Z',
      'open until 2026-10-25T23:00:00.000Z',
    ],
  ] as [string, TimeRange[], string, string][])('%s', (_, ranges, now, expected) => {
    expect(brief(openState(weekly('Europe/Amsterdam', ranges), z(now)))).toBe(expected);
  });
});

describe('openState: ranges past midnight, touching ranges, always open', () => {
  const overnight: TimeRange[] = [{ days: ['fri'], from: '22:00', to: '02:00' }];
  const split: TimeRange[] = [
    { days: ['fri'], from: '20:00', to: '24:00' },
    { days: ['sat'], from: '00:00', to: '02:00' },
  ];
  const allWeek: TimeRange[] = [
    { days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], from: '00:00', to: '24:00' },
  ];
  it.each([
    [
      'Fri 22:00–02:00, Friday 21:00',
      overnight,
      '2026-01-16T20:00:00Z',
      'closed until 2026-01-16T21:00:00.000Z',
    ],
    [
      'Fri 22:00–02:00, Friday 23:00',
      overnight,
      '2026-01-16T22:00:00Z',
      'open until 2026-01-17T01:00:00.000Z',
    ],
    [
      'Fri 22:00–02:00, Saturday 01:00 (runs on from Friday)',
      overnight,
      '2026-01-17T00:00:00Z',
      'open until 2026-01-17T01:00:00.000Z',
    ],
    [
      'Fri 22:00–02:00, Saturday 03:00 → next Friday',
      overnight,
      '2026-01-17T02:00:00Z',
      'closed until 2026-01-23T21:00:00.000Z',
    ],
    [
      'Fri 20:00–24:00 + Sat 00:00–02:00 are one opening',
      split,
      '2026-01-16T22:00:00Z',
      'open until 2026-01-17T01:00:00.000Z',
    ],
    ['every day 00:00–24:00 is always open', allWeek, '2026-03-29T01:30:00Z', 'always'],
    ['no ranges: never opens', [], '2026-01-16T22:00:00Z', 'closed until never'],
  ] as [string, TimeRange[], string, string][])('%s', (_, ranges, now, expected) => {
    expect(brief(openState(weekly('Europe/Amsterdam', ranges), z(now)))).toBe(expected);
  });

  it.each([
    ['113', RESOURCES.NL.crisis.hours],
    ['1813', RESOURCES['BE-VL'].crisis.hours],
  ])('the crisis line %s is always open, whatever the time', (_, hours) => {
    if (!hours) throw new Error('expected hours');
    for (const now of ['2026-01-12T03:00:00Z', '2026-03-29T01:30:00Z', '2026-10-25T01:30:00Z']) {
      const s = openState(hours, z(now));
      expect(s).toEqual({ state: 'always' });
      expect(nextChange(s)).toBeNull();
    }
  });
});

describe('openState: Flanders’ sparse hours (Europe/Brussels)', () => {
  it.each([
    ['Tuesday 16:00', '2026-01-13T15:00:00Z', 'open until 2026-01-13T18:00:00.000Z'],
    ['Tuesday 14:00 → 15:00', '2026-01-13T13:00:00Z', 'closed until 2026-01-13T14:00:00.000Z'],
    [
      'Tuesday 19:30 → Wednesday 09:30',
      '2026-01-13T18:30:00Z',
      'closed until 2026-01-14T08:30:00.000Z',
    ],
    ['Wednesday 10:00', '2026-01-14T09:00:00Z', 'open until 2026-01-14T11:30:00.000Z'],
    [
      'Wednesday 13:00 → Friday 12:00',
      '2026-01-14T12:00:00Z',
      'closed until 2026-01-16T11:00:00.000Z',
    ],
    [
      'Thursday all day → Friday 12:00',
      '2026-01-15T10:00:00Z',
      'closed until 2026-01-16T11:00:00.000Z',
    ],
    [
      'Friday 15:00 sharp → Tuesday 15:00',
      '2026-01-16T14:00:00Z',
      'closed until 2026-01-20T14:00:00.000Z',
    ],
    ['Sunday → Tuesday 15:00', '2026-01-18T12:00:00Z', 'closed until 2026-01-20T14:00:00.000Z'],
    [
      'Monday after spring → Tuesday 15:00 CEST',
      '2026-03-30T08:00:00Z',
      'closed until 2026-03-31T13:00:00.000Z',
    ],
    [
      'Saturday before spring → Tuesday 15:00 CEST',
      '2026-03-28T12:00:00Z',
      'closed until 2026-03-31T13:00:00.000Z',
    ],
  ])('%s (%s) → %s', (_, now, expected) => {
    expect(brief(openState(VL, z(now)))).toBe(expected);
  });
});

describe('nextChange', () => {
  it('is the closing time when open and the opening time when closed', () => {
    expect(nextChange(openState(NL, z('2026-01-12T11:00:00Z')))?.toISOString()).toBe(
      '2026-01-12T21:00:00.000Z',
    );
    expect(nextChange(openState(NL, z('2026-01-12T21:30:00Z')))?.toISOString()).toBe(
      '2026-01-13T08:00:00.000Z',
    );
    expect(nextChange({ state: 'closed', opensAt: null })).toBeNull();
  });
});

describe('zonedInstant', () => {
  it.each([
    ['Europe/Amsterdam', '2026-01-12T09:00:00Z', '2026-01-12T08:00:00.000Z'],
    ['Europe/Amsterdam', '2026-07-06T09:00:00Z', '2026-07-06T07:00:00.000Z'],
    ['Europe/Amsterdam', '2026-03-29T02:30:00Z', '2026-03-29T01:30:00.000Z'],
    ['Europe/Amsterdam', '2026-10-25T02:30:00Z', '2026-10-25T00:30:00.000Z'],
    ['America/New_York', '2026-03-08T02:30:00Z', '2026-03-08T07:30:00.000Z'],
    ['America/New_York', '2026-11-01T01:30:00Z', '2026-11-01T05:30:00.000Z'],
    ['Asia/Tokyo', '2026-01-12T09:00:00Z', '2026-01-12T00:00:00.000Z'],
    ['Asia/Kolkata', '2026-01-12T09:00:00Z', '2026-01-12T03:30:00.000Z'],
  ])('%s wall clock %s → %s', (zone, wall, instant) => {
    expect(new Date(zonedInstant(Date.parse(wall), zone)).toISOString()).toBe(instant);
  });
});

describe('in the person’s own time zone and language', () => {
  // The Dutch line, seen from Amsterdam, New York and Tokyo.
  it.each([
    // Monday 22:30 in Amsterdam: it opens Tuesday 09:00 Amsterdam = 08:00Z.
    ['Europe/Amsterdam', '2026-01-12T21:30:00Z', 'en', 'Closed, opens tomorrow at 09:00'],
    ['America/New_York', '2026-01-12T21:30:00Z', 'en', 'Closed, opens tomorrow at 03:00'],
    ['Asia/Tokyo', '2026-01-12T21:30:00Z', 'en', 'Closed, opens today at 17:00'],
    ['Europe/Amsterdam', '2026-01-12T21:30:00Z', 'nl', 'Closed, opens morgen om 09:00'],
    ['Europe/Amsterdam', '2026-01-12T21:30:00Z', 'fr', 'Closed, opens demain à 09:00'],
    // Monday 12:00 in Amsterdam: it closes at 22:00 Amsterdam = 21:00Z.
    ['Europe/Amsterdam', '2026-01-12T11:00:00Z', 'en', 'Open until 22:00'],
    ['America/New_York', '2026-01-12T11:00:00Z', 'en', 'Open until 16:00'],
    ['Asia/Tokyo', '2026-01-12T11:00:00Z', 'en', 'Open until tomorrow at 06:00'],
    ['Asia/Tokyo', '2026-01-12T11:00:00Z', 'nl', 'Open until morgen om 06:00'],
    // Friday 22:15 in Amsterdam: Saturday 10:30.
    ['Europe/Amsterdam', '2026-01-16T21:15:00Z', 'en', 'Closed, opens tomorrow at 10:30'],
    ['America/New_York', '2026-01-16T21:15:00Z', 'en', 'Closed, opens tomorrow at 04:30'],
    ['Asia/Tokyo', '2026-01-16T21:15:00Z', 'en', 'Closed, opens today at 18:30'],
    // New York is on summer time from 8 March, Amsterdam only from 29 March: five hours apart.
    ['America/New_York', '2026-03-16T07:00:00Z', 'en', 'Closed, opens today at 04:00'],
    ['America/New_York', '2026-07-06T06:00:00Z', 'en', 'Closed, opens today at 03:00'],
    // Sunday 19:30 in Amsterdam: Monday 09:00.
    ['Europe/Amsterdam', '2026-01-18T18:30:00Z', 'en', 'Closed, opens tomorrow at 09:00'],
  ] as const)('%s at %s (%s) → %s', (zone, now, lang, expected) => {
    const at = z(now);
    const s = openState(NL, at);
    const text =
      s.state === 'open'
        ? `Open until ${formatUntil(s.closesAt, at, lang, zone)}`
        : s.state === 'closed' && s.opensAt
          ? `Closed, opens ${formatWhen(s.opensAt, at, lang, zone)}`
          : s.state;
    expect(text).toBe(expected);
  });

  it.each([
    // Flanders, Wednesday 13:00 in Brussels → Friday 12:00.
    [VL, '2026-01-14T12:00:00Z', 'Europe/Brussels', 'en', 'Friday at 12:00'],
    [VL, '2026-01-14T12:00:00Z', 'Europe/Brussels', 'nl', 'vrijdag om 12:00'],
    [VL, '2026-01-14T12:00:00Z', 'Europe/Brussels', 'fr', 'vendredi à 12:00'],
    // Flanders, Friday 15:00 → Tuesday 15:00.
    [VL, '2026-01-16T14:00:00Z', 'Europe/Brussels', 'en', 'Tuesday at 15:00'],
    [VL, '2026-01-16T14:00:00Z', 'America/New_York', 'en', 'Tuesday at 09:00'],
    // A line open one day a week, just closed: the same weekday, a week on.
    [
      weekly('Europe/Brussels', [{ days: ['tue'], from: '15:00', to: '19:00' }]),
      '2026-01-13T18:30:00Z',
      'Europe/Brussels',
      'en',
      'next Tuesday at 15:00',
    ],
    [
      weekly('Europe/Brussels', [{ days: ['tue'], from: '15:00', to: '19:00' }]),
      '2026-01-13T18:30:00Z',
      'Europe/Brussels',
      'nl',
      'volgende week dinsdag om 15:00',
    ],
    [
      weekly('Europe/Brussels', [{ days: ['tue'], from: '15:00', to: '19:00' }]),
      '2026-01-13T18:30:00Z',
      'Europe/Brussels',
      'fr',
      'mardi prochain à 15:00',
    ],
  ] as const)('next opening %#: %s', (hours, now, zone, lang, expected) => {
    const s = openState(hours, z(now));
    if (s.state !== 'closed' || !s.opensAt) throw new Error(`expected closed, got ${s.state}`);
    expect(formatWhen(s.opensAt, z(now), lang, zone)).toBe(expected);
  });

  it('writes times on the 24-hour clock, midnight as 00:00', () => {
    expect(formatTime(z('2026-01-12T23:00:00Z'), 'Europe/Amsterdam')).toBe('00:00');
    expect(formatTime(z('2026-01-12T14:05:00Z'), 'America/New_York')).toBe('09:05');
  });
});
