/**
 * One navigation measured in a real tab (bench/e2e/README.md says what and why). Times come from
 * the browser's own clocks, never from Node: a page's `performance.timeOrigin` (the navigation
 * start of its document, in milliseconds since 1970) plus its paint entries. `timeOrigin` is on
 * the same wall-clock scale in every renderer process, so the results document and the help page
 * that replaces it can be compared.
 */
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import {
  attachServiceWorker,
  EXTENSION_DIR,
  type CdpSend,
} from '../../tests/e2e/support/extension';
import { contentScriptPath } from './size';
import { PaintLog } from '../../tests/e2e/support/paint';

/** How long one step may take before the harness gives up (a failure, not a sample). */
const STEP_TIMEOUT_MS = 15_000;

/**
 * Added to every document of a measured tab, in both browsers: it logs the document's navigation
 * start (the results document of a caught search is gone before anything could ask it later;
 * only the protocol goes with it, never the address, which holds the query), and when the
 * content script reveals the page (`data-keerpunt="clear"` on <html>, ms after navigation start).
 * The reveal splits the clean-search delay into deciding and painting; without the extension it
 * never comes. A web document's first contentful paint is logged too: for a caught search, that
 * is the cover's help words (nothing else of the page is ever painted; the paint monitor checks).
 */
const DOCUMENT_SCRIPT = `(() => {
  console.log('kp-bench-origin:' + performance.timeOrigin + ':' + location.protocol);
  if (location.protocol.startsWith('http')) {
    new PerformanceObserver((list, observer) => {
      const entry = list.getEntriesByName('first-contentful-paint')[0];
      if (!entry) return;
      observer.disconnect();
      console.log('kp-bench-fcp:' + performance.timeOrigin + ':' + entry.startTime);
    }).observe({ type: 'paint', buffered: true });
  }
  const revealed = () => document.documentElement?.getAttribute('data-keerpunt') === 'clear';
  const observer = new MutationObserver(() => {
    if (!revealed()) return;
    observer.disconnect();
    window.__kpBenchReveal = performance.now();
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-keerpunt'] });
})();`;

/** In the page: its first-contentful-paint, in ms after its own navigation start. */
const FCP_IN_PAGE = `new Promise((resolve, reject) => {
  const timer = setTimeout(() => reject(new Error('no first-contentful-paint')), ${STEP_TIMEOUT_MS});
  const done = (entry) => { clearTimeout(timer); resolve(entry.startTime); };
  const seen = performance.getEntriesByName('first-contentful-paint')[0];
  if (seen) return done(seen);
  new PerformanceObserver((list, observer) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) { observer.disconnect(); done(entry); }
  }).observe({ type: 'paint', buffered: true });
})`;

interface DocumentStart {
  origin: number;
  protocol: string;
}

/** A tab whose documents report their navigation start and (fake sites) their paint frames. */
export class Tab {
  readonly paints: PaintLog;
  private readonly starts: DocumentStart[] = [];
  /** Web documents' first contentful paints: navigation start (their id) → ms after it. */
  private readonly fcps = new Map<number, number>();

  private constructor(readonly page: Page) {
    this.paints = new PaintLog(page);
    page.on('console', (msg) => {
      const text = msg.text();
      const m = /^kp-bench-origin:([\d.]+):([a-z-]+:)$/.exec(text);
      if (m) this.starts.push({ origin: Number(m[1]), protocol: m[2]! });
      const f = /^kp-bench-fcp:([\d.]+):([\d.]+)$/.exec(text);
      if (f) this.fcps.set(Number(f[1]), Number(f[2]));
    });
  }

  /** The first contentful paint of the web document that started at `origin`, if it painted. */
  firstPaintOf(origin: number): number | undefined {
    return this.fcps.get(origin);
  }

  /**
   * The browser's first tab (a tab opened later could count as in the background). Its later
   * documents report their navigation start.
   */
  static async first(context: BrowserContext): Promise<Tab> {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.addInitScript({ content: DOCUMENT_SCRIPT });
    return new Tab(page);
  }

  /** Where the logs stand now: what a navigation reports comes after. */
  mark(): { starts: number; paints: number } {
    return { starts: this.starts.length, paints: this.paints.reports.length };
  }

  /** Frames since `mark` in which the paint monitor saw the results. */
  visibleSince(mark: { paints: number }): number {
    return this.paints.reports.slice(mark.paints).filter((r) => r.visible).length;
  }

  /** The navigation start of the first http(s) document since `mark` (waits for its report). */
  async webDocumentStart(mark: { starts: number }): Promise<number> {
    const found = await until(
      () => this.starts.slice(mark.starts).find((s) => s.protocol.startsWith('http'))?.origin,
      'the results document never reported its navigation start',
    );
    return found;
  }
}

/** Polls `value` (every 10 ms) until it is defined; a deadline, not a wait for time. */
async function until<T>(value: () => T | undefined, failure: string): Promise<T> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  for (;;) {
    const v = value();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(failure);
    await new Promise((r) => setTimeout(r, 10));
  }
}

export interface CleanSample {
  /** first-contentful-paint of the results, ms after their navigation start. */
  fcpMs: number;
  /**
   * The same from the first byte of the response: without the time the fake site takes to answer
   * (a round trip through Playwright's routing), which the extension does not touch.
   */
  fromResponseMs: number;
  /** When the content script revealed the page, ms after navigation start (NaN: never). */
  revealMs: number;
}

/**
 * A clean results page: navigation start → first contentful paint. With the extension the page
 * stays `visibility: hidden` until the content script reveals it, so this is when the person
 * first sees the results. The paint monitor must then see the results (it proves the page did
 * show them, and that the monitor works).
 */
export async function measureClean(tab: Tab, url: string): Promise<CleanSample> {
  const mark = tab.mark();
  await tab.page.goto(url, { waitUntil: 'load', timeout: STEP_TIMEOUT_MS });
  const { fcp, responseStart, reveal } = (await tab.page.evaluate(
    `${FCP_IN_PAGE}.then((fcp) => ({ fcp, responseStart: performance.getEntriesByType('navigation')[0].responseStart, reveal: window.__kpBenchReveal ?? null }))`,
  )) as { fcp: number; responseStart: number; reveal: number | null };
  await until(
    () => (tab.visibleSince(mark) > 0 ? true : undefined),
    'the paint monitor never saw the results of a clean search',
  );
  return { fcpMs: fcp, fromResponseMs: fcp - responseStart, revealMs: reveal ?? NaN };
}

export interface RiskySample {
  /**
   * Navigation start of the results → the first help the person sees: the cover's words in the
   * results' own tab (lib/help/cover.ts), else the help page's first contentful paint, in ms.
   */
  helpMs: number;
  /** Navigation start of the results → the cover's first paint, or NaN when it never painted. */
  coverMs: number;
  /** Navigation start of the results → first contentful paint of the help page, in ms. */
  helpPageVisibleMs: number;
  /** Of which: results' navigation start → the help page's (the guard deciding and leaving). */
  leaveMs: number;
  /** And: the help page's navigation start → its first contentful paint (loading the help). */
  helpPageMs: number;
  /** Frames in which the paint monitor saw the results (the goal: none, ever). */
  resultFrames: number;
}

export const isHelpUrl = (url: URL): boolean =>
  url.protocol === 'chrome-extension:' && url.pathname === '/intercept.html';

/**
 * A risky results page: its navigation start → the first help painted. That is the cover's words
 * in the results' own tab: the results document's first contentful paint, when it had one and
 * the paint monitor saw no results in it (nothing else of a caught page is ever painted); and
 * then the help page's first contentful paint. The help page paints nothing before its app
 * renders `[data-testid=help]` (an empty `#app` until then), so its first contentful paint is
 * the help page appearing; the help is checked to be visible.
 */
export async function measureRisky(tab: Tab, url: string): Promise<RiskySample> {
  const mark = tab.mark();
  // The content script replaces the results document mid-load: goto may report that.
  await tab.page.goto(url, { waitUntil: 'commit', timeout: STEP_TIMEOUT_MS }).catch((e: Error) => {
    if (!/interrupted|ERR_ABORTED|frame was detached/i.test(e.message)) throw e;
  });
  await tab.page.waitForURL(isHelpUrl, { timeout: STEP_TIMEOUT_MS });
  await tab.page.getByTestId('help').waitFor({ state: 'visible', timeout: STEP_TIMEOUT_MS });
  const help = (await tab.page.evaluate(
    `${FCP_IN_PAGE}.then((fcp) => ({ origin: performance.timeOrigin, fcp }))`,
  )) as { origin: number; fcp: number };
  const resultsStart = await tab.webDocumentStart(mark);
  const resultFrames = tab.visibleSince(mark);
  const helpPageVisibleMs = help.origin + help.fcp - resultsStart;
  const coverMs = (resultFrames === 0 && tab.firstPaintOf(resultsStart)) || NaN;
  return {
    helpMs: Math.min(helpPageVisibleMs, Number.isNaN(coverMs) ? Infinity : coverMs),
    coverMs,
    helpPageVisibleMs,
    leaveMs: help.origin - resultsStart,
    helpPageMs: help.fcp,
    resultFrames,
  };
}

// ---------------------------------------------------------------------------------------------
// Memory

export interface HeapUsage {
  /** V8 heap in use (objects, strings). */
  usedSize: number;
  /** Backing stores of ArrayBuffers and external strings (typed arrays live here). */
  backingStorageSize: number;
}

/** Garbage-collects, then reads the isolate's heap usage. */
async function heapAfterGc(send: CdpSend): Promise<HeapUsage> {
  await send('HeapProfiler.collectGarbage');
  const h = (await send('Runtime.getHeapUsage')) as Partial<HeapUsage>;
  return { usedSize: h.usedSize ?? NaN, backingStorageSize: h.backingStorageSize ?? NaN };
}

/**
 * The heap of a tab's renderer isolate. Runtime.getHeapUsage answers for the whole isolate: the
 * page's main world and every isolated world (a content script's) share it, so the content
 * script's part is the difference to the same page in a browser without the extension.
 */
export async function pageHeap(context: BrowserContext, page: Page): Promise<HeapUsage> {
  const cdp: CDPSession = await context.newCDPSession(page);
  try {
    return await heapAfterGc((method, params) => cdp.send(method as never, params as never));
  } finally {
    await cdp.detach();
  }
}

/** The extension's service worker heap, or null when it is not running. */
export async function serviceWorkerHeap(
  context: BrowserContext,
  extensionId: string,
): Promise<HeapUsage | null> {
  const worker = await attachServiceWorker(context, extensionId, STEP_TIMEOUT_MS);
  if (!worker) return null;
  try {
    return await heapAfterGc(worker.send);
  } finally {
    await worker.detach();
  }
}

// ---------------------------------------------------------------------------------------------
// The content script's own start-up

/** One `devtools.timeline` trace event, the fields read here. */
interface TraceEvent {
  name: string;
  dur?: number;
  args?: { data?: { url?: string } };
}

/**
 * How long the content script's top-level code runs at `document_start` (the trace's
 * `EvaluateScript` of `search.js`, compile included): the page's parser waits for
 * it, so it is part of every clean search's delay. Read from a Chromium trace of one clean
 * navigation; tracing slows the page, so these navigations are not among the delay samples.
 */
export async function contentScriptStartup(
  tab: Tab,
  url: string,
  extensionId: string,
): Promise<number> {
  const browser = tab.page.context().browser();
  if (!browser) throw new Error('no browser behind this tab');
  await browser.startTracing(tab.page, { categories: ['devtools.timeline'] });
  let trace: Buffer;
  try {
    await measureClean(tab, url);
  } finally {
    trace = await browser.stopTracing();
  }
  const script = `chrome-extension://${extensionId}/${contentScriptPath(EXTENSION_DIR)}`;
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  const runs = traceEvents.filter(
    (e) => e.name === 'EvaluateScript' && e.args?.data?.url === script && e.dur !== undefined,
  );
  // One document was traced: one evaluation (none would be a harness failure, not a zero).
  if (runs.length !== 1) throw new Error(`traced ${runs.length} runs of the content script`);
  return runs[0]!.dur! / 1000;
}
