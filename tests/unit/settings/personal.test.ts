import { describe, expect, it } from 'vitest';
import { load, Matcher } from '../../../lib/matching';
import {
  addTerm,
  compilePersonal,
  hashTerm,
  hashTermWith,
  keysInUse,
  keyToBase64,
  MAX_PERSONAL,
  MAX_PERSONAL_KEYS,
  newPersonalRecord,
  parsePersonalRecord,
  removeByText,
  removeEntry,
  type PersonalRecord,
} from '../../../lib/settings/personal';
import { fromBase64, toBase64 } from '../../../lib/util/base64';

const KEY = Uint32Array.from([11, 22, 33, 44]);
const TODAY = '2026-03-14';

/** A record holding `terms`, added in order, with ids e0, e1, …; fails the test on a refusal. */
function withTerms(...terms: string[]): PersonalRecord {
  let record = newPersonalRecord(KEY);
  terms.forEach((term, i) => {
    const added = addTerm(record, term, TODAY, `e${i}`);
    if (!added.ok) throw new Error(`refused ${term}: ${added.reason}`);
    record = added.record;
  });
  return record;
}

function matcherOf(record: PersonalRecord): Matcher {
  return new Matcher(compilePersonal(record).map((set) => load(fromBase64(set))));
}

/** 500+ distinct plain terms with no letter run of three (`tulipaa`, `tulipba`, …). */
function distinctTerm(n: number): string {
  const letter = (i: number) => String.fromCharCode(97 + (i % 26));
  return `tulip${letter(n)}${letter(Math.floor(n / 26))}`;
}

describe('adding a term', () => {
  it('makes queries with that term match, and others not', () => {
    const m = matcherOf(withTerms('zebra'));
    expect(m.match('a zebra at dawn')).toEqual({ match: true, list: 0, line: 1, set: 0 });
    expect(m.match('Zébra')).toMatchObject({ match: true });
    expect(m.match('giraffe at dawn')).toEqual({ match: false });
    expect(m.match('zebras')).toEqual({ match: false });
  });

  it('keeps the day it was added and the given id', () => {
    const added = addTerm(newPersonalRecord(KEY), 'zebra', TODAY, 'abc123');
    expect(added.ok).toBe(true);
    if (!added.ok) return;
    expect(added.entry).toEqual({ id: 'abc123', added: TODAY, rule: expect.any(String) });
    expect(added.record.entries).toEqual([added.entry]);
  });

  it('gives each entry a random lowercase id when none is given', () => {
    const record = newPersonalRecord(KEY);
    const a = addTerm(record, 'zebra', TODAY);
    const b = addTerm(record, 'giraffe', TODAY);
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.entry.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.entry.id).not.toBe(b.entry.id);
  });

  it('does not change the record it was given', () => {
    const record = withTerms('zebra');
    const copy = structuredClone(record);
    addTerm(record, 'giraffe', TODAY);
    expect(record).toEqual(copy);
  });

  it('numbers the rules by entry, so a verdict points at the entry', () => {
    const m = matcherOf(withTerms('zebra', 'giraffe', 'tulip'));
    expect(m.match('tulip')).toMatchObject({ match: true, line: 3 });
    expect(m.match('giraffe')).toMatchObject({ match: true, line: 2 });
  });

  it.each([
    ['zebra + giraffe', 'giraffe seen near a zebra', 'a zebra alone'],
    ['tulip*', 'tulips in spring', 'a red rose'],
    ['*marble', 'bluemarble', 'marbles'],
    ['*pebble*', 'bigpebblestone', 'pebbl'],
    ['meadow lark', 'the meadow lark sings', 'lark over the meadow'],
    ['{minor-age} + lantern', 'lantern 12 yo', 'lantern 30 years old'],
  ])('accepts the list syntax: %s', (rule, matching, notMatching) => {
    const m = matcherOf(withTerms(rule));
    expect(m.match(matching)).toMatchObject({ match: true });
    expect(m.match(notMatching)).toEqual({ match: false });
  });

  it.each([
    ['zebra', 'zebra'],
    ['Zebra', 'zebra'],
    ['ZÉBRA', 'zebra'],
    ['  zebra  ', 'zebra'],
    ['z3bra', 'zebra'],
    ['z e b r a', 'zebra'],
    ['"zebra"!', 'zebra'],
    ['Zebra  Giraffe', 'zebra giraffe'],
  ])('refuses %s once %s is in the list, with a reason', (again, first) => {
    const record = withTerms(first);
    expect(addTerm(record, again, TODAY)).toEqual({ ok: false, reason: 'already in your list' });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['# zebra', 'a line starting with # or ! is a comment or header in the list format'],
    ['! id: zebra', 'a line starting with # or ! is a comment or header in the list format'],
    ['zebra\ngiraffe', 'one term or rule at a time'],
    ['zebra +', 'an empty part: is there a + with nothing on one side?'],
    ['*', 'a wildcard needs letters or digits to match'],
    ['tulip* meadow', 'a wildcard is allowed only in a part that is a single word'],
  ])('refuses %j with a reason', (text, reason) => {
    const record = newPersonalRecord(KEY);
    expect(addTerm(record, text, TODAY)).toEqual({ ok: false, reason });
    expect(hashTerm(record, text)).toEqual({ reason });
  });

  it(`holds at most ${MAX_PERSONAL} terms`, () => {
    let record = newPersonalRecord(KEY);
    for (let n = 0; n < MAX_PERSONAL; n++) {
      const added = addTerm(record, distinctTerm(n), TODAY, `e${n}`);
      if (!added.ok) throw new Error(`refused ${distinctTerm(n)}: ${added.reason}`);
      record = added.record;
    }
    expect(record.entries).toHaveLength(MAX_PERSONAL);
    expect(addTerm(record, 'zebra', TODAY)).toEqual({
      ok: false,
      reason: `the list holds at most ${MAX_PERSONAL} terms`,
    });
    expect(matcherOf(record).match(distinctTerm(MAX_PERSONAL - 1))).toMatchObject({
      match: true,
      line: MAX_PERSONAL,
    });
  });
});

describe('co-occurrence rules in another order', () => {
  it('are one rule: the second order is refused as already in the list', () => {
    const record = withTerms('zebra + giraffe herd');
    expect(addTerm(record, 'giraffe herd + zebra', TODAY)).toEqual({
      ok: false,
      reason: 'already in your list',
    });
  });

  it('can be removed by retyping the parts in another order', () => {
    const { record, removed } = removeByText(
      withTerms('zebra + giraffe herd'),
      'giraffe herd + zebra',
    );
    expect(removed).toBe(true);
    expect(record.entries).toEqual([]);
  });

  it('still need every part to match', () => {
    const matcher = matcherOf(withTerms('giraffe herd + zebra'));
    expect(matcher.match('a zebra near a giraffe herd').match).toBe(true);
    expect(matcher.match('a zebra alone').match).toBe(false);
  });
});

describe('removing', () => {
  it('by entry removes that entry only', () => {
    const record = removeEntry(withTerms('zebra', 'giraffe', 'tulip'), 'e1');
    expect(record.entries.map((e) => e.id)).toEqual(['e0', 'e2']);
    const m = matcherOf(record);
    expect(m.match('giraffe')).toEqual({ match: false });
    expect(m.match('zebra')).toMatchObject({ match: true });
    expect(m.match('tulip')).toMatchObject({ match: true });
  });

  it('by an unknown entry changes nothing', () => {
    const record = withTerms('zebra');
    expect(removeEntry(record, 'e9')).toEqual(record);
  });

  it.each(['zebra', 'Zebra', 'ZEBRA', 'zébra', 'ZÈBRA', ' zebra ', 'z3bra', 'z.e.b.r.a'])(
    'by retyping it as %j (same normalization)',
    (typed) => {
      const { record, removed } = removeByText(withTerms('zebra', 'giraffe'), typed);
      expect(removed).toBe(true);
      expect(record.entries.map((e) => e.id)).toEqual(['e1']);
      expect(matcherOf(record).match('zebra')).toEqual({ match: false });
    },
  );

  it.each([
    ['a rule retyped', 'Tulip*', 'tulip*'],
    ['a co-occurrence retyped', 'zebra+giraffe', 'zebra + giraffe'],
    ['a phrase retyped', 'Meadow  Lark', 'meadow lark'],
  ])('by retyping %s', (_name, typed, stored) => {
    const { record, removed } = removeByText(withTerms(stored, 'oak'), typed);
    expect(removed).toBe(true);
    expect(record.entries.map((e) => e.id)).toEqual(['e1']);
  });

  it.each([
    ['another word', 'giraffe'],
    ['a longer word', 'zebras'],
    ['the word as a prefix rule', 'zebra*'],
    ['an empty text', ''],
    ['a comment', '# zebra'],
  ])('by typing %s removes nothing', (_name, typed) => {
    const start = withTerms('zebra');
    const { record, removed } = removeByText(start, typed);
    expect(removed).toBe(false);
    expect(record.entries).toEqual(start.entries);
  });

  it('leaves an empty compiled set when the last term goes', () => {
    const { record } = removeByText(withTerms('zebra'), 'zebra');
    expect(record.entries).toEqual([]);
    expect(compilePersonal(record)).toEqual([]);
  });
});

describe('what is stored', () => {
  const TERMS = ['zebragiraffe', 'meadowlark tulip', 'lanternfish*'];

  /** The term's base64 at each of the three byte alignments, without the edge characters. */
  function base64Forms(text: string): string[] {
    const bytes = new TextEncoder().encode(text);
    return [0, 1, 2].map((pad) => {
      const padded = new Uint8Array(pad + bytes.length);
      padded.set(bytes, pad);
      const b64 = toBase64(padded);
      const whole = Math.floor(padded.length / 3) * 4;
      return b64.slice(pad === 0 ? 0 : 4, whole);
    });
  }

  it('holds no term as text, nor as base64', () => {
    const record = withTerms(...TERMS);
    const stored = JSON.stringify(record) + compilePersonal(record).join('');
    for (const term of TERMS) {
      for (const word of term.replace('*', '').split(' ')) {
        expect(stored.toLowerCase()).not.toContain(word);
        for (const form of base64Forms(word)) {
          expect(form.length).toBeGreaterThanOrEqual(4);
          expect(stored).not.toContain(form);
        }
      }
    }
  });

  it('holds the per-install key, and another key gives other hashed forms', () => {
    const a = newPersonalRecord(KEY);
    const b = newPersonalRecord(Uint32Array.from([1, 2, 3, 4]));
    expect(fromBase64(a.key)).toHaveLength(16);
    expect(hashTerm(a, 'zebra')).not.toEqual(hashTerm(b, 'zebra'));
    expect(hashTerm(a, 'zebra')).toEqual(hashTerm(newPersonalRecord(KEY), 'zebra'));
  });

  it('still matches after a round trip through storage (JSON)', () => {
    const record = parsePersonalRecord(JSON.parse(JSON.stringify(withTerms('zebra', 'tulip*'))));
    expect(record).not.toBeNull();
    const m = matcherOf(record!);
    expect(m.match('tulipfield')).toMatchObject({ match: true, line: 2 });
    expect(removeByText(record!, 'ZEBRA').removed).toBe(true);
  });
});

describe('parsePersonalRecord', () => {
  const good = withTerms('zebra', 'giraffe');

  it('keeps a good record as it is', () => {
    expect(parsePersonalRecord(structuredClone(good))).toEqual(good);
  });

  it.each([
    ['null', null],
    ['a string', 'zebra'],
    ['no key', { v: 1, entries: [] }],
    ['a key that is a number', { v: 1, key: 16, entries: [] }],
    ['a key that is not base64', { v: 1, key: 'not base64!', entries: [] }],
    ['a key of 8 bytes', { v: 1, key: toBase64(new Uint8Array(8)), entries: [] }],
    ['a key of 32 bytes', { v: 1, key: toBase64(new Uint8Array(32)), entries: [] }],
  ])('gives null for %s', (_name, raw) => {
    expect(parsePersonalRecord(raw)).toBeNull();
  });

  it.each([
    ['entries missing', undefined],
    ['entries a string', 'zebra'],
    ['entries an object', { e0: good.entries[0] }],
  ])('keeps the key with no entries for %s', (_name, entries) => {
    expect(parsePersonalRecord({ v: 1, key: good.key, entries })).toEqual({
      v: 1,
      key: good.key,
      entries: [],
    });
  });

  const entry = good.entries[0]!;
  it.each([
    ['null', null],
    ['a string', 'zebra'],
    ['an uppercase id', { ...entry, id: 'E0' }],
    ['an id of 33 characters', { ...entry, id: 'a'.repeat(33) }],
    ['an empty id', { ...entry, id: '' }],
    ['an id that is a number', { ...entry, id: 7 }],
    ['a bad day', { ...entry, added: '14-03-2026' }],
    ['no day', { ...entry, added: undefined }],
    ['a rule that is not base64', { ...entry, rule: 'zebra!' }],
    ['a rule cut short', { ...entry, rule: entry.rule.slice(0, -4) }],
    ['a rule of 3 bytes', { ...entry, rule: 'AAAA' }],
    ['an empty rule form', { ...entry, rule: 'AAAAAA==' }],
    ['a rule that is a number', { ...entry, rule: 5 }],
  ])('drops an entry with %s and keeps the good ones', (_name, bad) => {
    const raw = { ...good, entries: [good.entries[0], bad, good.entries[1]] };
    expect(parsePersonalRecord(raw)).toEqual(good);
  });

  it(`keeps at most ${MAX_PERSONAL} entries`, () => {
    const many = Array.from({ length: MAX_PERSONAL + 5 }, (_, i) => ({ ...entry, id: `e${i}` }));
    const parsed = parsePersonalRecord({ v: 1, key: good.key, entries: many });
    expect(parsed?.entries).toHaveLength(MAX_PERSONAL);
    expect(parsed?.entries.at(-1)?.id).toBe(`e${MAX_PERSONAL - 1}`);
  });
});

describe('entries from a setup code, under the code’s own key', () => {
  const CODE_KEY = Uint32Array.from([55, 66, 77, 88]);
  const codeKey = keyToBase64(CODE_KEY);

  /** The install's record with `terms` typed here plus `imported` hashed with the code's key. */
  function mixed(terms: string[], imported: string[]): PersonalRecord {
    const record = withTerms(...terms);
    const entries = imported.map((text, i) => ({
      id: `c${i}`,
      added: TODAY,
      rule: hashTermWith(CODE_KEY, text) as string,
      key: codeKey,
    }));
    return { ...record, entries: [...record.entries, ...entries] };
  }

  it('compiles one set per key, the install’s key first, and both match', () => {
    const record = mixed(['giraffe'], ['zebra']);
    expect(keysInUse(record)).toEqual([record.key, codeKey]);
    const sets = compilePersonal(record);
    expect(sets).toHaveLength(2);
    expect(matcherOf(record).match('a zebra')).toMatchObject({ match: true, set: 1 });
    expect(matcherOf(record).match('a giraffe')).toMatchObject({ match: true, set: 0 });
  });

  it('compiles only the code’s set when nothing was typed here', () => {
    const record = mixed([], ['zebra']);
    expect(compilePersonal(record)).toHaveLength(1);
    expect(matcherOf(record).match('zebra')).toMatchObject({ match: true });
  });

  it('removes an imported entry by typing it again', () => {
    const { record, removed } = removeByText(mixed(['giraffe'], ['zebra']), 'Zébra');
    expect(removed).toBe(true);
    expect(record.entries.map((e) => e.id)).toEqual(['e0']);
  });

  it('removes the same term under both keys at once', () => {
    const { record, removed } = removeByText(mixed(['zebra'], ['zebra', 'tulip']), 'zebra');
    expect(removed).toBe(true);
    expect(record.entries.map((e) => e.id)).toEqual(['c1']);
  });

  it('refuses to add a term a setup code already brought', () => {
    expect(addTerm(mixed([], ['zebra']), 'zebra', TODAY)).toEqual({
      ok: false,
      reason: 'already in your list',
    });
  });

  it('keeps the entry’s key through parsing, and drops entries with a damaged key', () => {
    const record = mixed(['giraffe'], ['zebra']);
    expect(parsePersonalRecord(structuredClone(record))).toEqual(record);
    const bad = { ...record.entries[1]!, id: 'bad', key: 'zebra' };
    const same = { ...record.entries[1]!, id: 'same', key: record.key };
    const parsed = parsePersonalRecord({ ...record, entries: [...record.entries, bad, same] });
    expect(parsed?.entries.map((e) => e.id)).toEqual(['e0', 'c0']);
  });

  it(`keeps at most ${MAX_PERSONAL_KEYS} keys of setup codes`, () => {
    const record = withTerms('giraffe');
    const entries = Array.from({ length: MAX_PERSONAL_KEYS + 2 }, (_, i) => {
      const key = Uint32Array.from([i, 1, 2, 3]);
      return {
        id: `k${i}`,
        added: TODAY,
        rule: hashTermWith(key, 'zebra') as string,
        key: keyToBase64(key),
      };
    });
    const parsed = parsePersonalRecord({ ...record, entries: [...record.entries, ...entries] });
    expect(keysInUse(parsed!)).toHaveLength(MAX_PERSONAL_KEYS + 1);
  });
});
