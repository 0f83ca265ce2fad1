/**
 * Fake search sites, served with `context.route` on the real hostnames of lib/search/registry.ts.
 * Every page starts with the paint monitor; results pages have `#kp-results` filling the centre of
 * the viewport. The sites' own handlers are bubble-phase listeners that act on a search like the
 * real site would (navigate, or on YouTube `history.pushState` + render) and first log
 * `kp-acted:<keydown|submit|click|link>`, so a test can tell whether the site ever acted.
 */
import { expect, type BrowserContext, type Page, type Request, type Route } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractQuery } from '../../../lib/search/extract-query';
import { SITES as REGISTRY } from '../../../lib/search/registry';
import { PAINT_MONITOR, RESULTS_ID } from './paint';

export interface FakeSite {
  readonly id: string;
  readonly name: string;
  readonly origin: string;
  /** The page with the search box, before any search. */
  readonly homePath: string;
  /** GET results: `resultsPath?param=query` (may equal homePath, then the param decides). */
  readonly resultsPath: string;
  readonly param: string;
  readonly box: 'input' | 'textarea';
  /** The box's suggestion list (`[role=listbox] [role=option]`, first option = what was typed). */
  readonly suggestions: boolean;
  /** A single-page app: searches are `history.pushState` + render, no page load. */
  readonly spa?: boolean;
  /**
   * No script at all: the box is a POST form (DuckDuckGo HTML, Startpage); results answer the
   * POST, and GET links with the query answer too.
   */
  readonly post?: boolean;
}

// prettier-ignore
export const SITES: readonly FakeSite[] = [
  { id: 'google', name: 'Google', origin: 'https://www.google.com', homePath: '/', resultsPath: '/search', param: 'q', box: 'textarea', suggestions: true },
  { id: 'bing', name: 'Bing', origin: 'https://www.bing.com', homePath: '/', resultsPath: '/search', param: 'q', box: 'input', suggestions: true },
  { id: 'duckduckgo', name: 'DuckDuckGo', origin: 'https://duckduckgo.com', homePath: '/', resultsPath: '/', param: 'q', box: 'input', suggestions: true },
  { id: 'duckduckgo-html', name: 'DuckDuckGo HTML', origin: 'https://html.duckduckgo.com', homePath: '/html/', resultsPath: '/html/', param: 'q', box: 'input', suggestions: false, post: true },
  { id: 'startpage', name: 'Startpage', origin: 'https://www.startpage.com', homePath: '/', resultsPath: '/sp/search', param: 'query', box: 'input', suggestions: false, post: true },
  { id: 'youtube', name: 'YouTube', origin: 'https://www.youtube.com', homePath: '/', resultsPath: '/results', param: 'search_query', box: 'input', suggestions: true, spa: true },
  { id: 'pornhub', name: 'Pornhub', origin: 'https://www.pornhub.com', homePath: '/', resultsPath: '/video/search', param: 'search', box: 'input', suggestions: true },
  { id: 'xvideos', name: 'XVideos', origin: 'https://www.xvideos.com', homePath: '/', resultsPath: '/', param: 'k', box: 'input', suggestions: true },
];

export const site = (id: string): FakeSite => {
  const s = SITES.find((x) => x.id === id);
  if (!s) throw new Error(`no fake site ${id}`);
  return s;
};

export const homeUrl = (s: FakeSite): string => s.origin + s.homePath;

export const resultsUrl = (s: FakeSite, query: string): string =>
  `${s.origin}${s.resultsPath}?${new URLSearchParams({ [s.param]: query })}`;

/**
 * Also keeps the paint monitor's reports in the origin's localStorage (`kp-paints`, one line per
 * report: path, frame, 0|1), for tabs that load before a test can listen to their console: tabs
 * a browser restores at start. Read with `keptPaintReports`.
 */
const KEEP_REPORTS = `(() => {
  // A name for this document, so that a test can tell a prerendered one from a new load.
  document.documentElement.dataset.kpDocument = String(Math.random()).slice(2);
  // On the HTTPS server (startFakeSiteServer) reports and notes also go to its log.
  const post = (path, text) => {
    if (window.kpPostReports)
      fetch(path, { method: 'POST', body: text, keepalive: true }).catch(() => {});
  };
  const keep = (key, line) => {
    try {
      localStorage.setItem(key, (localStorage.getItem(key) || '') + line + '\\n');
    } catch {}
  };
  const log = console.log.bind(console);
  console.log = (...args) => {
    log(...args);
    const text = String(args[0]);
    if (!text.startsWith('kp-paint:')) return;
    const line = location.pathname + ' ' + text.slice(9) + ' ' + document.documentElement.dataset.kpDocument;
    keep('kp-paints', line);
    post('/kp-paint', line);
  };
  // Prerendered (Speculation Rules): say so, and whether the page was then activated.
  const note = (what) => {
    keep('kp-prerender', what);
    post('/kp-note', what);
  };
  if (document.prerendering) {
    note('prerendering ' + document.documentElement.dataset.kpDocument);
    document.addEventListener('prerenderingchange', () => note('activated'));
  }
})();`;

export interface KeptReport {
  path: string;
  frame: number;
  visible: boolean;
  /** The document's name (`data-kp-document`): tells a prerendered document from a new load. */
  document: string;
}

/** The reports kept in this page's origin (see KEEP_REPORTS); `clear` empties them after. */
export async function keptPaintReports(page: Page, clear = false): Promise<KeptReport[]> {
  const text = await page.evaluate((clear) => {
    const kept = localStorage.getItem('kp-paints') ?? '';
    if (clear) localStorage.removeItem('kp-paints');
    return kept;
  }, clear);
  return parseKeptReports(text);
}

/**
 * Waits until this page's kept reports show a frame with the results (the page and its monitor
 * work: the monitor reports on animation frames, which may come after `goto` returns), then
 * empties them, so that a restarted browser's reports start afresh.
 */
export async function clearKeptReportsOnceVisible(page: Page): Promise<void> {
  await expect
    .poll(async () => (await keptPaintReports(page)).some((r) => r.visible), {
      message: 'a frame of this page showed its results',
    })
    .toBe(true);
  await keptPaintReports(page, true);
}

/** KEEP_REPORTS's lines (`path frame:0|1 document`) as reports. */
export function parseKeptReports(text: string): KeptReport[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [path = '', frame = '', visible = '', document = ''] = line.split(/[ :]/);
      return { path, frame: Number(frame), visible: visible === '1', document };
    });
}

const escape = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

const STYLE = `
  body { margin: 0; font: 16px sans-serif; }
  header { height: 90px; padding: 16px; box-sizing: border-box; position: relative; z-index: 1; }
  #kp-suggest { position: absolute; top: 56px; left: 16px; margin: 0; padding: 0; list-style: none;
    background: #fff; border: 1px solid #ccc; min-width: 300px; }
  #kp-suggest:empty { display: none; }
  #kp-suggest [role=option] { padding: 6px; cursor: pointer; }
  #${RESULTS_ID} { position: absolute; top: 100px; left: 0; right: 0; min-height: calc(100vh - 100px);
    background: #eef; padding: 16px; box-sizing: border-box; }
  #${RESULTS_ID}[hidden] { display: none; }
  #${RESULTS_ID} li { height: 120px; }
`;

function resultsHtml(query: string): string {
  const items = [1, 2, 3, 4, 5]
    .map((n) => `<li><a href="#r${n}">Result ${n} for ${escape(query)}</a></li>`)
    .join('');
  return `<h2>Results for <span class="kp-q">${escape(query)}</span></h2><ol>${items}</ol>`;
}

/** The site's own behaviour: what a real site's script does with its box. */
function behaviour(s: FakeSite): string {
  const cfg = JSON.stringify({ param: s.param, resultsPath: s.resultsPath, spa: !!s.spa });
  if (s.post)
    // The no-JavaScript site: the browser itself submits the form. This bubble listener only
    // records that the submission went ahead.
    return `document.getElementById('kp-form').addEventListener('submit', () => console.log('kp-acted:submit'));`;
  return `(() => {
  const cfg = ${cfg};
  const form = document.getElementById('kp-form');
  const box = form.elements[cfg.param];
  const suggest = document.getElementById('kp-suggest');
  const results = document.getElementById('${RESULTS_ID}');
  const url = (q) => cfg.resultsPath + '?' + new URLSearchParams({ [cfg.param]: q });
  const render = (q) => {
    results.innerHTML = ${JSON.stringify(resultsHtml('QUERY'))}.split('QUERY').join(
      q.replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';'));
    results.hidden = false;
  };
  const go = (q) => {
    suggest.replaceChildren();
    if (cfg.spa) { history.pushState({ q }, '', url(q)); render(q); }
    else location.assign(url(q));
  };
  const act = (how, q) => { console.log('kp-acted:' + how); go(q); };
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.isComposing) { e.preventDefault(); act('keydown', box.value); }
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); act('submit', box.value); });
  box.addEventListener('input', () => {
    const options = [box.value].filter(Boolean).map((text) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.textContent = text;
      return li;
    });
    suggest.replaceChildren(...options);
  });
  suggest.addEventListener('click', (e) => {
    const option = e.target.closest('[role=option]');
    if (option) { box.value = option.textContent; act('click', option.textContent); }
  });
  if (cfg.spa) {
    document.addEventListener('click', (e) => {
      const a = e.target.closest && e.target.closest('a[data-spa]');
      if (!a) return;
      e.preventDefault();
      act('link', new URL(a.href).searchParams.get(cfg.param) || '');
    });
    addEventListener('popstate', () => {
      const q = new URLSearchParams(location.search).get(cfg.param);
      if (q) render(q); else results.hidden = true;
    });
  }
})();`;
}

export function pageHtml(s: FakeSite, query: string | null): string {
  const method = s.post ? 'post' : 'get';
  const value = escape(query ?? '');
  const box =
    s.box === 'textarea'
      ? `<textarea name="${s.param}" rows="1" autocomplete="off">${value}</textarea>`
      : `<input type="text" name="${s.param}" value="${value}" autocomplete="off">`;
  const results =
    query !== null
      ? `<main id="${RESULTS_ID}">${resultsHtml(query)}</main>`
      : s.spa
        ? `<main id="${RESULTS_ID}" hidden></main>`
        : '';
  return `<!doctype html>
<html lang="en"><head><script>${KEEP_REPORTS}${PAINT_MONITOR}</script>
<meta charset="utf-8"><title>${s.name}${query !== null ? ' — results' : ''}</title>
<style>${STYLE}</style></head>
<body><header><form id="kp-form" role="search" action="${s.resultsPath}" method="${method}">
${box} <button type="submit">Search</button>
<ul id="kp-suggest" role="listbox"></ul></form></header>
${results}
<script>${behaviour(s)}</script>
</body></html>`;
}

/** What `respond` reads of a request (a Playwright `Request`, or one the HTTPS server received). */
export type Asked = Pick<Request, 'url' | 'method' | 'postData'>;

/** Which page a request to a fake site gets; undefined: not found. */
export function respond(request: Asked): string | undefined {
  const url = new URL(request.url());
  const s = SITES.find((x) => x.origin === url.origin);
  if (!s) return undefined;
  if (s.post && request.method() === 'POST' && url.pathname === s.resultsPath) {
    const query = new URLSearchParams(request.postData() ?? '').get(s.param) ?? '';
    return pageHtml(s, query);
  }
  const query = url.searchParams.get(s.param);
  if (url.pathname === s.resultsPath && query) return pageHtml(s, query);
  if (url.pathname === s.homePath) return pageHtml(s, null);
  // The site's other results routes of the registry (images, videos: `/images/search`, …) get
  // the same results page, so every route the extension claims to cover can be visited.
  const other = extractQuery(url.href, REGISTRY);
  if (other) return pageHtml(s, other.query);
  return undefined;
}

async function handle(route: Route): Promise<void> {
  const body = respond(route.request());
  if (body === undefined) await route.fulfill({ status: 404, contentType: 'text/plain', body: '' });
  else await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

/** Serves every fake site in this context; any other http(s) request gets an empty 404 (no network). */
export async function serveFakeSites(context: BrowserContext): Promise<void> {
  await context.route((url) => url.protocol === 'http:' || url.protocol === 'https:', handle);
}

/** A server's redirect (301, 302, 303, 307 or 308) to `location`. */
export interface Redirect {
  status: 301 | 302 | 303 | 307 | 308;
  location: string;
}

/**
 * A page the server sends in two parts, like a slow search engine: `head` at once, `rest` only
 * once `release` resolves. The test decides when, so nothing depends on timing.
 */
export interface Streamed {
  head: string;
  rest: string;
  release: Promise<void>;
}

export interface FakeSiteServer {
  /** Chromium switches that send the fake sites (and `extraHosts`) to this server. */
  readonly args: string[];
  /** Every request served, in order, with its `Sec-Purpose` header (`prefetch;prerender`, …). */
  readonly requests: { url: string; method: string; purpose: string | null; body: string }[];
  close(): Promise<void>;
}

/**
 * The fake sites on a real HTTPS server on loopback, for what `context.route` cannot serve:
 * Playwright's request interception disables the HTTP cache, and with it Chromium refuses to
 * prerender ("PrerenderingDisabledByDevTools"); prefetches bypass the interception altogether.
 * `extra` answers other paths first (a page of the test's own, a server redirect, or a page
 * sent in two parts);
 * `extraHosts` are mapped too.
 */
export async function startFakeSiteServer(
  extra: (url: URL) => string | Redirect | Streamed | undefined = () => undefined,
  extraHosts: readonly string[] = [],
): Promise<FakeSiteServer> {
  // A throwaway self-signed certificate; Chromium runs with --ignore-certificate-errors.
  const dir = mkdtempSync(join(tmpdir(), 'kp-e2e-tls-'));
  const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes',
    '-subj', '/CN=keerpunt-e2e', '-days', '1', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' }); // prettier-ignore
  const requests: FakeSiteServer['requests'] = [];
  const server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
      const body = Buffer.concat(chunks).toString('utf8');
      const purpose = req.headers['sec-purpose'];
      requests.push({
        url: url.href,
        method: req.method ?? 'GET',
        purpose: typeof purpose === 'string' ? purpose : null,
        body,
      });
      const own = extra(url);
      if (typeof own === 'object' && 'head' in own) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.write(own.head);
        void own.release.then(() => res.end(own.rest));
        return;
      }
      if (typeof own === 'object') {
        res.writeHead(own.status, { location: own.location });
        res.end();
        return;
      }
      const page =
        own ??
        respond({
          url: () => url.href,
          method: () => req.method ?? 'GET',
          postData: () => body,
        })?.replace('<head>', '<head><script>window.kpPostReports = true</script>');
      res.writeHead(page === undefined ? 404 : 200, {
        'content-type': page === undefined ? 'text/plain' : 'text/html; charset=utf-8',
        // Lets a page of another host of the same site prerender this one (`sites.google.com`
        // → `www.google.com`); Chromium needs the opt-in for a cross-origin prerender.
        'supports-loading-mode': 'credentialed-prerender',
      });
      res.end(page ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const hosts = [...SITES.map((x) => new URL(x.origin).hostname), ...extraHosts];
  return {
    args: [
      `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
      '--ignore-certificate-errors',
    ],
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
