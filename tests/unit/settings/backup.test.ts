import { describe, expect, it } from 'vitest';
import type { CustomSite } from '../../../lib/search/custom-site';
import {
  backupFileName,
  backupText,
  makeBackup,
  MAX_BACKUP_BYTES,
  mergePersonal,
  parseBackup,
  planRestore,
  type Backup,
  type RestoreCurrent,
} from '../../../lib/settings/backup';
import { parseGuard } from '../../../lib/settings/guard';
import { addTerm, newPersonalRecord, type PersonalRecord } from '../../../lib/settings/personal';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';

/** The backup as parsed JSON, to damage in tests. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data of any shape
type Raw = any;

const SITE: CustomSite = { host: 'zoek.example.nl', path: '/find', spot: { param: 'term' } };

function record(...terms: string[]): PersonalRecord {
  let r = newPersonalRecord();
  terms.forEach((t, i) => {
    const added = addTerm(r, t, '2026-01-02', `id${i}`);
    if (!added.ok) throw new Error(added.reason);
    r = added.record;
  });
  return r;
}

function settings(change: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, reach: { ...DEFAULT_SETTINGS.reach }, ...change };
}

function good(): Backup {
  return makeBackup(
    {
      settings: settings({ strictness: 'pause', coolingOff: '24h', region: 'NL', language: 'nl' }),
      personal: record('zebra', 'giraffe + okapi'),
      guard: { ...parseGuard(undefined), off: ['fr-starter'], sites: [SITE] },
    },
    '2026-03-04',
  );
}

/** The good backup as raw JSON, changed by `edit`, as text. */
function edited(edit: (raw: Raw) => void): string {
  const raw = JSON.parse(backupText(good()));
  edit(raw);
  return JSON.stringify(raw);
}

describe('parseBackup', () => {
  it('reads back what makeBackup wrote', () => {
    const backup = good();
    const text = backupText(backup);
    expect(parseBackup(text)).toEqual({ ok: true, backup });
    expect(text).not.toContain('zebra');
    expect(text).not.toContain('counts');
  });

  it('accepts a byte-order mark', () => {
    expect(parseBackup('\uFEFF' + backupText(good())).ok).toBe(true);
  });

  it.each([
    ['not JSON', 'zebra {', [{ kind: 'not-json' }]],
    ['empty', '', [{ kind: 'not-json' }]],
    ['JSON but not a backup', '{"v":1}', [{ kind: 'not-backup' }]],
    ['an array', '[]', [{ kind: 'not-backup' }]],
    ['a newer version', edited((r) => (r.v = 2)), [{ kind: 'version', version: '2' }]],
    ['no version', edited((r) => delete r.v), [{ kind: 'version', version: 'undefined' }]],
  ])('refuses %s', (_name, text, problems) => {
    expect(parseBackup(text)).toEqual({ ok: false, problems });
  });

  it('refuses a file that is too large, before parsing it', () => {
    const text = backupText(good()).replace('{', `{"x":"${' '.repeat(MAX_BACKUP_BYTES)}",`);
    expect(parseBackup(text)).toEqual({ ok: false, problems: [{ kind: 'too-large' }] });
  });

  it.each([
    ['created', (r: Raw) => (r.created = 'yesterday')],
    ['settings', (r: Raw) => (r.settings = 'strict')],
    ['settings.strictness', (r: Raw) => (r.settings.strictness = 'lenient')],
    ['settings.coolingOff', (r: Raw) => (r.settings.coolingOff = '1y')],
    ['settings.pin', (r: Raw) => (r.settings.pin = { salt: 'x', hash: 1 })],
    ['personal', (r: Raw) => delete r.personal],
    ['personal.key', (r: Raw) => (r.personal.key = 'short')],
    ['personal.entries', (r: Raw) => (r.personal.entries = {})],
    ['personal.entries[1]', (r: Raw) => (r.personal.entries[1].rule = '!!')],
    ['personal.entries[0]', (r: Raw) => (r.personal.entries[0].added = '2026-1-2')],
    ['personal.entries[1]', (r: Raw) => (r.personal.entries[1].id = r.personal.entries[0].id)],
    ['off', (r: Raw) => (r.off = 'fr-starter')],
    ['off[0]', (r: Raw) => (r.off[0] = 5)],
    ['sites', (r: Raw) => delete r.sites],
    ['sites[0]', (r: Raw) => (r.sites[0].host = 'Not A Host')],
  ])('names the damaged field %s and keeps nothing', (field, edit) => {
    expect(parseBackup(edited(edit))).toEqual({
      ok: false,
      problems: [{ kind: 'field', field }],
    });
  });

  it('names every damaged field at once', () => {
    const text = edited((r) => {
      r.settings.region = 'Atlantis';
      r.off.push('');
      r.sites.push({ host: 'x.example' });
    });
    expect(parseBackup(text)).toEqual({
      ok: false,
      problems: [
        { kind: 'field', field: 'settings.region' },
        { kind: 'field', field: 'off[1]' },
        { kind: 'field', field: 'sites[1]' },
      ],
    });
  });

  it('refuses too many sites', () => {
    const text = edited((r) => (r.sites = Array.from({ length: 51 }, () => SITE)));
    expect(parseBackup(text)).toEqual({
      ok: false,
      problems: [{ kind: 'too-many', field: 'sites' }],
    });
  });

  it('has a neutral file name', () => {
    expect(backupFileName('2026-03-04')).toBe('settings-backup-2026-03-04.json');
  });
});

describe('mergePersonal', () => {
  it('takes the backup whole, key included, into a record without entries', () => {
    const backup = record('zebra');
    const out = mergePersonal(newPersonalRecord(), backup, () => 'new');
    expect(out).toEqual({ record: backup, added: 1 });
  });

  it('adds the entries it lacks under their own key, once', () => {
    const mine = record('okapi');
    const theirs = record('zebra', 'giraffe');
    const out = mergePersonal(mine, theirs, () => 'fresh')!;
    expect(out.added).toBe(2);
    expect(out.record.key).toBe(mine.key);
    // id0 was taken by "okapi": the backup's id0 gets a new id.
    expect(out.record.entries.map((e) => [e.id, e.key])).toEqual([
      ['id0', undefined],
      ['fresh', theirs.key],
      ['id1', theirs.key],
    ]);
    expect(mergePersonal(out.record, theirs, () => 'again')!.added).toBe(0);
  });

  it('keeps an entry already there (same key, same form)', () => {
    const mine = record('zebra');
    expect(mergePersonal(mine, mine, () => 'x')!.added).toBe(0);
  });

  it('refuses when too many keys would be in use', () => {
    let mine = record('okapi');
    for (let i = 0; i < 8; i++) mine = mergePersonal(mine, record('zebra'), () => `k${i}`)!.record;
    expect(mergePersonal(mine, record('zebra'), () => 'z')).toBeNull();
  });
});

describe('planRestore', () => {
  const LISTS = ['nl-starter', 'en-starter', 'fr-starter'];
  const fresh = (change: Partial<Settings> = {}): RestoreCurrent => ({
    settings: settings(change),
    personal: newPersonalRecord(),
    guard: { ...parseGuard(undefined), off: ['nl-starter'] },
  });

  it('on a fresh install nothing waits, and the cooling-off period comes last', () => {
    const { steps, termsFit } = planRestore(fresh(), good(), LISTS);
    expect(termsFit).toBe(true);
    expect(steps.map((s) => s.kind)).toEqual([
      'settings',
      'list-on',
      'list-off',
      'add-site',
      'add-terms',
      'strictness',
      'cooling-off',
    ]);
    expect(steps.every((s) => !s.waits)).toBe(true);
  });

  it('what weakens protection waits the period in force now', () => {
    const { steps } = planRestore(fresh({ coolingOff: '72h' }), good(), LISTS);
    const waits = Object.fromEntries(steps.map((s) => [s.kind, s.waits]));
    expect(waits).toMatchObject({
      'list-on': false,
      'list-off': true,
      'add-site': false,
      'add-terms': false,
      strictness: true,
      'cooling-off': true,
    });
  });

  it('ignores lists this build does not ship; keeps a PIN when the backup has none', () => {
    const backup = good();
    backup.off.push('old-list');
    const pin = { salt: 'AAAA', hash: 'AAAA', iterations: 600_000 };
    const { steps } = planRestore(fresh({ pin }), backup, LISTS);
    expect(steps.some((s) => 'target' in s && s.target === 'old-list')).toBe(false);
    expect(steps.some((s) => s.kind === 'set-pin')).toBe(false);
  });

  it('changes nothing when the backup is what is in force', () => {
    const backup = good();
    const current = {
      settings: backup.settings,
      personal: backup.personal,
      guard: { ...parseGuard(undefined), off: backup.off, sites: backup.sites },
    };
    expect(planRestore(current, backup, LISTS).steps).toEqual([]);
  });
});
