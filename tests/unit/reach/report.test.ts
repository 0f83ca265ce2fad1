import { describe, expect, it } from 'vitest';
import { dayVariant, REPORT_BYTES, reportBody, reportCounts } from '../../../lib/reach/report';

const BASE = {
  day: '2026-11-21',
  region: 'NL' as const,
  lang: 'nl' as const,
  campaign: '',
  variant: '',
  version: '0.1.0',
  counts: reportCounts(undefined),
};

describe('reportBody', () => {
  it('is exactly 256 bytes and reads back as the wire format', () => {
    const body = reportBody(BASE);
    expect(new TextEncoder().encode(body).length).toBe(REPORT_BYTES);
    const parsed = JSON.parse(body);
    expect(Object.keys(parsed)).toEqual([
      'v',
      'day',
      'region',
      'lang',
      'campaign',
      'variant',
      'version',
      'counts',
      'pad',
    ]);
    expect(parsed).toMatchObject({ v: 1, ...BASE });
    expect(parsed.counts).toEqual({
      shown: 0,
      help: 0,
      selfhelp: 0,
      safe: 0,
      continued: 0,
      pause: 0,
    });
  });

  it.each([
    ['large counts', { counts: { ...BASE.counts, shown: 999_999, help: 123_456 } }],
    ['a long campaign', { campaign: 'c'.repeat(32), variant: 'legal', region: 'BE-FR' as const }],
  ])('stays 256 bytes with %s', (_name, change) => {
    expect(new TextEncoder().encode(reportBody({ ...BASE, ...change })).length).toBe(REPORT_BYTES);
  });

  it('refuses a body that cannot fit', () => {
    expect(() => reportBody({ ...BASE, campaign: 'x'.repeat(300) })).toThrow(RangeError);
  });
});

describe('reportCounts and dayVariant', () => {
  it('reports every count, zeros included', () => {
    expect(reportCounts({ shown: 2, pause: 1 })).toEqual({
      shown: 2,
      help: 0,
      selfhelp: 0,
      safe: 0,
      continued: 0,
      pause: 1,
    });
  });

  it.each([
    [undefined, ''],
    [{ shown: 1 }, ''],
    [{ variants: { legal: { shown: 1 }, care: { shown: 2 } } }, 'care'],
    [{ variants: { legal: { shown: 2 }, care: { shown: 2 } } }, 'care'],
    [{ variants: { legal: { help: 3 } } }, ''],
  ])('%j names %j', (day, variant) => {
    expect(dayVariant(day)).toBe(variant);
  });
});
