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
 * the harness failed, which includes a figure it could not take (--smoke: 5 navigations each, no
 * goals judged, for `npm test`).
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
import {
  contentScriptStartup,
  measureClean,
  measureRisky,
  pageHeap,
  serviceWorkerHeap,
  Tab,
} from './measure';
import {
  figures,
  humanReport,
  missingFigures,
  noSamples,
  scrub,
  type Memory,
  type Samples,
} from './report';
import { contentScriptPath, contentScriptSize } from './size';

// ---------------------------------------------------------------------------------------------
// Options

interface Options {
  json: boolean;
  smoke: boolean;
  build: boolean;
  navigations: number;
  warmup: number;
}

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

/**
 * One round on one site: a clean search in both browsers (which goes first alternates, so
 * neither always runs right after the other's work) and a risky one in the extension's browser.
 */
async function round(b: Browsers, i: number, samples: Samples | null, all: Samples) {
  const site = GET_SITES[i % GET_SITES.length]!;
  const clean = resultsUrl(site, BENIGN);
  const order = i % 2 === 0 ? (['with', 'without'] as const) : (['without', 'with'] as const);
  const fcp = { with: NaN, without: NaN };
  for (const which of order) {
    const c = await measureClean(which === 'with' ? b.withTab : b.withoutTab, clean);
    fcp[which] = c.fcpMs;
    if (!samples) continue;
    if (which === 'with') {
      samples.cleanWith.push(c.fcpMs);
      samples.cleanWithFromResponse.push(c.fromResponseMs);
      samples.reveal.push(c.revealMs);
    } else {
      samples.cleanWithout.push(c.fcpMs);
      samples.cleanWithoutFromResponse.push(c.fromResponseMs);
    }
  }
  if (samples) samples.paired.push(fcp.with - fcp.without);
  const risky = await measureRisky(b.withTab, resultsUrl(site, RISKY));
  all.riskyNavigations++;
  all.resultFrames += risky.resultFrames;
  if (!samples) return;
  samples.help.push(risky.helpMs);
  samples.helpPageVisible.push(risky.helpPageVisibleMs);
  if (!Number.isNaN(risky.coverMs)) samples.cover.push(risky.coverMs);
  samples.leave.push(risky.leaveMs);
  samples.helpPage.push(risky.helpPageMs);
}

async function measureSpeed(b: Browsers): Promise<Samples> {
  const counted = noSamples();
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

/** The content script's top-level run, from traces of clean navigations of their own. */
async function measureStartup(b: Browsers, memory: Memory): Promise<void> {
  const count = opts.smoke ? 2 : 12;
  for (let i = 0; i < count; i++) {
    const url = resultsUrl(GET_SITES[i % GET_SITES.length]!, BENIGN);
    memory.contentStartup.push(await contentScriptStartup(b.withTab, url, b.extensionId));
  }
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
  const loadStart = loadavg()[0]!;
  const b = await startBrowsers();
  try {
    const memory: Memory = {
      workerStart: await serviceWorkerHeap(b.extension.context, b.extensionId),
      workerEnd: null,
      contentUsed: [],
      contentBacking: [],
      contentStartup: [],
    };
    const samples = await measureSpeed(b);
    await measureContentHeap(b, memory);
    await measureStartup(b, memory);
    memory.workerEnd = await serviceWorkerHeap(b.extension.context, b.extensionId);
    const run = {
      browser: `Chromium ${b.version} (headless)`,
      extension: EXTENSION_DIR,
      smoke: opts.smoke,
      navigations: opts.navigations,
      warmup: opts.warmup,
      loadStart,
      loadEnd: loadavg()[0]!,
    };
    const f = figures(run, samples, memory, size);
    for (const line of humanReport(f, contentScriptPath(EXTENSION_DIR))) out(line);
    if (opts.json) out(JSON.stringify(f));
    if (f.result_frames > 0) {
      progress('bench:e2e: a frame showed the results of a risky search');
      return 1;
    }
    // A figure that could not be taken is the harness failing (smoke runs exist to catch it).
    const missing = missingFigures(f);
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const text = e instanceof Error ? (e.stack ?? e.message) : String(e);
    process.stderr.write(`bench:e2e: ${scrub(text, [RISKY, BENIGN])}\n`);
    process.exitCode = 1;
  },
);
