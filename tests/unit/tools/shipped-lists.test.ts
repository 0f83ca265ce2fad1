import { describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compileShippedLists,
  shippedListsModule,
  shippedListsPlugin,
} from '../../../tools/build/shipped-lists';
import { shippedId } from '../../../lib/settings/shipped';
import { load, Matcher, serialize } from '../../../lib/matching';
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

describe('the shipped-lists module in a build', () => {
  const load = (plugin: ReturnType<typeof shippedListsPlugin>) => {
    const hook = plugin.load as (this: unknown, id: string) => string;
    return hook.call({ addWatchFile: () => undefined }, '\0virtual:keerpunt-shipped-lists');
  };

  it('carries the id of the form the background stores (its set unpacked, serialized)', () => {
    const source = shippedListsModule(dir);
    const compiled = /export const compiled = "([^"]+)"/.exec(source)![1]!;
    const id = /export const id = "([0-9a-f]{8})"/.exec(source)![1]!;
    expect(shippedId(serialize(unpack(fromBase64(compiled))))).toBe(id);
    expect(shippedId(fromBase64(compiled))).not.toBe(id);
  });

  it('is the same for every entrypoint build of one process, so background and guard agree', () => {
    const first = load(shippedListsPlugin(dir));
    expect(load(shippedListsPlugin(dir))).toBe(first);
  });

  it('is compiled again when a list changes', () => {
    const copy = mkdtempSync(join(tmpdir(), 'kp-lists-'));
    try {
      cpSync(dir, copy, { recursive: true });
      const before = load(shippedListsPlugin(copy));
      expect(load(shippedListsPlugin(copy))).toBe(before);
      const file = join(copy, 'en-starter.txt');
      writeFileSync(file, readFileSync(file, 'utf8') + '\nzebraquagga\n');
      const after = load(shippedListsPlugin(copy));
      expect(after).not.toBe(before);
      const compiled = /export const compiled = "([^"]+)"/.exec(after)![1]!;
      expect(new Matcher([unpack(fromBase64(compiled))]).match('zebraquagga').match).toBe(true);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
