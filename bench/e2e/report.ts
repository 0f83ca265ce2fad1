/**
 * From samples to figures, verdicts and the printed report of `npm run bench:e2e` (no browser
 * here, so that it can be unit-tested). Distributions use bench/stats.ts: nearest-rank quantiles,
 * the median of an even count is the mean of the middle two.
 */
import type { HeapUsage } from './measure';
import type { ScriptSize } from './size';
import { median, quantileSorted } from '../stats';

export const GOALS = {
  /**
   * Delay a clean search adds before first paint, p95 (DESIGN.md's budget). Judged on the median
   * delay too: a p95 delay below the median delay is the machine's noise in the tails, not an
   * extension that is faster in its slowest runs.
   */
  cleanDelayP95Ms: 16,
  /**
   * Navigation start → help visible, p95: the first help painted, the cover's words or the help
   * page, whichever comes first.
   */
  helpP95Ms: 150,
  /** The content script, gzipped (15 KiB). */
  contentScriptGzipBytes: 15 * 1024,
};

/** Every counted sample of a run, in ms. */
export interface Samples {
  cleanWith: number[];
  cleanWithout: number[];
  cleanWithFromResponse: number[];
  cleanWithoutFromResponse: number[];
  /** With the extension: when the content script revealed the page (navigation start → reveal). */
  reveal: number[];
  /** with − without in the same round (the two ran one right after the other). */
  paired: number[];
  /** Results' navigation start → the first help painted (the cover's, else the help page's). */
  help: number[];
  /** Results' navigation start → the cover's words painted, where they were. */
  cover: number[];
  /** Results' navigation start → the help page painted. */
  helpPageVisible: number[];
  leave: number[];
  helpPage: number[];
  /** Warm-up included: no navigation may ever show results. */
  riskyNavigations: number;
  resultFrames: number;
}

export const noSamples = (): Samples => ({
  cleanWith: [],
  cleanWithout: [],
  cleanWithFromResponse: [],
  cleanWithoutFromResponse: [],
  reveal: [],
  paired: [],
  help: [],
  cover: [],
  helpPageVisible: [],
  leave: [],
  helpPage: [],
  riskyNavigations: 0,
  resultFrames: 0,
});

export interface Memory {
  workerStart: HeapUsage | null;
  workerEnd: HeapUsage | null;
  /** Results page heap with the extension minus without, one value per page measured. */
  contentUsed: number[];
  contentBacking: number[];
  /** The content script's top-level run at document_start, per traced navigation (ms). */
  contentStartup: number[];
}

export interface Distribution {
  n: number;
  min: number;
  p25: number;
  median: number;
  p75: number;
  p95: number;
  max: number;
}

export function distribution(values: readonly number[]): Distribution {
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

export interface RunInfo {
  browser: string;
  extension: string;
  smoke: boolean;
  navigations: number;
  warmup: number;
  loadStart: number;
  loadEnd: number;
}

/** Every figure of a run: the JSON object of `--json`, and what the human report prints. */
export function figures(run: RunInfo, s: Samples, memory: Memory, size: ScriptSize) {
  const help = distribution(s.help);
  const withExt = distribution(s.cleanWith);
  const without = distribution(s.cleanWithout);
  const delayMedian = withExt.median - without.median;
  const delayP95 = withExt.p95 - without.p95;
  const withFromResponse = distribution(s.cleanWithFromResponse);
  const withoutFromResponse = distribution(s.cleanWithoutFromResponse);
  return {
    date: new Date().toISOString(),
    browser: run.browser,
    extension: run.extension,
    smoke: run.smoke,
    navigations: run.navigations,
    warmup: run.warmup,
    load_start: run.loadStart,
    load_end: run.loadEnd,
    help_ms: help,
    help_cover_ms: distribution(s.cover),
    help_page_visible_ms: distribution(s.helpPageVisible),
    help_leave_ms: distribution(s.leave),
    help_page_ms: distribution(s.helpPage),
    risky_navigations: s.riskyNavigations,
    result_frames: s.resultFrames,
    clean_fcp_with_ms: withExt,
    clean_fcp_without_ms: without,
    clean_delay_median_ms: round1(delayMedian),
    clean_delay_p95_ms: round1(delayP95),
    clean_delay_paired_ms: distribution(s.paired),
    clean_reveal_with_ms: distribution(s.reveal.filter(Number.isFinite)),
    content_script_startup_ms: distribution(memory.contentStartup),
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
    code_gzip_bytes: size.codeGzipBytes,
    goals: {
      no_result_frames: s.resultFrames === 0,
      clean_delay_p95: Math.max(delayP95, delayMedian) <= GOALS.cleanDelayP95Ms,
      help_p95: help.p95 <= GOALS.helpP95Ms,
      content_script_gzip: size.gzipBytes <= GOALS.contentScriptGzipBytes,
    },
  };
}

export type Figures = ReturnType<typeof figures>;

/** Smoke: every figure must be there and be a finite number (the harness works end to end). */
export function missingFigures(f: Figures): string[] {
  const missing: string[] = [];
  const check = (name: string, v: unknown) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) missing.push(name);
  };
  for (const [k, v] of Object.entries(f)) {
    if (!(k.endsWith('_bytes') || k.endsWith('_ms') || k === 'result_frames')) continue;
    // A build whose cover paints no words (as before lib/help/cover.ts) has no cover figures;
    // `help_ms` is then the help page's.
    if (k === 'help_cover_ms') continue;
    if (typeof v === 'object' && v !== null) {
      for (const [part, x] of Object.entries(v)) check(`${k}.${part}`, x);
    } else check(k, v);
  }
  return missing;
}

/**
 * A message without the queries in any form a URL or a log may carry them: Playwright names the
 * address it was opening, and a risky query is never printed, not even in an error.
 */
export function scrub(text: string, queries: readonly string[]): string {
  let clean = text;
  for (const q of queries) {
    const forms = [
      q,
      new URLSearchParams({ q }).toString().slice(2),
      encodeURIComponent(q),
      encodeURI(q),
    ];
    for (const form of forms) clean = clean.split(form).join('<query>');
  }
  return clean;
}

// ---------------------------------------------------------------------------------------------
// The human report

const ms = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—');
const kb = (bytes: number | null) =>
  bytes === null || !Number.isFinite(bytes) ? '—' : `${(bytes / 1024).toFixed(1)} KB`;
const signedKb = (bytes: number) =>
  Number.isFinite(bytes) ? `${bytes >= 0 ? '+' : '−'}${kb(Math.abs(bytes))}` : '—';
const verdict = (met: boolean, smoke: boolean) =>
  smoke ? 'not judged (smoke)' : met ? 'met' : 'MISSED';

const HEADER = `  ${''.padEnd(20)} ${'n'.padStart(4)} ${['min', 'p25', 'median', 'p75', 'p95', 'max'].map((h) => h.padStart(7)).join(' ')}`;

function row(label: string, d: Distribution): string {
  const cells = [d.min, d.p25, d.median, d.p75, d.p95, d.max].map((x) => ms(x).padStart(7));
  return `  ${label.padEnd(20)} ${String(d.n).padStart(4)} ${cells.join(' ')}`;
}

/** The report's lines: tables, then a verdict per goal. */
export function humanReport(f: Figures, contentScript: string): string[] {
  const smoke = f.smoke;
  const g = f.goals;
  return [
    `Keerpunt in a real browser — ${f.browser}, ${f.date}`,
    `extension: ${f.extension}`,
    `${f.navigations} counted rounds after ${f.warmup} warm-up rounds; load average ${f.load_start.toFixed(2)} at start, ${f.load_end.toFixed(2)} at end${smoke ? ' (smoke: goals not judged)' : ''}`,
    '',
    "Help visible: navigation start of the risky results → the first help painted: the cover in the results' tab, else the help page (ms)",
    HEADER,
    row('help visible', f.help_ms),
    row('  cover painted', f.help_cover_ms),
    row('  help page painted', f.help_page_visible_ms),
    row('  results → help nav', f.help_leave_ms),
    row('  help nav → painted', f.help_page_ms),
    `  goal p95 ≤ ${GOALS.helpP95Ms} ms: ${verdict(g.help_p95, smoke)} (p95 ${ms(f.help_ms.p95)} ms)`,
    `  frames that showed results: ${f.result_frames} over ${f.risky_navigations} risky navigations (warm-up included) — goal 0: ${g.no_result_frames ? 'met' : 'MISSED'}`,
    '',
    'Clean search: navigation start → first contentful paint of the results (ms)',
    HEADER,
    row('without extension', f.clean_fcp_without_ms),
    row('with extension', f.clean_fcp_with_ms),
    row('  content revealed', f.clean_reveal_with_ms),
    row('paired difference', f.clean_delay_paired_ms),
    `  delay: median ${ms(f.clean_delay_median_ms)} ms, p95 ${ms(f.clean_delay_p95_ms)} ms — goal p95 ≤ ${GOALS.cleanDelayP95Ms} ms (and the median, a p95 below it being noise): ${verdict(g.clean_delay_p95, smoke)}`,
    "Clean search from the response's first byte (without the fake site's serving time; for reading only)",
    HEADER,
    row('without extension', f.clean_from_response_without_ms),
    row('with extension', f.clean_from_response_with_ms),
    `  delay: median ${ms(f.clean_delay_from_response_median_ms)} ms, p95 ${ms(f.clean_delay_from_response_p95_ms)} ms`,
    'Content script top-level run at document_start, the parser waiting (traced navigations of their own; ms)',
    HEADER,
    row('evaluate + compile', f.content_script_startup_ms),
    '',
    'Memory (after garbage collection)',
    `  service worker JS heap: ${kb(f.sw_heap_used_bytes)} after the run (${kb(f.sw_heap_start_used_bytes)} at start), array buffers ${kb(f.sw_heap_backing_bytes)}`,
    `  content script: results page heap with − without the extension, median of ${f.content_heap_pages} pages: ${signedKb(f.content_heap_used_delta_bytes)} JS heap, ${signedKb(f.content_heap_backing_delta_bytes)} array buffers`,
    '',
    `Content script (${contentScript})`,
    f.lists_raw_bytes > 0
      ? `  ${kb(f.content_script_raw_bytes)} raw, ${kb(f.content_script_gzip_bytes)} gzipped; the compiled shipped lists in it ${kb(f.lists_raw_bytes)} raw, ${kb(f.lists_gzip_bytes)} gzipped alone; the script without them ${kb(f.code_gzip_bytes)} gzipped`
      : `  ${kb(f.content_script_raw_bytes)} raw, ${kb(f.content_script_gzip_bytes)} gzipped; no compiled lists in it (the guard reads them from storage)`,
    `  goal ≤ ${kb(GOALS.contentScriptGzipBytes)} gzipped: ${verdict(g.content_script_gzip, smoke)}`,
  ];
}
