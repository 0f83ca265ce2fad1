/**
 * The shipped starter lists against their own corpora: tricky benign queries (parenting, health,
 * sex education, youth books and series, legal adult topics) must never match; generic risky
 * constructions must always match. Real generic constructions appear only in these corpora.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, Matcher, parseList, type ParsedList } from '../../lib/matching';

const dir = join(__dirname, '../../keyword-lists');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

interface Entry {
  id: string;
  file: string;
  language: string;
  version: string;
  default: boolean;
}
const registry = JSON.parse(read('index.json')) as { lists: Entry[] };
const parsed = new Map<string, ParsedList>(
  registry.lists.map((e) => [e.id, parseList(readFileSync(join(dir, e.file)))]),
);
const matcher = new Matcher([compile([...parsed.values()])]);

function corpus(name: string): string[] {
  return read(`corpus/${name}`)
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

describe('registry', () => {
  it('lists nl, en and fr starter lists, on by default', () => {
    expect(registry.lists.map((e) => [e.id, e.language, e.default])).toEqual([
      ['nl-starter', 'nl', true],
      ['en-starter', 'en', true],
      ['fr-starter', 'fr', true],
    ]);
  });

  it.each(registry.lists.map((e) => [e.id, e] as const))(
    '%s: file parses, header agrees',
    (id, e) => {
      const list = parsed.get(id)!;
      expect(list.problems).toEqual([]);
      expect(list.header.id).toBe(e.id);
      expect(list.header.version).toBe(e.version);
      expect(list.header.language).toBe(e.language);
      expect(list.rules.length).toBeGreaterThan(20);
    },
  );
});

describe('list files are canonical text', () => {
  it.each(registry.lists.map((e) => [e.file]))(
    '%s: UTF-8, LF, no trailing spaces, ends with a newline',
    (file) => {
      const text = read(file);
      expect(text).not.toMatch(/\r/);
      expect(text).not.toMatch(/[ \t]+$/m);
      expect(text.endsWith('\n')).toBe(true);
    },
  );

  it('the shared exception block is the same in every list', () => {
    const blocks = registry.lists.map((e) => {
      const text = read(e.file);
      const start = text.indexOf('# Shared exceptions');
      expect(start).toBeGreaterThan(0);
      return text.slice(start);
    });
    expect(blocks[1]).toBe(blocks[0]);
    expect(blocks[2]).toBe(blocks[0]);
  });
});

describe('corpora', () => {
  const benign = corpus('benign.txt');
  const risky = corpus('risky.txt');

  it('are large enough and free of duplicates', () => {
    expect(benign.length).toBeGreaterThanOrEqual(300);
    expect(risky.length).toBeGreaterThanOrEqual(100);
    expect(new Set(benign).size).toBe(benign.length);
    expect(new Set(risky).size).toBe(risky.length);
  });

  it('no benign query matches any starter list', () => {
    const hits = benign.filter((q) => matcher.match(q).match);
    expect(hits).toEqual([]);
  });

  it('every risky construction matches a starter list', () => {
    const misses = risky.filter((q) => !matcher.match(q).match);
    expect(misses).toEqual([]);
  });
});
