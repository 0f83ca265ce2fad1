import { describe, expect, it } from 'vitest';
import { compileTexts, serialize } from '../../../lib/matching';
import { guardMatcher } from '../../../lib/matching/guarded';
import { toBase64 } from '../../../lib/util/base64';

const shipped = compileTexts(['! id: list-a\nzebra\n', '! id: list-b\ngiraffe\n']).set!;
const personal = (term: string) => toBase64(serialize(compileTexts([`${term}\n`]).set!));

describe('guardMatcher', () => {
  it('matches the shipped lists and every personal set, in that order', () => {
    const m = guardMatcher(shipped, { v: 1, personal: [personal('okapi')], off: [], sites: [] });
    expect(m.match('a zebra').match).toBe(true);
    expect(m.match('a giraffe').match).toBe(true);
    expect(m.match('an okapi')).toMatchObject({ match: true, set: 1 });
    expect(m.match('a lion').match).toBe(false);
  });

  it('leaves out the shipped lists switched off, and only those', () => {
    const m = guardMatcher(shipped, { v: 1, personal: [], off: ['list-b'], sites: [] });
    expect(m.match('a giraffe').match).toBe(false);
    expect(m.match('a zebra').match).toBe(true);
  });

  it('skips a damaged personal set and keeps the others', () => {
    const m = guardMatcher(shipped, {
      v: 1,
      personal: ['AAAA', personal('okapi')],
      off: [],
      sites: [],
    });
    expect(m.match('an okapi')).toMatchObject({ match: true, set: 1 });
    expect(m.match('a zebra').match).toBe(true);
  });
});
