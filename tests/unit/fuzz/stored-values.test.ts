/**
 * Every reader of a stored value against damage (issue 7, "Bad input": settings survive a corrupt
 * storage value): whatever storage holds, a reader answers without throwing, what it answers reads
 * back as itself, and one damaged field of a good record loses nothing beside it.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCounterRecord } from '../../../lib/counters/daily';
import { readPending } from '../../../lib/coverage/facts';
import { parseReachState } from '../../../lib/reach/schedule';
import { parseCustomSite } from '../../../lib/search/custom-site';
import { parseHeld, parsePass } from '../../../lib/settings/continue';
import { parseGuard, type GuardRecord } from '../../../lib/settings/guard';
import { parsePending } from '../../../lib/settings/pending';
import { parsePersonalRecord } from '../../../lib/settings/personal';
import { guardSettings, readSettings, type Settings } from '../../../lib/settings/settings';

/** What storage can hold (JSON), and anything at all (a reader must not trust the type). */
const stored = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true }),
);

const READERS: Array<[string, (raw: unknown) => unknown]> = [
  ['settings', (raw) => readSettings(raw).settings],
  ['settings, as a search page reads them', guardSettings],
  ['guard record', parseGuard],
  ['counters', parseCounterRecord],
  ['pending changes', parsePending],
  ['pending changes, as the coverage notice reads them', readPending],
  ['reach state', parseReachState],
  ['personal record', parsePersonalRecord],
  ['custom site', parseCustomSite],
  ['held search', parseHeld],
  ['pass', parsePass],
];

/** Readers whose answer is a record of the same kind, so reading it again must change nothing. */
const RECORD_READERS = new Set([
  'settings',
  'guard record',
  'counters',
  'pending changes',
  'reach state',
  'personal record',
  'custom site',
  'held search',
  'pass',
]);

describe('stored-value readers with any value', () => {
  for (const [name, read] of READERS) {
    it(`${name}: answers without throwing${RECORD_READERS.has(name) ? ', and its answer reads back as itself' : ''} (property)`, () => {
      fc.assert(
        fc.property(stored, (raw) => {
          const answer = read(raw);
          if (RECORD_READERS.has(name) && answer !== null && answer !== undefined) {
            expect(read(structuredClone(answer))).toEqual(answer);
          }
        }),
        { numRuns: 1500 },
      );
    });
  }
});

const SETTINGS: Settings = {
  v: 2,
  region: 'BE-VL',
  language: 'fr',
  strictness: 'pause',
  coolingOff: '24h',
  pin: null,
  removeFromHistory: true,
  reach: { enabled: true, campaign: 'spring-2027', endpoint: '' },
  onboarded: true,
  active: false,
};

const GUARD: GuardRecord = {
  v: 1,
  personal: ['AAAAAQ=='],
  off: ['en-starter'],
  sites: [{ host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } }],
};

/** `record` with one field replaced by any value, and that field's name. */
function withOneDamaged<T extends object>(record: T) {
  return fc
    .tuple(
      fc.constantFrom(...(Object.keys(record) as Array<keyof T>)),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([field, value]) => ({ field, damaged: { ...record, [field]: value } }));
}

describe('one damaged field loses nothing beside it', () => {
  it('settings (property)', () => {
    fc.assert(
      fc.property(withOneDamaged(SETTINGS), ({ field, damaged }) => {
        const { settings } = readSettings(damaged);
        for (const key of Object.keys(SETTINGS) as Array<keyof Settings>) {
          if (key !== field && key !== 'v') expect(settings[key], key).toEqual(SETTINGS[key]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('guard record (property)', () => {
    fc.assert(
      fc.property(withOneDamaged(GUARD), ({ field, damaged }) => {
        const record = parseGuard(damaged);
        for (const key of ['personal', 'off', 'sites'] as const) {
          if (key !== field) expect(record[key], key).toEqual(GUARD[key]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('counters: a damaged day loses no other day (property)', () => {
    const good = { days: { '2026-11-20': { shown: 3 }, '2026-11-21': { shown: 1, help: 1 } } };
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        const record = parseCounterRecord({ days: { ...good.days, '2026-11-22': value } });
        expect(record.days['2026-11-20']).toEqual(good.days['2026-11-20']);
        expect(record.days['2026-11-21']).toEqual(good.days['2026-11-21']);
      }),
      { numRuns: 1000 },
    );
  });
});
