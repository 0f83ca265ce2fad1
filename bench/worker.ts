/**
 * One measurement: one engine, one list size, one repetition, in a fresh process (run by
 * bench/run.ts as `node --expose-gc --import tsx bench/worker.ts …`). Prints one JSON line.
 *
 * Order inside the process, so that each figure sees the state it claims to:
 * 1. cold start: the persisted form is already in memory as bytes; time load → first verdict
 *    while nothing of the engine has run yet in this process;
 * 2. heap before; build from the list text (timed); the first query (timed apart: the RegExp
 *    compiles lazily here); heap after, with only the engine kept alive;
 * 3. warm-up passes over the queries (at least three and one second); then one measured pass,
 *    each query timed on its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD, ENGINES, loadPersisted, type Engine, type EngineName } from './engines';
import { quantileSorted } from './stats';

export interface WorkerResult {
  engine: EngineName;
  rules: number;
  queries: number;
  build_ms: number;
  cold_ms: number;
  first_ms: number;
  heap_mb: number;
  median_us: number;
  p99_us: number;
  mean_us: number;
  max_us: number;
  matched: number;
  /** Verdict bits, query i at bit i, base64. */
  verdicts: string;
}

function arg(name: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : undefined;
  if (v === undefined) throw new Error(`worker: --${name} is required`);
  return v;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('worker: run with --expose-gc');

function collect(): number {
  gc!();
  gc!();
  const m = process.memoryUsage();
  // Typed arrays live outside the JS heap; count them too.
  return m.heapUsed + m.arrayBuffers;
}

const now = () => performance.now();

/** Load → first verdict, in its own frame so nothing of it outlives the call. */
function coldStart(engineName: EngineName, persisted: Uint8Array, query: string): number {
  const t0 = now();
  const engine = loadPersisted(engineName, persisted);
  engine.match(query);
  return now() - t0;
}

/** Builds from the list text; the parse's garbage dies with this frame. */
function build(engineName: EngineName, text: string): { engine: Engine; ms: number } {
  const t0 = now();
  const engine = BUILD[engineName](text);
  return { engine, ms: now() - t0 };
}

function readBytes(path: string): Uint8Array {
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function main(): void {
  const engineName = arg('engine') as EngineName;
  if (!ENGINES.includes(engineName)) throw new Error(`worker: unknown engine ${engineName}`);
  const rules = Number(arg('rules'));
  const dir = arg('dir');
  const limitArg = process.argv.includes('--limit') ? Number(arg('limit')) : Infinity;

  const allQueries = JSON.parse(readFileSync(join(dir, 'queries.json'), 'utf8')) as string[];
  const queries = allQueries.slice(0, Math.min(allQueries.length, limitArg));
  const text = readFileSync(join(dir, `list-${rules}.txt`), 'utf8');
  const persisted = readBytes(join(dir, `persisted-${engineName}-${rules}.bin`));

  // 1. Cold start: load the persisted form → first verdict.
  const coldMs = coldStart(engineName, persisted, queries[0]!);

  // 2. Build from the list text; heap with only the engine alive.
  const heapBefore = collect();
  const built = build(engineName, text);
  const engine = built.engine;
  const buildMs = built.ms;
  const t0 = now();
  engine.match(queries[0]!);
  const firstMs = now() - t0;
  const heapMb = (collect() - heapBefore) / (1024 * 1024);

  // 3. Warm up to the steady state a long-running extension sees: V8 keeps re-optimizing for
  //    several passes (measured: a single pass's p99 kept falling until about the seventh pass).
  //    At least three passes and one second, at most twenty passes.
  const warmStart = now();
  for (let pass = 0; pass < 20; pass++) {
    for (const q of queries) engine.match(q);
    if (pass >= 2 && now() - warmStart > 1000) break;
  }
  // A full collection, so that the pass starts with an empty young generation; then at least one
  // more pass and 100 ms unmeasured. The forced collection leaves its sweeping to a background
  // thread on the other core, and a pass measured right after it ran beside that work: at 200k
  // rules (a larger heap to sweep) its p99 was ~1.8× that of the same pass measured once the
  // sweep was done, even for queries that probe nothing (bench/README.md).
  gc!();
  const settle = now();
  do for (const q of queries) engine.match(q);
  while (now() - settle < 100);

  const n = queries.length;
  const ns = new Float64Array(n);
  const bits = new Uint8Array(Math.ceil(n / 8));
  let matched = 0;
  for (let i = 0; i < n; i++) {
    const q = queries[i]!;
    // performance.now() allocates nothing; hrtime.bigint() allocates two BigInts a query,
    // which adds its own garbage and jitter to every engine's tail.
    const a = performance.now();
    const v = engine.match(q);
    const b = performance.now();
    ns[i] = (b - a) * 1e6;
    if (v) {
      matched++;
      bits[i >> 3]! |= 1 << (i & 7);
    }
  }
  let sum = 0;
  for (let i = 0; i < n; i++) sum += ns[i]!;
  const sorted = ns.slice().sort();

  const result: WorkerResult = {
    engine: engineName,
    rules,
    queries: n,
    build_ms: buildMs,
    cold_ms: coldMs,
    first_ms: firstMs,
    heap_mb: heapMb,
    median_us: quantileSorted(sorted, 0.5) / 1000,
    p99_us: quantileSorted(sorted, 0.99) / 1000,
    mean_us: sum / n / 1000,
    max_us: sorted[n - 1]! / 1000,
    matched,
    verdicts: Buffer.from(bits).toString('base64'),
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main();
