/**
 * The list tools for list maintainers: check, test, compile (keyword-lists/README.md).
 * `run` takes its file access and output as arguments so tests drive it in-process; cli.ts is
 * the thin command-line wrapper.
 */
import { compile, Matcher, parseList, serialize, type ParsedList } from '../../lib/matching';

export interface Io {
  readFile(path: string): Uint8Array;
  writeFile(path: string, data: Uint8Array): void;
  out(line: string): void;
  err(line: string): void;
}

export const USAGE = `Usage:
  npm run lists -- check FILE...                          check list files; exit 1 on problems
  npm run --silent lists -- test FILE --queries QFILE [--json]
                                                          run a list against one query per line
  npm run lists -- compile FILE... -o OUT                 write the compiled (hashed) binary form`;

class UsageError extends Error {}

function readList(io: Io, file: string): ParsedList | string {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    return `${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})`;
  }
  return parseList(bytes);
}

/** Reads a list and reports its problems as `FILE:LINE: reason`; null when it has any. */
function loadList(io: Io, file: string, report: (line: string) => void): ParsedList | null {
  const parsed = readList(io, file);
  if (typeof parsed === 'string') {
    report(parsed);
    return null;
  }
  for (const p of parsed.problems) report(`${file}:${p.line}: ${p.reason}`);
  return parsed.problems.length > 0 ? null : parsed;
}

function check(io: Io, files: string[]): number {
  if (files.length === 0) throw new UsageError('check needs at least one FILE');
  let failed = 0;
  for (const file of files) {
    const parsed = loadList(io, file, io.out);
    if (!parsed) failed++;
    else io.err(`${file}: ${parsed.rules.length} rules, no problems`);
  }
  return failed > 0 ? 1 : 0;
}

/** Query file lines: BOM and CRLF accepted; a final line end does not start another line. */
function queryLines(io: Io, file: string): string[] {
  const bytes = io.readFile(file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstInvalidLine(bytes);
    throw new UsageError(`${file}:${at}: not valid UTF-8: save the file as UTF-8`);
  }
  if (text === '') return [];
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

function firstInvalidLine(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (;;) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    try {
      decoder.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (end >= bytes.length) return line;
    line++;
    start = end + 1;
  }
}

function test(io: Io, file: string, queriesFile: string, json: boolean): number {
  const parsed = loadList(io, file, io.err);
  if (!parsed) return 1;
  const matcher = new Matcher([compile([parsed])]);
  const queries = queryLines(io, queriesFile);
  let matched = 0;
  const rows: string[][] = [];
  for (const [i, query] of queries.entries()) {
    const v = matcher.match(query);
    if (v.match) matched++;
    if (json) io.out(JSON.stringify({ query, match: v.match, line: v.match ? v.line : null }));
    else rows.push([String(i + 1), v.match ? 'match' : '-', v.match ? String(v.line) : '', query]);
  }
  if (!json) {
    const head = ['#', 'result', 'rule line', 'query'];
    const widths = head.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
    const fmt = (r: string[]) =>
      r
        .map((cell, c) => (c < 3 ? cell.padEnd(widths[c]!) : cell))
        .join('  ')
        .trimEnd();
    io.out(fmt(head));
    for (const r of rows) io.out(fmt(r));
    io.out(
      `${queries.length} queries, ${matched} matched, ${queries.length - matched} not matched`,
    );
  }
  return 0;
}

function compileFiles(io: Io, files: string[], out: string): number {
  if (files.length === 0) throw new UsageError('compile needs at least one FILE');
  const lists: ParsedList[] = [];
  for (const file of files) {
    const parsed = loadList(io, file, io.err);
    if (!parsed) return 1;
    lists.push(parsed);
  }
  const bytes = serialize(compile(lists));
  io.writeFile(out, bytes);
  const rules = lists.reduce((n, l) => n + l.rules.length, 0);
  io.err(`${out}: ${rules} rules from ${files.length} list(s), ${bytes.length} bytes`);
  return 0;
}

/** Runs one command; returns the exit code (0 ok, 1 problems, 2 usage or I/O error). */
export function run(argv: string[], io: Io): number {
  try {
    const [command, ...rest] = argv;
    const files: string[] = [];
    let queries: string | undefined;
    let out: string | undefined;
    let json = false;
    for (let i = 0; i < rest.length; i++) {
      const a = rest[i]!;
      if (a === '--json') json = true;
      else if (a === '--queries' || a === '-q') queries = rest[++i];
      else if (a === '-o' || a === '--out') out = rest[++i];
      else if (a === '--help' || a === '-h') {
        io.out(USAGE);
        return 0;
      } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
      else files.push(a);
    }
    switch (command) {
      case 'check':
        return check(io, files);
      case 'test':
        if (files.length !== 1 || !queries)
          throw new UsageError('test needs one FILE and --queries QFILE');
        return test(io, files[0]!, queries, json);
      case 'compile':
        if (!out) throw new UsageError('compile needs -o OUT');
        return compileFiles(io, files, out);
      case 'help':
        io.out(USAGE);
        return 0;
      case undefined:
        throw new UsageError('no command given');
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`lists: ${e.message}`);
      io.err(USAGE);
      return 2;
    }
    const code = (e as NodeJS.ErrnoException).code;
    if (code) {
      io.err(`lists: ${(e as NodeJS.ErrnoException).path ?? ''}: cannot read or write (${code})`);
      return 2;
    }
    throw e;
  }
}
