/**
 * `npm run bench:e2e [-- --json] [-- --smoke] [-- --no-build] [-- --navigations N] [-- --warmup N]`
 *
 * Keerpunt's speed in a real browser: Debian's headless Chromium with the built extension, and a
 * second one without it, both on the fake search sites of the end-to-end suite. Measures how soon
 * help shows for a risky search, the delay the extension adds to the first paint of a clean
 * search, the memory of the service worker and the content script, and the content script's
 * size; says whether each goal is met. Method and latest figures: bench/e2e/README.md.
 *
 * Run it from the repository root (npm does). Progress goes to stderr; with --json the last line
 * of stdout is one JSON object with every figure. The exit code is 0 when a speed or size goal is
 * missed (this is a measurement) and 1 when any frame showed the results of a risky search or
 * the harness failed; with --smoke (5 navigations each, no goals judged) also when a figure is
 * missing.
 */
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import {
  EXTENSION_DIR,
  idOf,
  launch,
  onboardingTab,
  serviceWorker,
  type Launched,
} from '../../tests/e2e/support/extension';
import { BENIGN, RISKY } from '../../tests/e2e/support/queries';
import { SITES, resultsUrl, serveFakeSites } from '../../tests/e2e/support/sites';
import { median, quantileSorted } from '../stats';
import {
  measureClean,
  measureRisky,
  pageHeap,
  serviceWorkerHeap,
  Tab,
  type HeapUsage,
} from './measure';
import { contentScriptSize, CONTENT_SCRIPT, type ScriptSize } from './size';

// ---------------------------------------------------------------------------------------------
// Options and goals

interface Options {
  json: boolean;
  smoke: boolean;
  build: boolean;
  navigations: number;
  warmup: number;
}

export const GOALS = {
  /** Delay a clean search adds before first paint, p95 (DESIGN.md's budget). */
  cleanDelayP95Ms: 16,
  /** Navigation start → help visible, p95. */
  helpP95Ms: 150,
  /** The content script, gzipped (15 KiB). */
  contentScriptGzipBytes: 15 * 1024,
};

function usage(message: string): never {
  process.stderr.write(
    `${message}\nusage: npm run bench:e2e -- [--json] [--smoke] [--no-build] [--navigations N] [--warmup N]\n`,
  );
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const o: Options = { json: false, smoke: false, build: true, navigations: 60, warmup: 5 };
  let given = { navigations: false, warmup: false };
  const count = (a: string, v: string | undefined, least: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < least) usage(`${a} needs a whole number ≥ ${least}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') o.json = true;
    else if (a === '--smoke') o.smoke = true;
    else if (a === '--no-build') o.build = false;
    else if (a === '--navigations') {
      o.navigations = count(a, argv[++i], 1);
      given = { ...given, navigations: true };
    } else if (a === '--warmup') {
      o.warmup = count(a, argv[++i], 0);
      given = { ...given, warmup: true };
    } else usage(`unknown option ${a}`);
  }
  if (o.smoke) {
    if (!given.navigations) o.navigations = 5;
    if (!given.warmup) o.warmup = 1;
  }
  return o;
}

const opts = parseOptions(process.argv.slice(2));
const out = (line = '') => process.stdout.write(`${line}\n`);
/** Progress: stderr, so stdout stays clean for --json. */
const progress = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// Browsers

/** The sites whose results are a GET address (the POST-only site has no results URL to open). */
const GET_SITES = SITES.filter((s) => !s.post);

interface Browsers {
  extension: Launched;
  plain: Launched;
  extensionId: string;
  withTab: Tab;
  withoutTab: Tab;
  version: string;
}

/**
 * Two browsers with the same flags and fake sites, one with the extension and one without; both
 * stay open so that their navigations can alternate.
 */
async function startBrowsers(): Promise<Browsers> {
  const extension = await launch();
  const plain = await launch({ withExtension: false }).catch(async (e: unknown) => {
    await extension.close();
    throw e;
  });
  try {
    for (const b of [extension, plain]) await serveFakeSites(b.context);
    // The first-run tab opens on install; the measured tab is the first one.
    await (await onboardingTab(extension.context)).close();
    const extensionId = idOf(await serviceWorker(extension.context));
    return {
      extension,
      plain,
      extensionId,
      withTab: await Tab.first(extension.context),
      withoutTab: await Tab.first(plain.context),
      version: extension.context.browser()?.version() ?? 'unknown',
    };
  } catch (e) {
    await closeAll([extension, plain]);
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Samples {
  cleanWith: number[];
  cleanWithout: number[];
  cleanWithFromResponse: number[];
  cleanWithoutFromResponse: number[];
  help: number[];
  leave: number[];
  helpPage: number[];
  riskyNavigations: number;
  resultFrames: number;
}

/**
 * One round on one site: a clean search in both browsers (which goes first alternates, so
 * neither always runs right after the other's work) and a risky one in the extension's browser.
 */
async function round(b: Browsers, i: number, samples: Samples | null, all: Samples) {
  const site = GET_SITES[i % GET_SITES.length]!;
  const clean = resultsUrl(site, BENIGN);
  const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
  for (const which of order) {
    const c = await measureClean(which === 'with' ? b.withTab : b.withoutTab, clean);
    if (!samples) continue;
    if (which === 'with') {
      samples.cleanWith.push(c.fcpMs);
      samples.cleanWithFromResponse.push(c.fromResponseMs);
    } else {
      samples.cleanWithout.push(c.fcpMs);
      samples.cleanWithoutFromResponse.push(c.fromResponseMs);
    }
  }
  const risky = await measureRisky(b.withTab, resultsUrl(site, RISKY));
  all.riskyNavigations++;
  all.resultFrames += risky.resultFrames;
  if (!samples) return;
  samples.help.push(risky.helpMs);
  samples.leave.push(risky.leaveMs);
  samples.helpPage.push(risky.helpPageMs);
}

async function measureSpeed(b: Browsers): Promise<Samples> {
  const empty = (): Samples => ({
    cleanWith: [],
    cleanWithout: [],
    cleanWithFromResponse: [],
    cleanWithoutFromResponse: [],
    help: [],
    leave: [],
    helpPage: [],
    riskyNavigations: 0,
    resultFrames: 0,
  });
  const counted = empty();
  const t0 = performance.now();
  for (let i = 0; i < opts.warmup; i++) await round(b, i, null, counted);
  progress(`bench:e2e: ${opts.warmup} warm-up rounds done`);
  for (let i = 0; i < opts.navigations; i++) {
    await round(b, i, counted, counted);
    if ((i + 1) % 10 === 0 || i + 1 === opts.navigations) {
      const s = ((performance.now() - t0) / 1000).toFixed(0);
      progress(`bench:e2e: ${i + 1}/${opts.navigations} rounds (${s} s)`);
    }
  }
  return counted;
}

interface Memory {
  workerStart: HeapUsage | null;
  workerEnd: HeapUsage | null;
  /** Page heap with the extension minus without, per page measured. */
  contentUsed: number[];
  contentBacking: number[];
}

/** The content script's part of a results page's heap: with minus without, on every site. */
async function measureContentHeap(b: Browsers, memory: Memory): Promise<void> {
  // Smoke: two sites, enough to prove the figure can be taken.
  const sites = opts.smoke ? GET_SITES.slice(0, 2) : GET_SITES;
  const reps = opts.smoke ? 1 : 3;
  for (let r = 0; r < reps; r++) {
    for (const site of sites) {
      const url = resultsUrl(site, BENIGN);
      await measureClean(b.withTab, url);
      await measureClean(b.withoutTab, url);
      const w = await pageHeap(b.extension.context, b.withTab.page);
      const wo = await pageHeap(b.plain.context, b.withoutTab.page);
      memory.contentUsed.push(w.usedSize - wo.usedSize);
      memory.contentBacking.push(w.backingStorageSize - wo.backingStorageSize);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Figures

interface Distribution {
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  max: number;
}

function distribution(values: readonly number[]): Distribution {
  const xs = [...values].sort((a, b) => a - b);
  return {
    n: xs.length,
    min: xs[0] ?? NaN,
    p25: quantileSorted(xs, 0.25),
    median: median(xs),
    p75: quantileSorted(xs, 0.75),
    p95: quantileSorted(xs, 0.95),
    max: xs[xs.length - 1] ?? NaN,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function figures(
  b: Browsers,
  s: Samples,
  memory: Memory,
  size: ScriptSize,
  load: { start: number; end: number },
) {
  const help = distribution(s.help);
  const withExt = distribution(s.cleanWith);
  const without = distribution(s.cleanWithout);
  const delayMedian = withExt.median - without.median;
  const delayP95 = withExt.p95 - without.p95;
  const withFromResponse = distribution(s.cleanWithFromResponse);
  const withoutFromResponse = distribution(s.cleanWithoutFromResponse);
  return {
    date: new Date().toISOString(),
    browser: `Chromium ${b.version} (headless)`,
    extension: EXTENSION_DIR,
    smoke: opts.smoke,
    navigations: opts.navigations,
    warmup: opts.warmup,
    load_start: load.start,
    load_end: load.end,
    help_ms: help,
    help_leave_ms: distribution(s.leave),
    help_page_ms: distribution(s.helpPage),
    risky_navigations: s.riskyNavigations,
    result_frames: s.resultFrames,
    clean_fcp_with_ms: withExt,
    clean_fcp_without_ms: without,
    clean_delay_median_ms: round1(delayMedian),
    clean_delay_p95_ms: round1(delayP95),
    clean_from_response_with_ms: withFromResponse,
    clean_from_response_without_ms: withoutFromResponse,
    clean_delay_from_response_median_ms: round1(
      withFromResponse.median - withoutFromResponse.median,
    ),
    clean_delay_from_response_p95_ms: round1(withFromResponse.p95 - withoutFromResponse.p95),
    sw_heap_start_used_bytes: memory.workerStart?.usedSize ?? null,
    sw_heap_used_bytes: memory.workerEnd?.usedSize ?? null,
    sw_heap_backing_bytes: memory.workerEnd?.backingStorageSize ?? null,
    content_heap_pages: memory.contentUsed.length,
    content_heap_used_delta_bytes: median(memory.contentUsed),
    content_heap_backing_delta_bytes: median(memory.contentBacking),
    content_script_raw_bytes: size.rawBytes,
    content_script_gzip_bytes: size.gzipBytes,
    lists_raw_bytes: size.listsRawBytes,
    lists_gzip_bytes: size.listsGzipBytes,
    goals: {
      no_result_frames: s.resultFrames === 0,
      clean_delay_p95: delayP95 <= GOALS.cleanDelayP95Ms,
      help_p95: help.p95 <= GOALS.helpP95Ms,
      content_script_gzip: size.gzipBytes <= GOALS.contentScriptGzipBytes,
    },
  };
}

type Figures = ReturnType<typeof figures>;

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const kb = (bytes: number | null) =>
  bytes === null || !Number.isFinite(bytes) ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes: number) => `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}`;
const verdict = (met: boolean, smoke: boolean) =>
  smoke ? 'not judged (smoke)' : met ? 'met' : 'MISSED';

function distributionRow(label: string, d: Distribution): string {
  const cells = [d.min, d.p25, d.median, d.p75, d.p95, d.max].map((x) => ms(x).padStart(7));
  return `  ${label.padEnd(20)} ${String(d.n).padStart(4)} ${cells.join(' ')}`;
}

const HEADER = `  ${''.padEnd(20)} ${'n'.padStart(4)} ${['min', 'p25', 'median', 'p75', 'p95', 'max'].map((h) => h.padStart(7)).join(' ')}`;

function printHuman(f: Figures): void {
  const smoke = f.smoke;
  out(`Keerpunt in a real browser — ${f.browser}, ${f.date}`);
  out(`extension: ${f.extension}`);
  out(
    `${f.navigations} counted rounds after ${f.warmup} warm-up rounds; load average ${f.load_start.toFixed(2)} at start, ${f.load_end.toFixed(2)} at end${smoke ? ' (smoke: goals not judged)' : ''}`,
  );
  out();
  out(
    'Help visible: navigation start of the risky results → first contentful paint of the help page (ms)',
  );
  out(HEADER);
  out(distributionRow('help visible', f.help_ms));
  out(distributionRow('  results → help nav', f.help_leave_ms));
  out(distributionRow('  help nav → painted', f.help_page_ms));
  out(
    `  goal p95 ≤ ${GOALS.helpP95Ms} ms: ${verdict(f.goals.help_p95, smoke)} (p95 ${ms(f.help_ms.p95)} ms)`,
  );
  out(
    `  frames that showed results: ${f.result_frames} over ${f.risky_navigations} risky navigations (warm-up included) — goal 0: ${f.goals.no_result_frames ? 'met' : 'MISSED'}`,
  );
  out();
  out('Clean search: navigation start → first contentful paint of the results (ms)');
  out(HEADER);
  out(distributionRow('without extension', f.clean_fcp_without_ms));
  out(distributionRow('with extension', f.clean_fcp_with_ms));
  out(
    `  delay: median ${ms(f.clean_delay_median_ms)} ms, p95 ${ms(f.clean_delay_p95_ms)} ms — goal p95 ≤ ${GOALS.cleanDelayP95Ms} ms: ${verdict(f.goals.clean_delay_p95, smoke)}`,
  );
  out(
    "Clean search from the first byte of the response (without the fake site's serving time; for reading only)",
  );
  out(HEADER);
  out(distributionRow('without extension', f.clean_from_response_without_ms));
  out(distributionRow('with extension', f.clean_from_response_with_ms));
  out(
    `  delay: median ${ms(f.clean_delay_from_response_median_ms)} ms, p95 ${ms(f.clean_delay_from_response_p95_ms)} ms`,
  );
  out();
  out('Memory (after garbage collection)');
  out(
    `  service worker JS heap: ${kb(f.sw_heap_used_bytes)} after the run (${kb(f.sw_heap_start_used_bytes)} at start), array buffers ${kb(f.sw_heap_backing_bytes)}`,
  );
  out(
    `  content script: results page heap with − without the extension, median of ${f.content_heap_pages} pages: ${signedKb(f.content_heap_used_delta_bytes)} JS heap, ${signedKb(f.content_heap_backing_delta_bytes)} array buffers`,
  );
  out();
  out(`Content script (${CONTENT_SCRIPT})`);
  out(
    `  ${kb(f.content_script_raw_bytes)} raw, ${kb(f.content_script_gzip_bytes)} gzipped; of which the compiled shipped lists ${kb(f.lists_raw_bytes)} raw, ${kb(f.lists_gzip_bytes)} gzipped alone`,
  );
  out(
    `  goal ≤ ${kb(GOALS.contentScriptGzipBytes)} gzipped: ${verdict(f.goals.content_script_gzip, smoke)}`,
  );
}

/** Smoke: every figure must be there and be a finite number (the harness works end to end). */
function missingFigures(f: Figures): string[] {
  const missing: string[] = [];
  const check = (name: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) missing.push(name);
  };
  for (const [k, v] of Object.entries(f)) {
    if (!(k.endsWith('_bytes') || k.endsWith('_ms') || k === 'result_frames')) continue;
    if (typeof v === 'object' && v !== null) {
      for (const [part, x] of Object.entries(v)) check(`${k}.${part}`, x);
    } else check(k, v);
  }
  return missing;
}

// ---------------------------------------------------------------------------------------------
// Main

function build(): void {
  progress('bench:e2e: npx wxt build');
  // The build's own output goes to stderr, so that stdout keeps only the report.
  const r = spawnSync('npx', ['wxt', 'build'], { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error(`wxt build failed (exit ${r.status ?? r.signal})`);
}

async function main(): Promise<number> {
  // Another build (KP_E2E_EXTENSION) is measured as it is.
  if (opts.build && !process.env.KP_E2E_EXTENSION) build();
  const size = contentScriptSize(EXTENSION_DIR);
  const load = { start: loadavg()[0]!, end: NaN };
  const b = await startBrowsers();
  try {
    const memory: Memory = {
      workerStart: await serviceWorkerHeap(b.extension.context, b.extensionId),
      workerEnd: null,
      contentUsed: [],
      contentBacking: [],
    };
    const samples = await measureSpeed(b);
    await measureContentHeap(b, memory);
    memory.workerEnd = await serviceWorkerHeap(b.extension.context, b.extensionId);
    load.end = loadavg()[0]!;
    const f = figures(b, samples, memory, size, load);
    printHuman(f);
    if (opts.json) out(JSON.stringify(f));
    if (f.result_frames > 0) {
      progress('bench:e2e: a frame showed the results of a risky search');
      return 1;
    }
    const missing = opts.smoke ? missingFigures(f) : [];
    if (missing.length > 0) {
      progress(`bench:e2e: figures missing: ${missing.join(', ')}`);
      return 1;
    }
    return 0;
  } finally {
    await closeAll([b.extension, b.plain]);
  }
}

async function closeAll(browsers: Launched[]): Promise<void> {
  await Promise.all(browsers.map((x) => x.close().catch(() => undefined)));
}

/**
 * A failure's message without the queries: Playwright names the address it was opening, and a
 * risky query is never printed, not even in an error.
 */
function scrub(text: string): string {
  let clean = text;
  for (const q of [RISKY, BENIGN]) {
    const forms = [q, new URLSearchParams({ q }).toString().slice(2), encodeURIComponent(q)];
    for (const form of forms) clean = clean.split(form).join('<query>');
  }
  return clean;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`bench:e2e: ${scrub(text)}\n`);
    process.exitCode = 1;
  },
);
