import { describe, expect, it } from 'vitest';
import { planImport, type Current } from '../../../lib/setup-code/plan';
import { generate, type GeneratorInput, type SetupCode } from '../../../lib/setup-code/setup-code';
import { EMPTY_GUARD } from '../../../lib/settings/guard';
import {
  addTerm,
  keyToBase64,
  MAX_PERSONAL_KEYS,
  newPersonalRecord,
} from '../../../lib/settings/personal';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/settings';

const TODAY = '2026-03-14';
const SHIPPED = ['nl-starter', 'en-starter', 'fr-starter'];
const CODE_KEY = Uint32Array.from([9, 8, 7, 6]);
const ENDPOINT = 'https://tellen.example.org/keerpunt';

function code(input: Partial<GeneratorInput> = {}, key = CODE_KEY): SetupCode {
  const g = generate(
    {
      region: 'BE-VL',
      language: 'nl',
      strictness: 'strict',
      coolingOff: 'none',
      lists: [{ id: 'fr-starter', on: false }],
      campaign: '',
      terms: [],
      ...input,
    },
    key,
  );
  if (!g.ok) throw new Error('not generated');
  return g.code;
}

function current(settings: Partial<Settings> = {}, off: string[] = []): Current {
  return {
    settings: { ...DEFAULT_SETTINGS, reach: { ...DEFAULT_SETTINGS.reach }, ...settings },
    personal: newPersonalRecord(Uint32Array.from([1, 2, 3, 4])),
    guard: { ...EMPTY_GUARD, off },
    shipped: SHIPPED,
  };
}

let n = 0;
const ids = () => `id${n++}`;

describe('planImport', () => {
  it('lists what changes, and only that', () => {
    const plan = planImport(code({ strictness: 'pause', campaign: 'c1' }), current(), TODAY, ids);
    expect(plan.ok && plan.changes).toEqual([
      { kind: 'region', from: 'auto', to: 'BE-VL' },
      { kind: 'language', from: 'auto', to: 'nl' },
      { kind: 'strictness', from: 'strict', to: 'pause' },
      { kind: 'list', id: 'fr-starter', on: false },
      { kind: 'campaign', from: '', to: 'C1' },
    ]);
  });

  it('lists a counting address from the code, after the campaign', () => {
    const plan = planImport(code({ campaign: 'c1', endpoint: ENDPOINT }), current(), TODAY, ids);
    expect(plan.ok && plan.changes.slice(-2)).toEqual([
      { kind: 'campaign', from: '', to: 'C1' },
      { kind: 'endpoint', from: '', to: ENDPOINT },
    ]);
  });

  it('never switches reach on, and keeps other settings', () => {
    const plan = planImport(code({ campaign: 'c1' }), current({ onboarded: true }), TODAY, ids);
    expect(plan.ok && plan.settings.reach).toEqual({
      enabled: false,
      campaign: 'C1',
      endpoint: '',
    });
    expect(plan.ok && plan.settings.onboarded).toBe(true);
    expect(plan.ok && plan.settings.active).toBe(true);
  });

  it('sets the counting address from the code, and still never switches reach on', () => {
    const plan = planImport(code({ campaign: 'c1', endpoint: ENDPOINT }), current(), TODAY, ids);
    expect(plan.ok && plan.settings.reach).toEqual({
      enabled: false,
      campaign: 'C1',
      endpoint: ENDPOINT,
    });
  });

  it('replaces the person’s counting address, saying from what, and leaves the switch as it is', () => {
    const mine = 'https://mijn.example.org';
    for (const enabled of [false, true]) {
      const now = current({ reach: { enabled, campaign: '', endpoint: mine } });
      const plan = planImport(code({ endpoint: ENDPOINT }), now, TODAY, ids);
      expect(plan.ok && plan.changes).toContainEqual({
        kind: 'endpoint',
        from: mine,
        to: ENDPOINT,
      });
      expect(plan.ok && plan.settings.reach).toEqual({ enabled, campaign: '', endpoint: ENDPOINT });
    }
  });

  it('keeps the person’s counting address when the code has none, and lists no change', () => {
    const mine = 'https://mijn.example.org';
    const now = current({ reach: { enabled: false, campaign: '', endpoint: mine } });
    const plan = planImport(code(), now, TODAY, ids);
    expect(plan.ok && plan.settings.reach.endpoint).toBe(mine);
    expect(plan.ok && plan.changes.some((c) => c.kind === 'endpoint')).toBe(false);
  });

  it('lists no change for the counting address the person already has', () => {
    const now = current({ reach: { enabled: false, campaign: '', endpoint: ENDPOINT } });
    const plan = planImport(code({ endpoint: ENDPOINT }), now, TODAY, ids);
    expect(plan.ok && plan.changes.some((c) => c.kind === 'endpoint')).toBe(false);
    expect(plan.ok && plan.settings.reach.endpoint).toBe(ENDPOINT);
  });

  it('allows a counting address during a cooling-off (it does not loosen protection)', () => {
    const c = code({ coolingOff: '24h', endpoint: ENDPOINT, lists: [] });
    const plan = planImport(c, current({ coolingOff: '24h' }), TODAY, ids);
    expect(plan.ok && plan.settings.reach).toEqual({
      enabled: false,
      campaign: '',
      endpoint: ENDPOINT,
    });
  });

  it('keeps the person’s campaign when the code has none', () => {
    const now = current({ reach: { enabled: true, campaign: 'MINE', endpoint: '' } });
    const plan = planImport(code(), now, TODAY, ids);
    expect(plan.ok && plan.settings.reach).toEqual({
      enabled: true,
      campaign: 'MINE',
      endpoint: '',
    });
    expect(plan.ok && plan.changes.some((c) => c.kind === 'campaign')).toBe(false);
  });

  it('says nothing changes for a code already imported', () => {
    const c = code({ terms: ['zebra'] });
    const first = planImport(c, current(), TODAY, ids);
    if (!first.ok) throw new Error('refused');
    const again = planImport(
      c,
      { settings: first.settings, personal: first.personal, guard: first.guard, shipped: SHIPPED },
      TODAY,
      ids,
    );
    expect(again.ok && again.changes).toEqual([{ kind: 'personal', added: 0, already: 1 }]);
    expect(again.ok && again.personal.entries).toHaveLength(1);
  });

  it('adds personal rules under the code’s key, with the day and new ids', () => {
    const plan = planImport(code({ terms: ['zebra', 'giraffe'] }), current(), TODAY, ids);
    if (!plan.ok) throw new Error('refused');
    expect(plan.personal.entries).toHaveLength(2);
    for (const e of plan.personal.entries) {
      expect(e).toMatchObject({ added: TODAY, key: keyToBase64(CODE_KEY) });
      expect(e.id).toMatch(/^id\d+$/);
    }
  });

  it('refuses a list this version does not ship, naming it', () => {
    const c = code({ lists: [{ id: 'de-starter', on: true }] });
    expect(planImport(c, current(), TODAY, ids)).toEqual({
      ok: false,
      problem: 'unknown-list',
      list: 'de-starter',
    });
  });

  it.each([
    ['a milder mode', { strictness: 'gentle' as const }, { coolingOff: '24h' as const }],
    ['a shorter cooling-off', { coolingOff: '1h' as const }, { coolingOff: '24h' as const }],
    ['a list switched off', {}, { coolingOff: '72h' as const, strictness: 'strict' as const }],
  ])('refuses %s while a cooling-off is set', (_name, input, now) => {
    const c = code({ coolingOff: now.coolingOff, ...input });
    expect(planImport(c, current(now), TODAY, ids)).toEqual({
      ok: false,
      problem: 'weakens-during-cooling-off',
    });
  });

  it('allows tightening while a cooling-off is set', () => {
    const c = code({ coolingOff: '72h', lists: [{ id: 'fr-starter', on: true }] });
    const plan = planImport(c, current({ coolingOff: '24h' }, ['fr-starter']), TODAY, ids);
    expect(plan.ok && plan.guard.off).toEqual([]);
    expect(plan.ok && plan.settings.coolingOff).toBe('72h');
  });

  it(`refuses a code key beyond the ${MAX_PERSONAL_KEYS} a record keeps`, () => {
    let now = current();
    for (let i = 0; i < MAX_PERSONAL_KEYS; i++) {
      const plan = planImport(
        code({ terms: ['zebra'] }, Uint32Array.from([i, 0, 0, 1])),
        now,
        TODAY,
        ids,
      );
      if (!plan.ok) throw new Error(`refused ${i}`);
      now = { ...now, personal: plan.personal };
    }
    expect(planImport(code({ terms: ['zebra'] }), now, TODAY, ids)).toEqual({
      ok: false,
      problem: 'too-many-keys',
    });
  });

  it('refuses rules beyond the personal list’s size', () => {
    let personal = newPersonalRecord();
    for (let i = 0; i < 500; i++) {
      const added = addTerm(
        personal,
        `tulip${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`,
        TODAY,
        `t${i}`,
      );
      if (!added.ok) throw new Error(added.reason);
      personal = added.record;
    }
    expect(planImport(code({ terms: ['zebra'] }), { ...current(), personal }, TODAY, ids)).toEqual({
      ok: false,
      problem: 'too-many-rules',
    });
  });
});
