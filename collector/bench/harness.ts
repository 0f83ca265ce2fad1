/**
 * Shared by the load bench (collector/bench/load.ts) and the load test (collector/test/load.test.ts):
 * start the collector as a child process on a free loopback port with its own SQLite file, make
 * valid report bodies, and read back what the store holds.
 *
 * The collector is started as `node --import tsx collector/src/cli.ts serve` (what
 * `npm run collector` runs, without npm in between), so SIGTERM and SIGKILL reach it directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { REPORT_REGIONS, reportBody } from '../../lib/reach/report';

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))));
export const DIMS = ['region', 'lang', 'campaign', 'variant', 'version'] as const;
export const COLUMNS = [
  'reports',
  'shown',
  'help',
  'selfhelp',
  'safe',
  'continued',
  'pause',
] as const;

/** A free TCP port on 127.0.0.1 (asked from the OS, then released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export interface Collector {
  proc: ChildProcess;
  pid: number;
  port: number;
  /** `http://127.0.0.1:PORT` */
  url: string;
  /** Everything the process wrote to stdout and stderr, in order. */
  output: string[];
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then wait for the exit (SIGKILL after `graceMs`). */
  stop(graceMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL, then wait for the exit. */
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface StartOptions {
  sqlitePath: string;
  /** Extra arguments for node before the script, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Time allowed for the "listening on" line (tsx compiles on first start). */
  startTimeoutMs?: number;
}

/** The entry point run; `KP_BENCH_COLLECTOR` may point elsewhere (a build to compare). */
function entry(): string {
  return process.env.KP_BENCH_COLLECTOR || join(ROOT, 'collector/src/cli.ts');
}

async function startOnce(o: StartOptions, port: number): Promise<Collector> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    SQLITE_PATH: o.sqlitePath,
    KP_RATE_LIMIT: 'off',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL; // the bench measures the SQLite store
  delete env.NODE_OPTIONS;
  const script = entry();
  const args = [...(o.nodeArgs ?? [])];
  if (script.endsWith('.ts')) args.push('--import', 'tsx');
  args.push(script, 'serve');
  const proc = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`collector did not start in ${o.startTimeoutMs ?? 30000} ms`)),
      o.startTimeoutMs ?? 30000,
    );
    const onData = (chunk: Buffer) => {
      output.push(chunk.toString());
      if (/listening on http:\/\//.test(output.join(''))) {
        clearTimeout(timer);
        resolve();
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(
        new Error(`collector exited (${code ?? signal}) before listening:\n${output.join('')}`),
      );
    });
  });
  await ready;
  const kill = () => {
    if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    return exited;
  };
  return {
    proc,
    pid: proc.pid!,
    port,
    url: `http://127.0.0.1:${port}`,
    output,
    exited,
    kill,
    async stop(graceMs = 10000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return exited;
      proc.kill('SIGTERM');
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs);
      const result = await exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** Starts the collector; retries on another port if the chosen one was taken meanwhile. */
export async function startCollector(o: StartOptions): Promise<Collector> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await startOnce(o, await freePort());
    } catch (e) {
      lastError = e;
      if (!/EADDRINUSE/.test(String(e))) break;
    }
  }
  throw lastError;
}

/** CPU seconds (user + system) a process has used so far, from /proc (Linux); NaN elsewhere. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[11] = utime, fields[12] = stime, in clock ticks (100 Hz on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

// ---------------------------------------------------------------------------------------------
// Report bodies

/** Small seeded PRNG (mulberry32), so every run sends the same mix. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** YYYY-MM-DD of `now` minus `daysAgo` days, in UTC. */
export function utcDay(daysAgo: number, now = new Date()): string {
  return new Date(now.getTime() - daysAgo * 86400000).toISOString().slice(0, 10);
}

/**
 * `n` valid report bodies (256 bytes each, built by the extension's own `reportBody`): days in
 * the last 7 days UTC (today−1 … today−6, so a run across midnight stays valid), varied regions,
 * languages, versions, variants and campaigns (registered or not: an unknown one is stored as
 * "other", which changes no sum).
 */
export function makeBodies(n: number, seed = 1, now = new Date()): string[] {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const count = () => (rnd() < 0.4 ? 0 : Math.floor(rnd() * 51));
  const days = [1, 2, 3, 4, 5, 6].map((d) => utcDay(d, now));
  const langs = ['nl', 'en', 'fr'] as const;
  const campaigns = ['', '', '', 'RADIO-NL', 'POSTER-2026', 'GP-LEAFLET', 'X7'];
  const variants = ['', '', 'a', 'b', 'calm-2', 'short'];
  const versions = ['1.0.0', '1.1.0', '1.2.3', '1.3.0', '2.0.1'];
  const bodies: string[] = [];
  for (let i = 0; i < n; i++) {
    bodies.push(
      reportBody({
        day: pick(days),
        region: pick(REPORT_REGIONS),
        lang: pick(langs),
        campaign: pick(campaigns),
        variant: pick(variants),
        version: pick(versions),
        counts: {
          shown: count(),
          help: count(),
          selfhelp: count(),
          safe: count(),
          continued: count(),
          pause: count(),
        },
      }),
    );
  }
  return bodies;
}

// ---------------------------------------------------------------------------------------------
// Reading the store back

export interface StoreCheck {
  /** `PRAGMA integrity_check` → "ok" when sound. */
  integrity: string;
  /** Reports stored: sum of `reports` over dim='region'. */
  stored: number;
  /** Sum of `reports` per dimension (each must equal `stored`). */
  byDim: Record<string, number>;
  /** Days checked. */
  days: number;
  /** Every (day, column) where the dimensions' sums differ: a half-applied report. */
  mismatches: string[];
}

/**
 * Opens the SQLite file and checks it: integrity, and for every day and every column, the sum over
 * each dimension is the same (each report adds to exactly one row per dimension, in one
 * transaction). Safe while the collector runs (WAL: a reader sees the last committed state).
 */
export function checkStore(sqlitePath: string): StoreCheck {
  const db = new Database(sqlitePath, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .join('; ');
    const rows = db
      .prepare(
        `SELECT day, dim, ${COLUMNS.map((c) => `SUM(${c}) AS ${c}`).join(', ')}
         FROM marginals GROUP BY day, dim ORDER BY day, dim`,
      )
      .all() as ({ day: string; dim: string } & Record<(typeof COLUMNS)[number], number>)[];
    const byDay = new Map<string, Map<string, Record<string, number>>>();
    const byDim: Record<string, number> = Object.fromEntries(DIMS.map((d) => [d, 0]));
    for (const r of rows) {
      if (!byDay.has(r.day)) byDay.set(r.day, new Map());
      byDay.get(r.day)!.set(r.dim, Object.fromEntries(COLUMNS.map((c) => [c, r[c]])));
      byDim[r.dim] = (byDim[r.dim] ?? 0) + r.reports;
    }
    const mismatches: string[] = [];
    for (const [day, dims] of byDay) {
      for (const c of COLUMNS) {
        const sums = DIMS.map((d) => dims.get(d)?.[c] ?? 0);
        if (sums.some((s) => s !== sums[0]))
          mismatches.push(`${day} ${c}: ${DIMS.map((d, i) => `${d}=${sums[i]}`).join(' ')}`);
      }
      for (const d of dims.keys())
        if (!(DIMS as readonly string[]).includes(d)) mismatches.push(`${day}: unknown dim ${d}`);
    }
    return { integrity, stored: byDim.region ?? 0, byDim, days: byDay.size, mismatches };
  } finally {
    db.close();
  }
}
