/**
 * `npm run bench:collector [-- --seconds 10] [-- --connections 100] [-- --smoke] [-- --cpu-prof]`
 *
 * Load bench of the reach collector's ingest (POST /v1/report), see collector/bench/README.md.
 *
 * 1. Throughput: the collector runs as a child process (fresh temp SQLite file, KP_RATE_LIMIT=off);
 *    autocannon (in this process, so the two share the machine's cores — the CPU each used is
 *    printed) sends valid 256-byte reports: a warm-up, then a measured run of about --seconds.
 *    Prints reports/s, p50/p99/max latency, non-2xx; then SIGTERM, and the stored reports must
 *    equal the 204 answers exactly (else exit 1). Goal: ≥ 5,000 reports/s and p99 < 50 ms — a
 *    missed goal is printed, not failed.
 * 2. Kill: load, SIGKILL mid-load, restart on the same file: integrity_check ok, every dimension's
 *    sums equal per day and column, stored ≥ acknowledged before the kill; load again and the
 *    count must grow by exactly the new 204s (else exit 1).
 *
 * --smoke (or KP_BENCH_SMOKE=1): a run of about 2 s of load that checks the shape, for CI.
 * KP_BENCH_SECONDS sets --seconds; --connections takes a list (e.g. 16,64,128): one measured run
 * each, on the same collector. --cpu-prof writes a V8 CPU profile of the collector (throughput
 * scenario) to $TMPDIR/kp-collector-profiles/.
 */
import autocannon from 'autocannon';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkStore, cpuSeconds, makeBodies, startCollector, type Collector } from './harness';

const GOAL_RATE = 5000;
const GOAL_P99_MS = 50;

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  smoke: boolean;
  seconds: number;
  warmup: number;
  connections: number[];
  cpuProf: boolean;
  keep: boolean;
}

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run bench:collector -- [--smoke] [--seconds N] [--connections 64,128] [--cpu-prof] [--keep]\n`,
  );
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const env = process.env;
  const o: Options = {
    smoke: env.KP_BENCH_SMOKE === '1',
    seconds: Number(env.KP_BENCH_SECONDS || 10),
    warmup: 2,
    connections: [100],
    cpuProf: false,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => argv[++i] ?? usage(`${a} needs a value`);
    if (a === '--smoke') o.smoke = true;
    else if (a === '--seconds') o.seconds = Number(value());
    else if (a === '--connections') o.connections = value().split(',').map(Number);
    else if (a === '--cpu-prof') o.cpuProf = true;
    else if (a === '--keep') o.keep = true;
    else usage(`unknown option ${a}`);
  }
  if (!(o.seconds > 0)) usage('--seconds needs a number > 0');
  if (o.connections.some((n) => !Number.isInteger(n) || n < 1 || n > 1000))
    usage('--connections needs whole numbers 1–1000');
  if (o.smoke) {
    o.seconds = 0.8;
    o.warmup = 0.3;
    o.connections = [Math.min(o.connections[0]!, 32)];
  }
  return o;
}

// ---------------------------------------------------------------------------------------------
// Driving the load

// Every connection builds its own copy of the request list before the first one starts, so the
// list stays short (256 bodies); the latency of answers to requests sent before every connection
// was ready is left out (see load()).
const BODIES = makeBodies(256, 7);
const REQUESTS: autocannon.Request[] = BODIES.map((body) => ({
  method: 'POST',
  path: '/v1/report',
  headers: { 'content-type': 'application/json' },
  body,
}));

interface Load {
  /** 204 answers received. */
  acked: number;
  /** Answers per status code. */
  status: Map<number, number>;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** From the moment every connection was ready to the last answer. */
  seconds: number;
  /** Latency of every 204 to a request sent once every connection was ready, ms. */
  latencies: number[];
  /** Seconds from the start (connections being built) to the last answer. */
  wall: number;
  /** CPU seconds used meanwhile by the collector and by this process (autocannon). */
  cpuCollector: number;
  cpuDriver: number;
}

interface LoadRun {
  /** Resolves when the run is over (amount reached, or stopped). */
  done: Promise<Load>;
  /** 204 answers so far. */
  acked(): number;
  stop(): void;
}

/**
 * Sends `amount` reports over `connections` keep-alive connections, pipelining 1. With an amount,
 * autocannon waits for every answer, so every report the collector stored was answered.
 */
function load(c: Collector, connections: number, amount: number): LoadRun {
  const cpu0 = cpuSeconds(c.pid);
  const self0 = process.cpuUsage();
  const wall0 = performance.now();
  let ready = Infinity;
  let last = wall0;
  let acked = 0;
  const latencies: number[] = [];
  const status = new Map<number, number>();
  let settle!: (err: unknown, r?: autocannon.Result) => void;
  const done = new Promise<Load>((resolve, reject) => {
    settle = (err, r) => {
      if (err || !r) return reject(err ?? new Error('autocannon gave no result'));
      const self = process.cpuUsage(self0);
      resolve({
        acked,
        status,
        non2xx: [...status].filter(([s]) => s < 200 || s > 299).reduce((n, [, k]) => n + k, 0),
        errors: r.errors,
        timeouts: r.timeouts,
        seconds: Math.max(0.001, (last - Math.min(ready, last)) / 1000),
        latencies,
        wall: Math.max(0.001, (last - wall0) / 1000),
        cpuCollector: cpuSeconds(c.pid) - cpu0,
        cpuDriver: (self.user + self.system) / 1e6,
      });
    };
  });
  const instance = autocannon(
    { url: c.url, connections, pipelining: 1, amount, timeout: 30, requests: REQUESTS },
    (err, r) => settle(err, r),
  );
  // Emitted once every client exists (autocannon builds them synchronously, the first ones
  // already sending), so latencies are counted from here on.
  instance.on('start', () => (ready = performance.now()));
  instance.on('response', (_client, code, _bytes, ms) => {
    last = performance.now();
    status.set(code, (status.get(code) ?? 0) + 1);
    if (code === 204) {
      acked++;
      if (last - ms >= ready) latencies.push(ms);
    }
  });
  return { done, acked: () => acked, stop: () => instance.stop() };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
    : '–';

function statusLine(l: Load): string {
  const codes = [...l.status]
    .sort((a, b) => a[0] - b[0])
    .map(([s, k]) => `${s}×${k}`)
    .join(' ');
  return `${codes || 'no answers'}; errors ${l.errors} (timeouts ${l.timeouts})`;
}

let failed = false;
function check(ok: boolean, line: string): void {
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${line}`);
  if (!ok) failed = true;
}

function tempFile(dirs: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-collector-bench-'));
  dirs.push(dir);
  return join(dir, 'reach.sqlite');
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Figures {
  connections: number;
  rate: number;
  p50: number;
  p99: number;
  max: number;
  non2xx: number;
}

async function throughput(o: Options, dirs: string[]): Promise<Figures[]> {
  console.log('\n# Throughput (POST /v1/report, 256-byte reports, pipelining 1)');
  const sqlitePath = tempFile(dirs);
  const profDir = join(tmpdir(), 'kp-collector-profiles');
  if (o.cpuProf) mkdirSync(profDir, { recursive: true });
  const c = await startCollector({
    sqlitePath,
    nodeArgs: o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [],
  });
  const outputAtStart = c.output.join('').length;
  let sent204 = 0;
  const figures: Figures[] = [];
  try {
    for (const connections of o.connections) {
      // Warm-up (JIT, SQLite page cache, connections): a short run to estimate the rate, then one
      // of about o.warmup seconds, whose rate sizes the measured run.
      const warm: Load[] = [];
      warm.push(await load(c, connections, o.smoke ? 300 : Math.max(2000, connections * 20)).done);
      const first = warm[0]!;
      if (!o.smoke) {
        const amount = Math.round((first.acked / first.seconds) * o.warmup);
        warm.push(await load(c, connections, Math.max(connections * 4, amount)).done);
      }
      const warmAcked = warm.reduce((n, w) => n + w.acked, 0);
      const warmSeconds = warm.reduce((n, w) => n + w.seconds, 0);
      sent204 += warmAcked;
      // The warm-up underestimates a JIT-warm collector: size the measured run again when it
      // ended too early (every run's 204s are counted for the store check).
      let rate = warm.at(-1)!.acked / Math.max(warm.at(-1)!.seconds, 0.05);
      let m: Load | undefined;
      for (let attempt = 0; attempt < 3; attempt++) {
        const amount = Math.max(connections * 4, Math.round(rate * o.seconds));
        m = await load(c, connections, amount).done;
        sent204 += m.acked;
        rate = m.acked / m.seconds;
        if (o.smoke || m.seconds >= 0.7 * o.seconds) break;
        console.log(`  (${connections} connections: a run of ${fmt(m.seconds, 2)} s, sized again)`);
      }
      if (!m) throw new Error('no measured run');
      const sorted = m.latencies.slice().sort((a, b) => a - b);
      const f: Figures = {
        connections,
        rate: m.acked / m.seconds,
        p50: percentile(sorted, 50),
        p99: percentile(sorted, 99),
        max: sorted.at(-1) ?? NaN,
        non2xx: m.non2xx,
      };
      figures.push(f);
      console.log(
        `  ${connections} connections: ${fmt(m.acked)} reports in ${fmt(m.seconds, 2)} s` +
          ` (warm-up ${fmt(warmAcked)} in ${fmt(warmSeconds, 2)} s)`,
      );
      console.log(
        `    ${fmt(f.rate)} reports/s sustained; latency p50 ${fmt(f.p50, 1)} ms, p99 ${fmt(f.p99, 1)} ms,` +
          ` max ${fmt(f.max, 1)} ms; non-2xx ${f.non2xx}`,
      );
      console.log(`    answers: ${statusLine(m)}`);
      console.log(
        `    CPU during the run: collector ${fmt((100 * m.cpuCollector) / m.wall)}% of a core,` +
          ` autocannon (this process) ${fmt((100 * m.cpuDriver) / m.wall)}%` +
          ` — ${fmt(m.acked / Math.max(m.cpuCollector, 0.01))} reports per collector CPU second`,
      );
    }
  } finally {
    const exit = await c.stop();
    console.log(`  collector stopped by SIGTERM: exit ${exit.code ?? exit.signal}`);
  }
  const extra = c.output.join('').slice(outputAtStart).trim();
  console.log(
    `  collector output after the listening line: ${extra ? JSON.stringify(extra.slice(0, 200)) : 'none'}`,
  );
  const s = checkStore(sqlitePath);
  console.log('  store after SIGTERM:');
  check(s.integrity === 'ok', `integrity_check: ${s.integrity}`);
  check(
    s.stored === sent204,
    `stored reports ${fmt(s.stored)} == 204 answers ${fmt(sent204)} (warm-up included)`,
  );
  check(
    s.mismatches.length === 0,
    `every dimension sums to the same per day and column (${Object.entries(s.byDim)
      .map(([d, n]) => `${d} ${n}`)
      .join(', ')})${s.mismatches.length ? `: ${s.mismatches.slice(0, 3).join('; ')}` : ''}`,
  );
  if (o.cpuProf) console.log(`  CPU profile of the collector: ${profDir}/`);
  return figures;
}

async function killScenario(o: Options, dirs: string[]): Promise<void> {
  console.log('\n# SIGKILL mid-load, restart on the same file');
  const sqlitePath = tempFile(dirs);
  const connections = o.connections[0]!;
  const killAfter = o.smoke ? 0.5 : Math.min(3, o.seconds / 2);
  const first = await startCollector({ sqlitePath });
  // Far more than can be sent before the kill; the run ends when it is stopped.
  const run = load(first, connections, 10_000_000);
  // Kill only once the load is flowing (a slow machine may take a moment to connect).
  const t0 = Date.now();
  while (run.acked() === 0 && Date.now() - t0 < 30000) await sleep(10);
  await sleep(killAfter * 1000);
  await first.kill();
  // Answers already on the wire when the process died are still read; then stop retrying.
  await sleep(200);
  run.stop();
  const before = await run.done;
  const acked = before.acked;
  console.log(
    `  SIGKILL after ${fmt(before.seconds, 2)} s of load at ${fmt(acked / before.seconds)} reports/s;` +
      ` 204 answers before the kill: ${fmt(acked)}`,
  );

  const second = await startCollector({ sqlitePath });
  try {
    const s = checkStore(sqlitePath);
    console.log(`  after the restart (${s.days} days):`);
    check(s.integrity === 'ok', `integrity_check: ${s.integrity}`);
    check(
      s.mismatches.length === 0,
      `every dimension's sums are equal per day and column (no half-applied report)${
        s.mismatches.length ? `: ${s.mismatches.slice(0, 3).join('; ')}` : ''
      }`,
    );
    check(
      s.stored >= acked,
      `stored ${fmt(s.stored)} ≥ acknowledged ${fmt(acked)}` +
        ` (stored but unanswered, in flight at the kill: ${fmt(s.stored - acked)}; at most ${connections})`,
    );
    check(
      s.stored - acked <= connections,
      `no more stored than sent: stored − acknowledged ≤ connections (${connections})`,
    );

    const again = await load(second, connections, o.smoke ? 200 : 5000).done;
    await second.stop();
    const t = checkStore(sqlitePath);
    console.log(`  after ${fmt(again.acked)} more reports (${statusLine(again)}) and SIGTERM:`);
    check(t.integrity === 'ok', `integrity_check: ${t.integrity}`);
    check(
      t.stored - s.stored === again.acked,
      `stored grew by ${fmt(t.stored - s.stored)} == new 204 answers ${fmt(again.acked)} (now ${fmt(t.stored)})`,
    );
    check(t.mismatches.length === 0, 'every dimension still sums to the same');
  } finally {
    await second.stop();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const dirs: string[] = [];
  console.log(
    `Keerpunt collector load bench${o.smoke ? ' (smoke)' : ''}: Node ${process.version},` +
      ` ${(await import('node:os')).cpus().length} CPUs, autocannon in the bench process,` +
      ` the collector in a child process`,
  );
  try {
    const figures = await throughput(o, dirs);
    await killScenario(o, dirs);
    console.log('\n# Goal: ≥ 5,000 reports/s and p99 < 50 ms');
    for (const f of figures) {
      const met = f.rate >= GOAL_RATE && f.p99 < GOAL_P99_MS;
      console.log(
        `  ${met ? 'goal met' : 'goal missed'} with ${f.connections} connections: ` +
          `${fmt(f.rate)} reports/s, p99 ${fmt(f.p99, 1)} ms${o.smoke ? ' (smoke run: not meaningful)' : ''}`,
      );
    }
  } finally {
    if (!o.keep) for (const d of dirs) rmSync(d, { recursive: true, force: true });
    else console.log(`kept: ${dirs.join(' ')}`);
  }
  console.log(failed ? '\nFAILED: the store does not match the answers' : '\nall checks passed');
  process.exit(failed ? 1 : 0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
