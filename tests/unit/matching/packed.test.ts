import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  CompiledFormatError,
  compileTexts,
  load,
  Matcher,
  serialize,
  type CompiledSet,
} from '../../../lib/matching';
import { pack, unpack } from '../../../lib/matching/packed';
import { compileShippedLists } from '../../../tools/build/shipped-lists';

const KEY = Uint32Array.from([5, 6, 7, 8]);
const shipped = load(compileShippedLists('keyword-lists').bytes);

/** The set as plain data: every array and scalar, so two sets compare field by field. */
function plain(set: CompiledSet): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(set).map(([k, v]) => [k, v instanceof Uint32Array ? Array.from(v) : v]),
  );
}

function setOf(...lists: string[]): CompiledSet {
  const { set, lists: scanned } = compileTexts(lists, KEY);
  expect(scanned.flatMap((l) => l.problems)).toEqual([]);
  return set!;
}

const corpus = (name: string) =>
  readFileSync(`keyword-lists/corpus/${name}.txt`, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));

describe('pack and unpack', () => {
  it('give back the shipped set exactly, at under a quarter of the binary size', () => {
    const packed = pack(shipped);
    expect(plain(unpack(packed))).toEqual(plain(shipped));
    expect(serialize(unpack(packed))).toEqual(serialize(shipped));
    expect(packed.length * 4).toBeLessThan(serialize(shipped).length);
  });

  it('give the same verdict as the binary form on the starter lists’ corpora', () => {
    const fromBinary = new Matcher([shipped]);
    const fromPacked = new Matcher([unpack(pack(shipped))]);
    const queries = [...corpus('risky'), ...corpus('benign')];
    expect(queries.length).toBeGreaterThan(100);
    let risky = 0;
    for (const q of queries) {
      const v = fromPacked.match(q);
      expect(v).toEqual(fromBinary.match(q));
      if (v.match) risky++;
    }
    // Both kinds of query were met, so the comparison covered matches and non-matches.
    expect(risky).toBeGreaterThan(50);
    expect(risky).toBeLessThan(queries.length);
  });

  it('keep every kind of rule: words, wildcards, co-occurrence, exceptions, several lists', () => {
    const set = setOf(
      '! id: one\nzebra\nzebra crossing\nzebra* + *giraffe\n{minor-age} + okapi\n',
      '! id: two\n*ibis*\nflamingo*\n-flamingo pink\nheron + stork + crane\n',
      '',
    );
    expect(plain(unpack(pack(set)))).toEqual(plain(set));
  });

  it('keep any list of words and wildcards exactly (property)', () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/);
    const rule = fc.oneof(
      word,
      fc.tuple(word, word).map(([a, b]) => `${a} ${b}`),
      word.map((w) => `${w}*`),
      word.map((w) => `*${w}`),
      fc.tuple(word, word).map(([a, b]) => `${a} + ${b}*`),
      word.map((w) => `-${w} ${w}`),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(rule, { maxLength: 40 }), { minLength: 1, maxLength: 3 }),
        (lists) => {
          const { set } = compileTexts(
            lists.map((rules) => `${rules.join('\n')}\n`),
            KEY,
          );
          if (!set) return; // a generated list with a problem (a lone exception): nothing to pack
          expect(plain(unpack(pack(set)))).toEqual(plain(set));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuse a set whose postings are not in slot order', () => {
    const set = setOf('zebra\nokapi\n');
    const slots = set.slots.slice();
    const used = [...Array(set.capacity).keys()].filter((s) => slots[s * 4 + 2]);
    // Swap the posting offsets of the two used slots.
    [slots[used[0]! * 4 + 2], slots[used[1]! * 4 + 2]] = [
      slots[used[1]! * 4 + 2]!,
      slots[used[0]! * 4 + 2]!,
    ];
    expect(() => pack({ ...set, slots })).toThrow(/slot order/);
  });

  it('refuse a set whose slot keeps a ref its postings do not hold', () => {
    const set = setOf('zebra\nokapi\n');
    const slots = set.slots.slice();
    const slot = [...Array(set.capacity).keys()].find((s) => slots[s * 4 + 3])!;
    slots[slot * 4 + 3]! += 512; // another rule
    expect(() => pack({ ...set, slots })).toThrow(/single ref/);
  });
});

describe('unpack on damaged input', () => {
  const packed = pack(setOf('zebra\nzebra* + *giraffe\n-zebra crossing\n'));

  it('says what is wrong with something that is not a packed list', () => {
    expect(() => unpack(serialize(shipped))).toThrow(/not a Keerpunt packed list/);
    expect(() => unpack(new Uint8Array())).toThrow(CompiledFormatError);
  });

  it('throws a format error, never anything else, when cut short at any length', () => {
    for (let n = 0; n < packed.length; n++) {
      expect(() => unpack(packed.subarray(0, n)), `cut at ${n}`).toThrow(CompiledFormatError);
    }
  });

  it('throws a format error on trailing bytes', () => {
    const longer = new Uint8Array(packed.length + 1);
    longer.set(packed);
    expect(() => unpack(longer)).toThrow(CompiledFormatError);
  });

  it('never throws anything but a format error when bytes are changed (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(packed.length - 1), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (changes) => {
          const bytes = packed.slice();
          for (const [at, value] of changes) bytes[at] = value;
          try {
            unpack(bytes);
          } catch (error) {
            expect(error).toBeInstanceOf(CompiledFormatError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
