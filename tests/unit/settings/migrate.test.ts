import { describe, expect, it } from 'vitest';
import { MIGRATION_KEYS, planMigration } from '../../../lib/settings/migrate';
import { DEFAULT_SETTINGS, SETTINGS_VERSION } from '../../../lib/settings/settings';

const SET = 'AAAA'; // a base64 string standing in for a compiled set

describe('planMigration', () => {
  it('reads the keys it plans for', () => {
    expect(MIGRATION_KEYS).toEqual(['settings', 'guard', 'help:turn']);
  });

  it('changes nothing in a store already current (or empty)', () => {
    expect(planMigration({})).toEqual({ set: {}, remove: [] });
    const current = {
      settings: { ...DEFAULT_SETTINGS, language: 'nl' },
      guard: { v: 1, personal: [SET], off: [], sites: [] },
    };
    expect(planMigration(current)).toEqual({ set: {}, remove: [] });
  });

  it('writes version-1 settings back as the current version, keeping every field', () => {
    const plan = planMigration({
      settings: { region: 'BE-VL', language: 'fr', strictness: 'gentle' },
    });
    expect(plan.set.settings).toEqual({
      ...DEFAULT_SETTINGS,
      v: SETTINGS_VERSION,
      region: 'BE-VL',
      language: 'fr',
      strictness: 'gentle',
    });
  });

  it('leaves damaged settings for the options page to repair with its notice', () => {
    expect(planMigration({ settings: 'garbage' })).toEqual({ set: {}, remove: [] });
    expect(planMigration({ settings: { language: 'xx', strictness: 'gentle' } }).set).toEqual({});
  });

  it('turns an old single personal set into a list of one, and keeps the rest', () => {
    const site = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };
    const plan = planMigration({ guard: { personal: SET, off: ['nl-starter'], sites: [site] } });
    expect(plan.set.guard).toEqual({ v: 1, personal: [SET], off: ['nl-starter'], sites: [site] });
    // '' was "no personal rules".
    expect(planMigration({ guard: { personal: '' } }).set.guard).toEqual({
      v: 1,
      personal: [],
      off: [],
      sites: [],
    });
  });

  it('removes the retired variants turn', () => {
    expect(planMigration({ 'help:turn': 7 })).toEqual({ set: {}, remove: ['help:turn'] });
  });
});
