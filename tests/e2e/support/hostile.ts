/**
 * Hostile and tricky fixture pages (issue 7): results pages that fight Keerpunt. They are served
 * on a covered host of their own (Ecosia's, which the friendly fake sites do not use) and on a
 * host Keerpunt does not cover (`portal.example`, for frames and redirects). Every page starts
 * with the paint monitor, so a frame of results is seen wherever it comes from.
 *
 * Each hostile behaviour is a script in the page's <head>: it runs before the body is parsed and
 * before Keerpunt's verdict (which waits for a storage read), the worst moment for Keerpunt.
 */
import type { BrowserContext, Route } from '@playwright/test';
import { PAINT_MONITOR, paintMonitor, RESULTS_ID, VISIBLE_AFTER } from './paint';

export const HOSTILE_ORIGIN = 'https://www.ecosia.org';
/** A host no content script runs on: a page around a frame, a redirect hop. */
export const PORTAL_ORIGIN = 'https://portal.example';

/** The results URL on the hostile site; `fixture` names the behaviour the page gets. */
export const hostileResultsUrl = (fixture: string, query: string, hash = false): string => {
  const params = new URLSearchParams({ q: query });
  return hash
    ? `${HOSTILE_ORIGIN}/search?fixture=${fixture}#${params}`
    : `${HOSTILE_ORIGIN}/search?fixture=${fixture}&${params}`;
};

const RESULTS_STYLE = `#${RESULTS_ID}{position:fixed;inset:0;background:#c00;color:#fff;font:20px sans-serif;padding:2rem}`;

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const results = (query: string, attrs = ''): string =>
  `<main id="${RESULTS_ID}"${attrs}><h1>Results for <span class="kp-q">${escape(query)}</span></h1></main>`;

/**
 * The hostile behaviours. Each gets the page's query (for pages that render it themselves) and
 * returns what goes into <head> after the paint monitor, and the body.
 */
const FIXTURES: Record<
  string,
  (query: string, then: string | null) => { head: string; body: string }
> = {
  /** Removes anything it did not make, again and again (an observer and a timer). */
  'remove-cover': (query) => ({
    head: `<script>(() => {
      const mine = new WeakSet();
      const sweep = () => {
        const root = document.documentElement;
        for (const el of [...root.children]) if (!mine.has(el) && el.localName !== 'head' && el.localName !== 'body') el.remove();
        for (const el of document.querySelectorAll('[data-keerpunt-cover]')) el.remove();
        if (!document.getElementById('${RESULTS_ID}') && document.body) {
          const t = document.createElement('template');
          t.innerHTML = ${JSON.stringify(results(query))};
          document.body.append(t.content);
        }
        if (document.body && document.body.parentNode !== root) root.append(document.body);
      };
      let rounds = 0;
      new MutationObserver(() => { if (rounds++ < 5000) sweep(); }).observe(document, { childList: true, subtree: true });
      setInterval(sweep, 1);
    })();</script>`,
    body: results(query),
  }),

  /** Undoes every way of hiding it knows: attributes, inline style, a style sheet, the cover's style. */
  restyle: (query) => ({
    head: `<style>html,html *{visibility:visible!important;content-visibility:visible!important;opacity:1!important;display:revert!important}
      [data-keerpunt-cover]{display:none!important;opacity:0!important}</style>
    <script>(() => {
      // Each change only when needed: setting an attribute to its own value is a mutation too.
      const set = (el, name, value) => { if (el.getAttribute(name) !== value) el.setAttribute(name, value); };
      const undo = () => {
        const root = document.documentElement;
        set(root, 'data-keerpunt', 'clear');
        set(root, 'style', 'content-visibility:visible!important');
        for (const el of document.querySelectorAll('[data-keerpunt-cover]')) {
          set(el, 'style', 'display:none!important');
          set(el, 'hidden', '');
        }
      };
      new MutationObserver(undo).observe(document, { attributes: true, childList: true, subtree: true });
      setInterval(undo, 1);
      requestAnimationFrame(function f() { undo(); requestAnimationFrame(f); });
    })();</script>`,
    body: results(query),
  }),

  /** Shows its results in its own modal dialog (the top layer), over anything, again when closed. */
  modal: (query) => ({
    head: `<script>(() => {
      const show = () => {
        let d = document.getElementById('kp-modal');
        if (!d) {
          d = document.createElement('dialog');
          d.id = 'kp-modal';
          d.setAttribute('style', 'visibility:visible!important;content-visibility:visible!important;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;padding:0;border:0');
          d.innerHTML = ${JSON.stringify(results(query, ' style="visibility:visible!important"'))};
          (document.body || document.documentElement).append(d);
        }
        if (!d.open && d.isConnected) try { d.showModal(); } catch {}
        const p = document.getElementById('kp-pop');
        if (p && p.isConnected && !p.matches(':popover-open')) try { p.showPopover(); } catch {}
      };
      document.addEventListener('DOMContentLoaded', show);
      setInterval(show, 5);
      show();
    })();</script>`,
    body: `<div id="kp-pop" popover="manual" style="visibility:visible!important">a popover</div>`,
  }),

  /** Makes the cover and the page unusable for a pointer and the keyboard, and clips it away. */
  'pointer-inert-clip': (query) => ({
    head: `<style>[data-keerpunt-cover]{pointer-events:none!important;clip-path:inset(50%)!important}</style>
    <script>(() => {
      const spoil = (el, clip) => {
        if (!el.inert) el.inert = true;
        if (el.style.pointerEvents !== 'none') el.style.setProperty('pointer-events', 'none', 'important');
        if (el.style.clipPath !== clip) el.style.setProperty('clip-path', clip, 'important');
      };
      const spoilAll = () => {
        const covers = document.querySelectorAll('[data-keerpunt-cover]');
        // The root made inert once there is a cover to spoil (an inert root would also hide the
        // page's own results from the paint monitor's hit test).
        if (covers.length && !document.documentElement.inert) document.documentElement.inert = true;
        for (const el of covers) spoil(el, 'inset(50%)');
      };
      new MutationObserver(spoilAll).observe(document, { attributes: true, childList: true, subtree: true });
      setInterval(spoilAll, 1);
    })();</script>`,
    body: results(query),
  }),

  /** Cancels every navigation it can see, and asks before unloading. */
  'cancel-navigation': (query) => ({
    head: `<script>(() => {
      navigation.addEventListener('navigate', (e) => { console.log('kp-hostile:navigate'); e.preventDefault(); });
      navigation.addEventListener('navigate', (e) => e.preventDefault(), { capture: true });
      addEventListener('beforeunload', (e) => { e.preventDefault(); e.returnValue = ''; });
      window.onbeforeunload = () => 'stay';
    })();</script>`,
    body: results(query),
  }),

  /** Stops every load, over and over (which also stops a navigation the page itself started). */
  'stop-loop': (query) => ({
    head: `<script>(() => {
      setInterval(() => window.stop(), 0);
      const c = new MessageChannel();
      let n = 0;
      c.port1.onmessage = () => { window.stop(); if (n++ < 200000) c.port2.postMessage(0); };
      document.addEventListener('DOMContentLoaded', () => c.port2.postMessage(0));
    })();</script>`,
    body: results(query),
  }),

  /** Unhides its results with inline `visibility: visible !important` and an id selector. */
  'inline-visible': (query) => ({
    head: `<style>#${RESULTS_ID}{visibility:visible!important}</style>`,
    body: `<div style="visibility:visible!important">${results(query, ' style="visibility:visible!important;display:block!important"')}</div>`,
  }),

  /**
   * Rewrites its history before the verdict: the address turns into a page that is no search, and
   * the entries it leaves behind point at it, so Back from help would return here.
   */
  'rewrite-history': (query) => ({
    head: `<script>(() => {
      history.replaceState({}, '', '/about?page=1');
      history.pushState({}, '', '/about?page=2');
      history.pushState({}, '', '/about?page=3');
    })();</script>`,
    body: results(query),
  }),

  /**
   * Keeps the query in the fragment and renders from it (a page's script reads `location.hash`).
   * With `then=…` in its address (no query there), its script moves to `#q=…` as soon as it runs,
   * while the page loads: before Keerpunt's storage read has answered.
   */
  fragment: (_, then) => ({
    head: '',
    body: `<main id="${RESULTS_ID}" hidden></main><script>(() => {
      const render = () => {
        const q = new URLSearchParams(location.hash.slice(1)).get('q');
        const main = document.getElementById('${RESULTS_ID}');
        if (!q || !main) return;
        main.textContent = 'Results for ' + q;
        main.hidden = false;
      };
      addEventListener('hashchange', render);
      render();
      ${then === null ? '' : `location.hash = new URLSearchParams({ q: ${JSON.stringify(then)} }).toString();`}
    })();</script>`,
  }),
};

/**
 * A single-page app that searches with `fetch` and `history.pushState`. `poll`: the app reads its
 * box on a timer (no event Keerpunt could hold back), renders what the server sends, and only
 * then puts the results URL in the address; otherwise it searches from its `input` handler
 * (search as you type). Enter in the box is not handled by the app at all.
 */
function spaPage(poll: boolean): string {
  // The polling app's test measures how long its results showed (VISIBLE_AFTER).
  const monitor = poll ? paintMonitor(VISIBLE_AFTER) : PAINT_MONITOR;
  return `<!doctype html><html lang="en"><head><script>${monitor}</script>
<meta charset="utf-8"><title>App</title><style>${RESULTS_STYLE}</style></head>
<body><input type="search" name="q" autocomplete="off" aria-label="Search">
<main id="${RESULTS_ID}" hidden></main>
<script>(() => {
  const box = document.querySelector('input');
  const main = document.getElementById('${RESULTS_ID}');
  let last = '';
  const search = async (q) => {
    if (!q || q === last) return;
    last = q;
    const html = await (await fetch('/api/search?' + new URLSearchParams({ q }))).text();
    main.innerHTML = html;
    main.hidden = false;
    console.log('kp-acted:rendered');
    ${poll ? "setTimeout(() => history.pushState({}, '', '/search?' + new URLSearchParams({ q })), 0);" : ''}
  };
  ${poll ? 'setInterval(() => search(box.value), 20);' : "box.addEventListener('input', () => search(box.value));"}
})();</script></body></html>`;
}

function hostilePage(fixture: string, query: string, then: string | null): string | undefined {
  const make = FIXTURES[fixture];
  if (!make) return undefined;
  const { head, body } = make(query, then);
  return `<!doctype html><html lang="en"><head><script>${PAINT_MONITOR}</script>
<meta charset="utf-8"><title>Hostile: ${fixture}</title><style>${RESULTS_STYLE}</style>${head}</head>
<body>${body}</body></html>`;
}

const html = (route: Route, body: string) =>
  route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });

/**
 * Serves the hostile site and the portal in this context (registered after the fake sites, so
 * these routes win for their hosts).
 *
 * Hostile site: `/search?fixture=NAME&q=…` (or the query in the fragment), `/app` and
 * `/app-poll` (the single-page apps), `/api/search?q=…` (their results), `/about` (no search).
 * Portal: `/frame?src=URL` (a page that is one full-size frame of URL),
 * `/hop?to=URL` (a script redirect) and `/meta?to=URL` (a meta refresh), `/` (a start page).
 */
export async function serveHostile(context: BrowserContext): Promise<void> {
  await context.route(`${HOSTILE_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const query = url.searchParams.get('q') ?? '';
    const fixture = url.searchParams.get('fixture');
    if (url.pathname === '/search' && fixture) {
      const page = hostilePage(fixture, query, url.searchParams.get('then'));
      if (page) return html(route, page);
    }
    if (url.pathname === '/app') return html(route, spaPage(false));
    if (url.pathname === '/app-poll') return html(route, spaPage(true));
    if (url.pathname === '/api/search')
      return route.fulfill({ status: 200, contentType: 'text/plain', body: results(query) });
    if (url.pathname === '/about' || url.pathname === '/search')
      return html(
        route,
        `<!doctype html><html><head><script>${PAINT_MONITOR}</script><title>About</title></head><body><p>About this site.</p></body></html>`,
      );
    return route.fulfill({ status: 404, body: '' });
  });
  await context.route(`${PORTAL_ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    const to = url.searchParams.get('to') ?? '';
    switch (url.pathname) {
      case '/frame':
        return html(
          route,
          `<!doctype html><html><head><title>Portal</title></head><body style="margin:0">
<iframe src="${escape(url.searchParams.get('src') ?? '')}" style="border:0;position:fixed;inset:0;width:100vw;height:100vh"></iframe></body></html>`,
        );
      case '/hop':
        return html(
          route,
          `<!doctype html><script>location.href = ${JSON.stringify(to)};</script>`,
        );
      case '/meta':
        return html(
          route,
          `<!doctype html><meta http-equiv="refresh" content="0;url=${escape(to)}"><p>Moving on…</p>`,
        );
      case '/':
        return html(route, `<!doctype html><title>Portal</title><p>Portal start page.</p>`);
      default:
        return route.fulfill({ status: 404, body: '' });
    }
  });
}
