import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compileShippedLists, shippedListsModule } from '../../../tools/build/shipped-lists';
import { load, Matcher } from '../../../lib/matching';
import { unpack } from '../../../lib/matching/packed';
import { fromBase64 } from '../../../lib/util/base64';

const dir = join(__dirname, '../../../keyword-lists');

describe('shipped lists compiled at build time', () => {
  it('compile into one set with the registry order', () => {
    const { bytes, lists } = compileShippedLists(dir);
    const set = load(bytes);
    expect(set.lists.map((l) => l.id)).toEqual(lists.map((l) => l.id));
  });

  it('the module carries base64 that loads and matches, and no readable term', () => {
    const source = shippedListsModule(dir);
    const compiled = /export const compiled = "([^"]+)"/.exec(source)![1]!;
    const m = new Matcher([unpack(fromBase64(compiled))]);
    expect(m.match('kinderporno').match).toBe(true);
    expect(m.match('kinderarts amsterdam').match).toBe(false);
    // Neither the compiled bytes nor the rest of the module hold a term.
    const bytes = new TextDecoder('latin1').decode(fromBase64(compiled)).toLowerCase();
    const rest = source.replace(compiled, '').toLowerCase();
    for (const text of [bytes, rest]) expect(text).not.toMatch(/porn|naakt|nude|kinder|enfant/);
  });

  it('a fresh key per build gives different bytes', () => {
    expect(compileShippedLists(dir).bytes).not.toEqual(compileShippedLists(dir).bytes);
  });
});
