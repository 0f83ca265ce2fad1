import { describe, expect, it } from 'vitest';
import {
  cancel,
  classify,
  decide,
  nextApplyAt,
  parsePending,
  reconcile,
  takeDue,
  waitingFor,
  type ChangeRequest,
  type Current,
  type PendingChange,
  type PendingRecord,
} from '../../../lib/settings/pending';

const T = 1_800_000_000_000;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const CURRENT: Current = {
  strictness: 'pause',
  coolingOff: '24h',
  active: true,
  pin: true,
  off: ['fr-starter'],
  sites: ['zoek.example.nl'],
  entries: ['e1', 'e2'],
};

const record = (...changes: PendingChange[]): PendingRecord => ({ v: 1, changes });
const change = (over: Partial<PendingChange>): PendingChange => ({
  id: 'c1',
  kind: 'switch-off',
  requestedAt: T,
  applyAt: T + DAY,
  ...over,
});

describe('classify', () => {
  it.each<[string, ChangeRequest, Partial<Current>, string]>([
    ['removing a term', { kind: 'remove-term', target: 'e1' }, {}, 'weakening'],
    ['removing a term that is not there', { kind: 'remove-term', target: 'e9' }, {}, 'same'],
    ['adding a term', { kind: 'add-term', target: 'e9' }, {}, 'strengthening'],
    ['switching a list off', { kind: 'list-off', target: 'nl-starter' }, {}, 'weakening'],
    ['switching an off list off', { kind: 'list-off', target: 'fr-starter' }, {}, 'same'],
    ['switching a list on', { kind: 'list-on', target: 'fr-starter' }, {}, 'strengthening'],
    ['switching an on list on', { kind: 'list-on', target: 'nl-starter' }, {}, 'same'],
    ['removing a site', { kind: 'remove-site', target: 'zoek.example.nl' }, {}, 'weakening'],
    ['removing an unknown site', { kind: 'remove-site', target: 'x.example' }, {}, 'same'],
    ['adding a site', { kind: 'add-site', target: 'x.example' }, {}, 'strengthening'],
    ['pause → gentle', { kind: 'strictness', value: 'gentle' }, {}, 'weakening'],
    ['pause → strict', { kind: 'strictness', value: 'strict' }, {}, 'strengthening'],
    ['pause → pause', { kind: 'strictness', value: 'pause' }, {}, 'same'],
    [
      'strict → gentle',
      { kind: 'strictness', value: 'gentle' },
      { strictness: 'strict' },
      'weakening',
    ],
    ['24 h → 1 h', { kind: 'cooling-off', value: '1h' }, {}, 'weakening'],
    ['24 h → none', { kind: 'cooling-off', value: 'none' }, {}, 'weakening'],
    ['24 h → 72 h', { kind: 'cooling-off', value: '72h' }, {}, 'strengthening'],
    ['none → 1 h', { kind: 'cooling-off', value: '1h' }, { coolingOff: 'none' }, 'strengthening'],
    ['switching off', { kind: 'switch-off' }, {}, 'weakening'],
    ['switching off when off', { kind: 'switch-off' }, { active: false }, 'same'],
    ['switching on', { kind: 'switch-on' }, { active: false }, 'strengthening'],
    ['switching on when on', { kind: 'switch-on' }, {}, 'same'],
    ['removing the PIN', { kind: 'remove-pin' }, {}, 'weakening'],
    ['removing no PIN', { kind: 'remove-pin' }, { pin: false }, 'same'],
    ['setting a PIN', { kind: 'set-pin' }, { pin: false }, 'strengthening'],
  ])('%s is %s', (_, request, over, expected) => {
    expect(classify(request, { ...CURRENT, ...over })).toBe(expected);
  });
});

describe('decide: scheduling', () => {
  it.each<[ChangeRequest, Partial<PendingChange>]>([
    [
      { kind: 'remove-term', target: 'e1' },
      { kind: 'remove-term', target: 'e1' },
    ],
    [
      { kind: 'list-off', target: 'nl-starter' },
      { kind: 'list-off', target: 'nl-starter' },
    ],
    [
      { kind: 'remove-site', target: 'zoek.example.nl' },
      { kind: 'remove-site', target: 'zoek.example.nl' },
    ],
    [
      { kind: 'strictness', value: 'gentle' },
      { kind: 'strictness', value: 'gentle' },
    ],
    [
      { kind: 'cooling-off', value: 'none' },
      { kind: 'cooling-off', value: 'none' },
    ],
    [{ kind: 'switch-off' }, { kind: 'switch-off' }],
    [{ kind: 'remove-pin' }, { kind: 'remove-pin' }],
  ])('%o waits the current period', (request, expected) => {
    const d = decide(record(), request, CURRENT, T, 'n1');
    const waiting = change({ id: 'n1', requestedAt: T, applyAt: T + DAY, ...expected });
    expect(d).toEqual({ outcome: 'wait', record: record(waiting), change: waiting });
  });

  it('shortening the period waits the current, longer one', () => {
    const d = decide(
      record(),
      { kind: 'cooling-off', value: '1h' },
      { ...CURRENT, coolingOff: '72h' },
      T,
      'n1',
    );
    expect(d.outcome === 'wait' && d.change.applyAt).toBe(T + 3 * DAY);
  });

  it('with no cooling-off everything applies at once', () => {
    const d = decide(record(), { kind: 'switch-off' }, { ...CURRENT, coolingOff: 'none' }, T, 'n1');
    expect(d).toEqual({ outcome: 'apply', record: record() });
  });

  it('a weakening change applied at once settles an older waiting one of its kind', () => {
    const old = change({ kind: 'strictness', value: 'gentle' });
    const d = decide(
      record(old),
      { kind: 'strictness', value: 'gentle' },
      { ...CURRENT, coolingOff: 'none' },
      T,
      'n1',
    );
    expect(d).toEqual({ outcome: 'apply', record: record() });
  });

  it.each<ChangeRequest>([
    { kind: 'add-term', target: 'e9' },
    { kind: 'list-on', target: 'fr-starter' },
    { kind: 'add-site', target: 'x.example' },
    { kind: 'strictness', value: 'strict' },
    { kind: 'cooling-off', value: '72h' },
    { kind: 'set-pin' },
  ])('strengthening %o applies at once', (request) => {
    expect(decide(record(), request, CURRENT, T, 'n1')).toEqual({
      outcome: 'apply',
      record: record(),
    });
  });
});

describe('decide: strengthening cancels the opposite', () => {
  const other = change({ id: 'o1', kind: 'list-off', target: 'en-starter' });
  it.each<[string, PendingChange, ChangeRequest, Partial<Current>, string]>([
    [
      'a list switched back on',
      change({ kind: 'list-off', target: 'nl-starter' }),
      { kind: 'list-on', target: 'nl-starter' },
      {},
      'same',
    ],
    [
      'a term added again',
      change({ kind: 'remove-term', target: 'e1' }),
      { kind: 'add-term', target: 'e1' },
      {},
      'apply',
    ],
    [
      'a site added again',
      change({ kind: 'remove-site', target: 'zoek.example.nl' }),
      { kind: 'add-site', target: 'zoek.example.nl' },
      {},
      'apply',
    ],
    [
      'the current strictness chosen again',
      change({ kind: 'strictness', value: 'gentle' }),
      { kind: 'strictness', value: 'pause' },
      {},
      'same',
    ],
    [
      'a stricter mode',
      change({ kind: 'strictness', value: 'gentle' }),
      { kind: 'strictness', value: 'strict' },
      {},
      'apply',
    ],
    [
      'a longer period',
      change({ kind: 'cooling-off', value: '1h' }),
      { kind: 'cooling-off', value: '72h' },
      {},
      'apply',
    ],
    ['switching on again', change({ kind: 'switch-off' }), { kind: 'switch-on' }, {}, 'same'],
    ['a new PIN', change({ kind: 'remove-pin' }), { kind: 'set-pin' }, {}, 'apply'],
  ])('%s', (_, waiting, request, over, outcome) => {
    const d = decide(record(other, waiting), request, { ...CURRENT, ...over }, T + HOUR, 'n1');
    expect(d).toEqual({ outcome, record: record(other) });
  });

  it('another list switched on leaves the waiting one alone', () => {
    const waiting = change({ kind: 'list-off', target: 'nl-starter' });
    const d = decide(record(waiting), { kind: 'list-on', target: 'fr-starter' }, CURRENT, T, 'n1');
    expect(d).toEqual({ outcome: 'apply', record: record(waiting) });
  });
});

describe('decide: duplicates', () => {
  it('asking again keeps the waiting change and its time', () => {
    const waiting = change({ kind: 'list-off', target: 'nl-starter' });
    const d = decide(
      record(waiting),
      { kind: 'list-off', target: 'nl-starter' },
      CURRENT,
      T + HOUR,
      'n1',
    );
    expect(d).toEqual({ outcome: 'wait', record: record(waiting), change: waiting });
  });

  it('a weaker value restarts the wait', () => {
    const waiting = change({ kind: 'cooling-off', value: '1h' });
    const d = decide(
      record(waiting),
      { kind: 'cooling-off', value: 'none' },
      CURRENT,
      T + HOUR,
      'n1',
    );
    const next = change({
      id: 'n1',
      kind: 'cooling-off',
      value: 'none',
      requestedAt: T + HOUR,
      applyAt: T + HOUR + DAY,
    });
    expect(d).toEqual({ outcome: 'wait', record: record(next), change: next });
  });

  it('a less weak value keeps the earlier time', () => {
    const waiting = change({ kind: 'strictness', value: 'gentle' });
    const d = decide(
      record(waiting),
      { kind: 'strictness', value: 'pause' },
      { ...CURRENT, strictness: 'strict' },
      T + HOUR,
      'n1',
    );
    const next = change({
      id: 'n1',
      kind: 'strictness',
      value: 'pause',
      requestedAt: T + HOUR,
      applyAt: T + DAY,
    });
    expect(d).toEqual({ outcome: 'wait', record: record(next), change: next });
  });
});

describe('cancel', () => {
  it('removes the change with that id only', () => {
    const a = change({ id: 'a' });
    const b = change({ id: 'b', kind: 'remove-pin' });
    expect(cancel(record(a, b), 'a')).toEqual(record(b));
    expect(cancel(record(a, b), 'zz')).toEqual(record(a, b));
  });
});

describe('takeDue', () => {
  const a = change({
    id: 'a',
    kind: 'list-off',
    target: 'x',
    applyAt: T + 2 * HOUR,
    requestedAt: T + HOUR / 2,
  });
  const b = change({ id: 'b', kind: 'remove-pin', applyAt: T + HOUR });
  const c = change({ id: 'c', kind: 'switch-off', applyAt: T + DAY });

  it.each<[string, number, string[], string[]]>([
    ['nothing before its time', T + HOUR - 1, [], ['a', 'b', 'c']],
    ['at its time exactly', T + HOUR, ['b'], ['a', 'c']],
    ['several, oldest first', T + 3 * HOUR, ['b', 'a'], ['c']],
    ['all', T + DAY, ['b', 'a', 'c'], []],
  ])('%s', (_, now, due, rest) => {
    const taken = takeDue(record(a, b, c), now);
    expect(taken.due.map((x) => x.id)).toEqual(due);
    expect(taken.record.changes.map((x) => x.id)).toEqual(rest);
    expect(taken.changed).toBe(due.length > 0);
  });

  it('says when the next one is due', () => {
    expect(nextApplyAt(record(a, b, c))).toBe(T + HOUR);
    expect(nextApplyAt(record())).toBeNull();
  });

  it('finds the waiting change for a thing', () => {
    expect(waitingFor(record(a, b), 'list-off', 'x')).toBe(a);
    expect(waitingFor(record(a, b), 'list-off', 'y')).toBeUndefined();
    expect(waitingFor(record(a, b), 'remove-pin')).toBe(b);
  });
});

describe('clock changes', () => {
  const waiting = change({ id: 'a', requestedAt: T, applyAt: T + HOUR });

  it('a clock set back before the request re-anchors the change with its full wait', () => {
    const back = T - DAY;
    const { record: r, changed } = reconcile(record(waiting), back);
    expect(changed).toBe(true);
    expect(r.changes[0]).toMatchObject({ requestedAt: back, applyAt: back + HOUR });
    // Stored and read again later, it does not move again; it applies one hour after the jump.
    expect(reconcile(r, back + 10).changed).toBe(false);
    expect(takeDue(r, back + HOUR - 1).due).toEqual([]);
    expect(takeDue(r, back + HOUR).due.map((c) => c.id)).toEqual(['a']);
  });

  it('is never due while the clock reads earlier than the request', () => {
    expect(takeDue(record(waiting), T - 1).due).toEqual([]);
  });

  it('a clock set back a little (after the request) keeps the time: at most the wait remains', () => {
    expect(reconcile(record(waiting), T + 10).changed).toBe(false);
    expect(takeDue(record(waiting), T + HOUR).due).toHaveLength(1);
  });

  it('a clock set forward applies when the clock says so', () => {
    expect(takeDue(record(waiting), T + 10 * DAY).due).toHaveLength(1);
  });
});

describe('parsePending', () => {
  const good = change({ id: 'g1', kind: 'remove-term', target: 'e1' });
  it('keeps a good record as it is', () => {
    const r = record(good, change({ id: 'g2', kind: 'strictness', value: 'gentle' }));
    expect(parsePending(JSON.parse(JSON.stringify(r)))).toEqual(r);
  });

  it.each<[string, unknown]>([
    ['no record', undefined],
    ['not an object', 'pending'],
    ['no list', { v: 1 }],
    ['a list of junk', { v: 1, changes: [null, 3, 'x', []] }],
  ])('%s gives an empty record', (_, raw) => {
    expect(parsePending(raw)).toEqual(record());
  });

  it.each<[string, Partial<Record<keyof PendingChange, unknown>>]>([
    ['a bad id', { id: 'A B' }],
    ['an unknown kind', { kind: 'delete-everything' }],
    ['a term without its entry id', { kind: 'remove-term', target: undefined }],
    ['a term as text, not an id', { kind: 'remove-term', target: 'Zebra Giraffe' }],
    ['a bad host', { kind: 'remove-site', target: 'a/b' }],
    ['an unknown strictness', { kind: 'strictness', value: 'off' }],
    ['a value where none belongs', { kind: 'switch-off', value: 'x' }],
    ['a target where none belongs', { kind: 'remove-pin', target: 'x' }],
    ['applyAt before requestedAt (would apply early)', { applyAt: T - 1 }],
    ['applyAt equal to requestedAt', { applyAt: T }],
    ['a wait longer than any period', { applyAt: T + 4 * DAY }],
    ['a time that is not a number', { requestedAt: 'yesterday' }],
    ['a fractional time', { applyAt: T + 0.5 }],
  ])('drops a change with %s', (_, over) => {
    const bad = { ...change({ id: 'b1' }), ...over };
    expect(parsePending({ v: 1, changes: [good, bad] })).toEqual(record(good));
  });

  it('keeps the later of two changes for one thing, and the first of two ids', () => {
    const later = { ...good, id: 'g3', applyAt: good.applyAt + 5 };
    expect(parsePending({ v: 1, changes: [good, later] })).toEqual(record(later));
    const sameId = change({ id: 'g1', kind: 'remove-pin' });
    expect(parsePending({ v: 1, changes: [good, sameId] })).toEqual(record(good));
  });
});
