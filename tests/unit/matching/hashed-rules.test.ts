import { describe, expect, it } from 'vitest';
import {
  compile,
  hashRule,
  Matcher,
  parseList,
  serialize,
  SetBuilder,
} from '../../../lib/matching';

const KEY = Uint32Array.from([9, 8, 7, 6]);
const LIST = [
  '! id: placeholder',
  'zebra',
  'giraffe herd',
  'tulip*',
  '*marble',
  '*pebble*',
  'lantern + {minor-age}',
  'meadow + oak tree',
  '-zebra crossing',
].join('\n');

describe('hashed rules (how personal rules are rebuilt without their text)', () => {
  it('builds byte for byte the set that the rules themselves build without phrase gates', () => {
    const parsed = parseList(LIST);
    expect(parsed.problems).toEqual([]);
    const builder = new SetBuilder(KEY);
    builder.addList(parsed.header);
    for (const rule of parsed.rules) builder.addHashed(hashRule(rule, KEY), rule.line);
    const fromHashed = builder.build();
    const plain = new SetBuilder(KEY, { phraseGates: false });
    plain.addList(parsed.header);
    for (const rule of parsed.rules) plain.addRule(rule);
    expect(serialize(fromHashed)).toEqual(serialize(plain.build()));
    // A stored form holds no phrase gates, so its set does not claim them; the rules' own set
    // does, and both give the same verdicts.
    const gated = compile([parsed], KEY);
    expect(fromHashed.phraseGates).toBe(false);
    expect(gated.phraseGates).toBe(true);
    const queries = [
      'a giraffe herd',
      'giraffe',
      'herd giraffe',
      'meadow oak tree',
      'zebra crossing',
    ];
    for (const q of queries) {
      expect(new Matcher([fromHashed]).match(q), q).toEqual(new Matcher([gated]).match(q));
    }
  });

  it('holds no readable text', () => {
    const parsed = parseList('zebrazebra*\nmeadowland + oak tree');
    for (const rule of parsed.rules) {
      const bytes = new Uint8Array(hashRule(rule, KEY).buffer);
      const latin = String.fromCharCode(...bytes);
      expect(latin).not.toMatch(/zebra|meadow|oak|tree/);
    }
  });

  it('differs under another key', () => {
    const rule = parseList('zebra').rules[0]!;
    expect(hashRule(rule, KEY)).not.toEqual(hashRule(rule, Uint32Array.from([1, 1, 1, 1])));
  });

  it.each([
    ['empty', []],
    ['no parts', [0, 0]],
    ['truncated reading', [0, 1, 0, 1, 1, 5]],
    ['size 0', [0, 1, 0, 1, 0, 1, 2, 3, 0]],
    ['unknown kind', [0, 1, 7, 1, 1, 1, 2, 3, 0]],
    ['trailing words', [0, 1, 0, 1, 1, 1, 2, 3, 0, 99]],
  ])('refuses a damaged form (%s) and files nothing', (_name, words) => {
    const builder = new SetBuilder(KEY);
    builder.addList({});
    expect(() => builder.addHashed(Uint32Array.from(words), 1)).toThrow(RangeError);
    expect(builder.build().ruleLine.length).toBe(0);
  });
});

describe('switching lists off', () => {
  const first = '! id: first\nzebra\n-zebra crossing';
  const second = '! id: second\nzebra\ncrossing';
  const set = compile([parseList(first), parseList(second)], KEY);

  it('lets a rule of another list answer', () => {
    const m = new Matcher([set]);
    expect(m.match('a zebra')).toMatchObject({ match: true, list: 0, line: 2 });
    m.switchOff(0, new Set(['first']));
    expect(m.match('a zebra')).toMatchObject({ match: true, list: 1, line: 2 });
  });

  it('drops the exceptions of a list that is off', () => {
    const m = new Matcher([set]);
    // The first list's exception covers "zebra crossing" for the first list only.
    expect(m.match('zebra crossing')).toMatchObject({ match: true, list: 1, line: 2 });
    m.switchOff(0, new Set(['second']));
    expect(m.match('zebra crossing').match).toBe(false);
  });

  it('matches nothing when every list is off, and everything again when switched back', () => {
    const m = new Matcher([set]);
    m.switchOff(0, new Set(['first', 'second']));
    expect(m.match('zebra').match).toBe(false);
    m.switchOff(0, new Set());
    expect(m.match('zebra').match).toBe(true);
  });
});
