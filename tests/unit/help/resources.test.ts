import { describe, expect, it } from 'vitest';
import { formatDays, formatRanges, timeZoneCity } from '../../../lib/help/hours';
import { REGION_IDS } from '../../../lib/help/regions';
import {
  RESOURCES,
  WEEKDAYS,
  allEntries,
  resourcesFor,
  type Contact,
} from '../../../lib/help/resources';

const regions = REGION_IDS.map((id) => [id, RESOURCES[id]] as const);
const contacts: [string, Contact][] = REGION_IDS.flatMap((id) => {
  const r = RESOURCES[id];
  return [r.helpline, r.crisis].flatMap((c) =>
    c ? [[`${id}/${c.id}`, c] as [string, Contact]] : [],
  );
});

describe('resources per region', () => {
  it('has an entry for every region, under its own id', () => {
    for (const id of REGION_IDS) expect(resourcesFor(id).region).toBe(id);
  });

  it.each(regions)(
    '%s has a helpline with a phone, or the self-help as explicit fallback',
    (_, r) => {
      if (r.helpline) expect(r.helpline.phones.length).toBeGreaterThan(0);
      else expect(r.selfHelp.length).toBeGreaterThan(0);
    },
  );

  it.each(regions)('%s has a crisis line and self-help', (_, r) => {
    expect(r.crisis.phones.length > 0 || r.crisis.website !== '').toBe(true);
    expect(r.selfHelp.length).toBeGreaterThan(0);
  });

  it('offers "Stoppen is mogelijk" in the Netherlands and Flanders, first', () => {
    expect(RESOURCES.NL.selfHelp[0]?.url).toBe('https://www.stoppen-is-mogelijk.eu');
    expect(RESOURCES['BE-VL'].selfHelp[0]?.url).toBe('https://www.stoppen-is-mogelijk.eu');
  });

  it('offers Troubled Desire everywhere', () => {
    for (const [, r] of regions) {
      expect(r.selfHelp.map((s) => s.url)).toContain('https://troubled-desire.com');
    }
  });

  it('has the crisis lines of the design: 113 in the Netherlands, 1813 in Flanders', () => {
    expect(RESOURCES.NL.crisis.phones.map((p) => p.tel)).toEqual(['113', '+318000113']);
    expect(RESOURCES['BE-VL'].crisis.phones.map((p) => p.tel)).toEqual(['1813']);
  });

  it('the helpline of a region with no fallback is the one in HELP-FACTS', () => {
    expect(RESOURCES.NL.helpline?.phones[0]?.display).toBe('0800 266 64 36');
    expect(RESOURCES['BE-VL'].helpline?.phones[0]?.display).toBe('0800 200 50');
    expect(RESOURCES['BE-FR'].helpline?.phones[0]?.display).toBe('0800 200 99');
    expect(RESOURCES.GB.helpline?.phones[0]?.display).toBe('0808 1000 900');
    expect(RESOURCES.US.helpline?.phones[0]?.display).toBe('1-888-773-8368');
    expect(RESOURCES.OTHER.helpline).toBeNull();
  });
});

describe('every entry is clean data', () => {
  const entries = allEntries().map((e) => [e.path, e.entry] as const);

  it.each(entries)('%s has a source, a real checkedOn date and a verified flag', (_, e) => {
    expect(e.source.trim()).not.toBe('');
    expect(e.checkedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${e.checkedOn}T00:00:00Z`).toISOString().slice(0, 10)).toBe(e.checkedOn);
    expect(typeof e.verified).toBe('boolean');
  });

  it('entries whose facts are not in HELP-FACTS are never marked verified', () => {
    const outside = entries.filter(([, e]) => /^https:.*not in HELP-FACTS/.test(e.source));
    expect(outside.length).toBeGreaterThan(0);
    for (const [path, e] of outside) expect([path, e.verified]).toEqual([path, false]);
  });

  it.each(contacts)('%s has tel: numbers as E.164 or a short national number', (_, c) => {
    for (const p of c.phones) {
      expect(p.tel).toMatch(/^(\+[1-9]\d{6,14}|\d{3,6})$/);
      expect(p.display.trim()).not.toBe('');
      // The display and the tel: form name the same number (without the trunk prefix 0 or 1).
      const national = p.display.replace(/\D/g, '').replace(/^[01]/, '');
      expect(p.tel.endsWith(national)).toBe(true);
    }
  });

  it.each(contacts)('%s links only to https addresses and has a plausible e-mail', (_, c) => {
    for (const url of [c.website, c.chat, c.emailForm]) {
      if (url !== undefined) expect(new URL(url).protocol).toBe('https:');
    }
    if (c.email !== undefined) expect(c.email).toMatch(/^[^\s@]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/);
  });

  it('self-help links are https', () => {
    for (const [, r] of regions) {
      for (const s of r.selfHelp) expect(new URL(s.url).protocol).toBe('https:');
    }
  });

  it.each(contacts)('%s has well-formed opening hours, if any', (_, c) => {
    const h = c.hours;
    if (!h || h.kind === 'always') return;
    expect(() => new Intl.DateTimeFormat('en', { timeZone: h.timeZone })).not.toThrow();
    for (const range of h.ranges) {
      expect(range.days.length).toBeGreaterThan(0);
      for (const d of range.days) expect(WEEKDAYS).toContain(d);
      expect(range.from).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(range.to).toMatch(/^([01]\d|2[0-4]):[0-5]\d$/);
      // `to` before `from` closes the next day (open-now.ts); equal would mean nothing.
      expect(range.from).not.toBe(range.to);
      expect(range.from === '00:00' && range.to === '24:00').toBe(false);
    }
  });

  it('marks the hours HELP-FACTS calls unverified as unverified', () => {
    expect(RESOURCES['BE-VL'].helpline?.hours?.verified).toBe(false);
    expect(RESOURCES.NL.helpline?.hours?.verified).toBe(true);
  });
});

describe('opening hours as text', () => {
  it.each([
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'en', 'Mon–Fri'],
    [['sat', 'sun'], 'en', 'Sat, Sun'],
    [['tue'], 'en', 'Tue'],
    [['fri', 'mon', 'tue', 'wed'], 'en', 'Mon–Wed, Fri'],
    [['mon', 'tue', 'wed', 'thu', 'fri'], 'nl', 'ma–vr'],
  ] as const)('%j in %s → %s', (days, locale, text) => {
    expect(formatDays(days, locale)).toBe(text);
  });

  it('writes the Dutch helpline’s week on one line', () => {
    const h = RESOURCES.NL.helpline?.hours;
    if (h?.kind !== 'weekly') throw new Error('expected weekly hours');
    expect(formatRanges(h.ranges, 'en')).toBe('Mon–Fri 09:00–22:00 · Sat, Sun 10:30–19:00');
  });

  it('names a time zone by its city', () => {
    expect(timeZoneCity('Europe/Amsterdam')).toBe('Amsterdam');
    expect(timeZoneCity('America/New_York')).toBe('New York');
  });
});

describe('reference codes', () => {
  it.each(contacts)('%s has no reference code until a helpline agrees on one', (_, c) => {
    expect(c.referenceCode).toBeUndefined();
  });

  it('a code, once set, is short: letters, digits and "-"', () => {
    const valid = /^[A-Z0-9-]{1,12}$/;
    expect('KP').toMatch(valid);
    expect('KP-2026').toMatch(valid);
    for (const [, c] of contacts)
      if (c.referenceCode !== undefined) expect(c.referenceCode).toMatch(valid);
  });
});

describe('professional advice', () => {
  const professional = REGION_IDS.flatMap((id) =>
    RESOURCES[id].professional.map((p) => [`${id}/${p.id}`, id, p] as const),
  );

  it('lists only what HELP-FACTS names: Stop it Now and De Waag (NL), Stop it Now! Vlaanderen', () => {
    expect(professional.map(([path]) => path)).toEqual([
      'NL/stop-it-now-nl-professionals',
      'NL/de-waag',
      'BE-VL/stop-it-now-vl-professionals',
    ]);
  });

  it.each(professional)('%s is reached through a contact of its own region', (_, region, p) => {
    const r = RESOURCES[region];
    const ids = [r.helpline?.id, r.crisis.id];
    expect(ids).toContain(p.via);
    expect(['professionals', 'self']).toContain(p.audience);
    expect(p.about.trim()).not.toBe('');
    if (p.website !== undefined) expect(new URL(p.website).protocol).toBe('https:');
  });

  it('carries provenance like every other entry', () => {
    const paths = allEntries().map((e) => e.path);
    for (const [path] of professional) expect(paths).toContain(path);
  });

  it('Stop it Now advises professionals in the Netherlands; the Flemish entry waits for a check', () => {
    const nl = RESOURCES.NL.professional.find((p) => p.audience === 'professionals');
    expect(nl?.verified).toBe(true);
    expect(RESOURCES['BE-VL'].professional[0]?.verified).toBe(false);
  });

  it('De Waag is care for the person themself, arranged through Stop it Now', () => {
    const waag = RESOURCES.NL.professional.find((p) => p.id === 'de-waag');
    expect(waag).toMatchObject({ audience: 'self', via: 'stop-it-now-nl' });
    // HELP-FACTS gives no website for De Waag.
    expect(waag?.website).toBeUndefined();
  });
});
