import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run, type Io } from '../../../tools/lists/lists';
import { load, Matcher } from '../../../lib/matching';

const enc = (s: string) => new TextEncoder().encode(s);

function fakeIo(files: Record<string, string | Uint8Array>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array> = {};
  const io: Io = {
    readFile(path) {
      const f = files[path];
      if (f === undefined) throw Object.assign(new Error('nope'), { code: 'ENOENT', path });
      return typeof f === 'string' ? enc(f) : f;
    },
    writeFile(path, data) {
      written[path] = data;
    },
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  };
  return { io, out, err, written };
}

const LIST = '! id: zoo\nzebra\ngiraffe neck\n*lion*\n-zebra crossing\n';

describe('lists check', () => {
  it('exits 0 for good lists', () => {
    const { io, out } = fakeIo({ 'a.txt': LIST, 'b.txt': 'okapi' });
    expect(run(['check', 'a.txt', 'b.txt'], io)).toBe(0);
    expect(out).toEqual([]);
  });

  it('exits 1 with one FILE:LINE: reason per problem', () => {
    const { io, out } = fakeIo({ 'good.txt': LIST, 'bad.txt': 'zebra\nkind* porno\n\n{x}\n' });
    expect(run(['check', 'good.txt', 'bad.txt'], io)).toBe(1);
    expect(out).toEqual([
      'bad.txt:2: a wildcard is allowed only in a part that is a single word',
      'bad.txt:4: unknown class token {x}; the only one is {minor-age}',
    ]);
  });

  it('names a file it cannot read', () => {
    const { io, out } = fakeIo({});
    expect(run(['check', 'missing.txt'], io)).toBe(1);
    expect(out[0]).toMatch(/^missing\.txt: cannot read the file \(ENOENT\)/);
  });
});

describe('lists test', () => {
  const QUERIES = '\uFEFFzebra\r\n\r\nzebra crossing\r\nthe giraffe neck\r\nbig lions\r\nokapi\r\n';

  it('--json: exactly one object per query line, blank lines included, in order', () => {
    const { io, out } = fakeIo({ 'l.txt': LIST, 'q.txt': QUERIES });
    expect(run(['test', 'l.txt', '--queries', 'q.txt', '--json'], io)).toBe(0);
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { query: 'zebra', match: true, line: 2 },
      { query: '', match: false, line: null },
      { query: 'zebra crossing', match: false, line: null },
      { query: 'the giraffe neck', match: true, line: 3 },
      { query: 'big lions', match: true, line: 4 },
      { query: 'okapi', match: false, line: null },
    ]);
  });

  it('a last line without a line end still counts; a final line end adds no line', () => {
    const a = fakeIo({ 'l.txt': LIST, 'q.txt': 'zebra\nokapi' });
    run(['test', 'l.txt', '--queries', 'q.txt', '--json'], a.io);
    const b = fakeIo({ 'l.txt': LIST, 'q.txt': 'zebra\nokapi\n' });
    run(['test', 'l.txt', '--queries', 'q.txt', '--json'], b.io);
    expect(a.out).toHaveLength(2);
    expect(b.out).toEqual(a.out);
  });

  it('without --json: a readable table with a summary', () => {
    const { io, out } = fakeIo({ 'l.txt': LIST, 'q.txt': QUERIES });
    expect(run(['test', 'l.txt', '--queries', 'q.txt'], io)).toBe(0);
    expect(out[0]).toMatch(/^#\s+result\s+rule line\s+query$/);
    expect(out[1]).toMatch(/^1\s+match\s+2\s+zebra$/);
    expect(out.at(-1)).toBe('6 queries, 3 matched, 3 not matched');
  });

  it('refuses to test a list with problems, and says why on stderr', () => {
    const { io, out, err } = fakeIo({ 'l.txt': 'zebra +', 'q.txt': 'zebra' });
    expect(run(['test', 'l.txt', '--queries', 'q.txt', '--json'], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err).toEqual(['l.txt:1: an empty part: is there a + with nothing on one side?']);
  });

  it('names the line of a query file that is not UTF-8', () => {
    const { io, err } = fakeIo({
      'l.txt': LIST,
      'q.txt': new Uint8Array([0x61, 0x0a, 0x62, 0xe9, 0x0a]),
    });
    expect(run(['test', 'l.txt', '--queries', 'q.txt'], io)).toBe(2);
    expect(err[0]).toBe('lists: q.txt:2: not valid UTF-8: save the file as UTF-8');
  });
});

describe('lists compile', () => {
  it('writes a binary that loads and matches like the list, with no readable term', () => {
    const { io, written } = fakeIo({ 'l.txt': LIST });
    expect(run(['compile', 'l.txt', '-o', 'out.bin'], io)).toBe(0);
    const bytes = written['out.bin']!;
    expect(new TextDecoder('latin1').decode(bytes)).not.toMatch(/zebra|giraffe|lion|crossing/);
    const m = new Matcher([load(bytes)]);
    expect(m.match('a zebra')).toMatchObject({ match: true, line: 2 });
    expect(m.match('zebra crossing')).toEqual({ match: false });
  });

  it('writes nothing for a list with problems', () => {
    const { io, written, err } = fakeIo({ 'l.txt': 'ok\nzi*bra' });
    expect(run(['compile', 'l.txt', '-o', 'out.bin'], io)).toBe(1);
    expect(written).toEqual({});
    expect(err).toEqual(['l.txt:2: a * may stand only at the start or the end of a word']);
  });
});

describe('usage', () => {
  it.each([[[]], [['frob']], [['test', 'l.txt']], [['compile', 'l.txt']], [['check', '--frob']]])(
    '%j exits 2 with the usage',
    (argv) => {
      const { io, err } = fakeIo({});
      expect(run(argv, io)).toBe(2);
      expect(err.join('\n')).toMatch(/Usage:/);
    },
  );
});

describe('the real command line', () => {
  it('npm run --silent lists -- test --json prints only JSON lines on stdout', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-lists-'));
    writeFileSync(join(dir, 'l.txt'), LIST);
    writeFileSync(join(dir, 'q.txt'), 'zebra\n\nokapi\n');
    const stdout = execFileSync(
      'npm',
      [
        'run',
        '--silent',
        'lists',
        '--',
        'test',
        join(dir, 'l.txt'),
        '--queries',
        join(dir, 'q.txt'),
        '--json',
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(
      stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l)),
    ).toEqual([
      { query: 'zebra', match: true, line: 2 },
      { query: '', match: false, line: null },
      { query: 'okapi', match: false, line: null },
    ]);
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('check exits 1 on problems and compile writes a file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kp-lists-'));
    writeFileSync(join(dir, 'bad.txt'), 'zebra +\n');
    const bad = spawnSync(
      'npm',
      ['run', '--silent', 'lists', '--', 'check', join(dir, 'bad.txt')],
      { encoding: 'utf8' },
    );
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe(
      `${join(dir, 'bad.txt')}:1: an empty part: is there a + with nothing on one side?\n`,
    );
    writeFileSync(join(dir, 'l.txt'), LIST);
    const ok = spawnSync(
      'npm',
      ['run', '--silent', 'lists', '--', 'compile', join(dir, 'l.txt'), '-o', join(dir, 'l.bin')],
      { encoding: 'utf8' },
    );
    expect(ok.status).toBe(0);
    expect(new Matcher([load(readFileSync(join(dir, 'l.bin')))]).match('zebra').match).toBe(true);
  });
});
