import { describe, expect, it } from 'vitest';
import { reportBody } from './report';
import { addDays, daysBetween, isIsoDay, isoWeekMonday, parseReport } from './wire';

const TODAY = '2026-11-22';
const good = () => ({
  v: 1,
  day: '2026-11-21',
  region: 'NL',
  lang: 'nl',
  campaign: 'SPRING-26',
  variant: 'a1',
  version: '1.2.3',
  counts: { shown: 3, help: 1, selfhelp: 0, safe: 0, continued: 2, pause: 50 },
});
const parse = (body: unknown) =>
  parseReport(typeof body === 'string' ? body : JSON.stringify(body), TODAY);
const reason = (body: unknown) => {
  const r = parse(body);
  return r.ok ? 'ok' : r.reason;
};

describe('parseReport', () => {
  it('accepts a body built by reportBody() (256 bytes, padded)', () => {
    const text = reportBody(good() as unknown as Parameters<typeof reportBody>[0]);
    expect(new TextEncoder().encode(text).length).toBe(256);
    const r = parseReport(text, TODAY);
    expect(r).toEqual({ ok: true, report: good() });
  });

  it('accepts a body without pad, empty campaign and variant, zeros', () => {
    const body = { ...good(), campaign: '', variant: '' };
    body.counts = { shown: 0, help: 0, selfhelp: 0, safe: 0, continued: 0, pause: 0 };
    expect(parse(body)).toEqual({ ok: true, report: body });
  });

  it('accepts every region and language', () => {
    for (const region of ['NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER'])
      expect(reason({ ...good(), region })).toBe('ok');
    for (const lang of ['nl', 'en', 'fr']) expect(reason({ ...good(), lang })).toBe('ok');
  });

  it('accepts today and today−8, refuses tomorrow and today−9', () => {
    expect(reason({ ...good(), day: TODAY })).toBe('ok');
    expect(reason({ ...good(), day: '2026-11-14' })).toBe('ok');
    expect(reason({ ...good(), day: '2026-11-23' })).toBe('day must not be in the future');
    expect(reason({ ...good(), day: '2026-11-13' })).toMatch(/^day must not be more than 8 days/);
  });

  it.each([
    ['{', 'body is not valid JSON'],
    ['', 'body is not valid JSON'],
    ['[]', 'body must be a JSON object'],
    ['null', 'body must be a JSON object'],
    ['"x"', 'body must be a JSON object'],
  ])('refuses %j', (text, why) => {
    expect(reason(text)).toBe(why);
  });

  it('refuses unknown and missing fields, naming them', () => {
    expect(reason({ ...good(), ip: '1.2.3.4' })).toBe('unknown field ip');
    expect(reason(`{"__proto__":1,${JSON.stringify(good()).slice(1)}`)).toBe(
      'unknown field __proto__',
    );
    for (const key of ['v', 'day', 'region', 'lang', 'campaign', 'variant', 'version', 'counts']) {
      const body: Record<string, unknown> = good();
      delete body[key];
      expect(reason(body)).toBe(`missing field ${key}`);
    }
    const extra = good() as { counts: Record<string, unknown> };
    extra.counts.clicks = 1;
    expect(reason(extra)).toBe('unknown field counts.clicks');
    const missing = good() as { counts: Record<string, unknown> };
    delete missing.counts.safe;
    expect(reason(missing)).toBe('missing field counts.safe');
  });

  it.each([
    ['v', 2, 'v must be 1'],
    ['v', '1', 'v must be 1'],
    ['day', '2026-11-1', 'day must be a date YYYY-MM-DD'],
    ['day', '2026-02-30', 'day must be a date YYYY-MM-DD'],
    ['day', 20261121, 'day must be a date YYYY-MM-DD'],
    ['region', 'BE', 'region must be one of NL, BE-VL, BE-FR, GB, US, OTHER'],
    ['region', 'nl', 'region must be one of NL, BE-VL, BE-FR, GB, US, OTHER'],
    ['lang', 'de', 'lang must be one of nl, en, fr'],
    ['lang', null, 'lang must be one of nl, en, fr'],
    ['campaign', 'spring', 'campaign must be 0–16 characters of A-Z, 0-9 and -'],
    ['campaign', 'A'.repeat(17), 'campaign must be 0–16 characters of A-Z, 0-9 and -'],
    ['campaign', 1, 'campaign must be 0–16 characters of A-Z, 0-9 and -'],
    ['variant', 'A', 'variant must be 0–8 characters of a-z, 0-9 and -'],
    ['variant', 'a'.repeat(9), 'variant must be 0–8 characters of a-z, 0-9 and -'],
    ['version', '1.2', 'version must be digits.digits.digits'],
    ['version', '1.2.3-beta', 'version must be digits.digits.digits'],
    ['version', 123, 'version must be digits.digits.digits'],
    ['pad', 5, 'pad must be a string'],
    ['counts', [], 'counts must be an object'],
    ['counts', null, 'counts must be an object'],
  ])('refuses %s = %j', (key, value, why) => {
    expect(reason({ ...good(), [key]: value })).toBe(why);
  });

  it.each(['51', '-1', '1.5', '"3"', 'null', 'true', '1e400'])('refuses a count of %s', (n) => {
    const text = JSON.stringify({ ...good(), counts: { ...good().counts, help: 0 } }).replace(
      '"help":0',
      `"help":${n}`,
    );
    expect(reason(text)).toBe('counts.help must be an integer 0–50');
  });

  it('accepts the bounds 0 and 50', () => {
    expect(reason({ ...good(), counts: { ...good().counts, shown: 0, help: 50 } })).toBe('ok');
  });
});

describe('day helpers', () => {
  it('isIsoDay', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2026-13-01')).toBe(false);
  });
  it('addDays crosses months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('isoWeekMonday', () => {
    expect(isoWeekMonday('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(isoWeekMonday('2026-11-16')).toBe('2026-11-16'); // Monday
    expect(isoWeekMonday('2027-01-01')).toBe('2026-12-28'); // Friday
  });
  it('daysBetween', () => {
    expect(daysBetween('2026-11-01', '2026-11-22')).toBe(21);
    expect(daysBetween('2026-11-22', '2026-11-01')).toBe(-21);
  });
});
