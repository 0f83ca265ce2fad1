/**
 * The page side of a catch: keep results unpainted, reveal a clean page, or leave for the help
 * page. Help lives on an extension page (DESIGN.md); the cover below shows its first words and
 * its one next step from the frame after the verdict until the help page has loaded, and stays
 * where it cannot load.
 */

import type { CoverText } from '@/lib/help/cover';
import { askBackgroundFor, type ToBackground } from '@/utils/messages';
import { coverBackground, renderCover } from './cover';

const ATTR = 'data-keerpunt';
/**
 * What hides the page while Keerpunt decides: `content-visibility: hidden` on the root element,
 * inline and important. Unlike the manifest CSS (`visibility`, which a page's own inline
 * `visibility: visible !important` or an id selector wins over), no descendant can undo it, and
 * it hides the top layer too (a page's own modal dialog or popover); opacity, filter and
 * clip-path on the root do not (measured, Chromium 156).
 */
const HIDE = ['content-visibility', 'hidden'] as const;
/** The cover's own style: `all: initial` inline and important, which no page style outranks. */
const coverStyle = (dark: boolean) =>
  'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;' +
  'visibility:visible!important;display:block!important;overflow:auto!important;' +
  `background:${coverBackground(dark)}!important;`;
let hostStyle = coverStyle(false);

type State = 'deciding' | 'clear' | 'held' | 'gone';
let state: State = 'deciding';
let leaving = false;
let coverHost: HTMLElement | null = null;
let watcher: MutationObserver | null = null;
/** Whether a caught search is to be removed from the history (the Guard's setting). */
let forgetting: () => boolean = () => false;

/** Wires the setting "also remove caught searches from history" (index.ts). */
export function forgetCaughtWhen(on: () => boolean): void {
  forgetting = on;
}

/** What the cover says: the person's language and region, as read when a search is caught. */
let coverWords: (() => CoverText) | null = null;

/** Wires the cover's words (index.ts). */
export function coverSays(words: () => CoverText): void {
  coverWords = words;
}

// Back may bring a page Keerpunt left from the back/forward cache, emptied as it was when it
// left. A fresh load decides again: the page before a search comes back usable, a results page
// (a page's own history entries can point back into it) goes to help again.
addEventListener('pageshow', (event) => {
  if (event.persisted && leaving) location.reload();
});

/** Whether this page is on its way to the help page (later input is swallowed). */
export function isLeaving(): boolean {
  return leaving;
}

/** When the page was left (`performance.now()`; events carry the same clock). */
let leftAt = Infinity;

/**
 * Whether `e` is input on the cover that began after the page was left: a press or a key of its
 * own, not the rest of the press that left the page (which may end over the cover's button).
 */
export function isCoverInput(e: Event): boolean {
  return coverHost !== null && e.timeStamp > leftAt && e.composedPath().includes(coverHost);
}

/**
 * Keeps the page unpainted until `reveal` or `leave` (called first thing at `document_start`).
 * The page's scripts may run meanwhile: whatever they do to the root's style, attributes, or the
 * root itself is put back before the next frame (mutation observers run before rendering).
 */
export function shield(): void {
  if (state === 'gone') return;
  if (state === 'clear') state = 'held';
  enforce();
  watch();
}

/** Lets a clean page paint. */
export function reveal(): void {
  if (leaving) return;
  state = 'clear';
  watcher?.disconnect();
  watcher = null;
  const root = document.documentElement;
  if (!root) return;
  // What was set aside in a fight goes back, in its place.
  if (parked) root.append(...parked.splice(0));
  parked = null;
  root.style.removeProperty(HIDE[0]);
  root.setAttribute(ATTR, 'clear');
}

/** Hides the page again (a single-page app moving to results). */
export function hold(): void {
  if (state === 'gone') return;
  state = 'held';
  enforce();
  watch();
}

/**
 * A page whose own observer undoes what Keerpunt puts back, and the other way round, would keep
 * both going for ever within one task (and never paint, nor leave). After this many rounds in
 * one task Keerpunt stops answering and hides in a way that needs no answer (`fight`).
 */
const MAX_ROUNDS = 50;
let rounds = 0;
/** The page's content, set aside while deciding after a fight (back on `reveal`). */
let parked: ChildNode[] | null = null;
/** Whether the page fought the hiding: once gone, the root stays hidden as well. */
let fought = false;

function react(): void {
  if (rounds === 0) setTimeout(() => (rounds = 0));
  if (++rounds > MAX_ROUNDS) fight();
  else enforce();
}

/**
 * Ends a fight: whatever the page does next, there is nothing left to paint. While deciding, the
 * page's content is set aside (not lost: a clean verdict puts it back); once gone, the root is
 * hidden too, which the page may undo only by starting again, a task later.
 */
function fight(): void {
  fought = true;
  watcher?.disconnect();
  watcher = null;
  const root = document.documentElement;
  if (state !== 'gone') {
    if (!root) return;
    park(root);
    root.style.setProperty(HIDE[0], HIDE[1], 'important');
    // What the parser (or the page) adds to the root later is set aside too; a page that keeps
    // putting it back is let be after a while, rather than kept going for ever.
    let more = 0;
    watcher = new MutationObserver(() => {
      if (++more > MAX_ROUNDS * 10) watcher?.disconnect();
      else park(root);
    });
    watcher.observe(root, { childList: true });
    return;
  }
  enforce();
  // Answer again from the next task on.
  setTimeout(watchAll);
}

function park(root: Element): void {
  if (!root.firstChild) return;
  parked ??= [];
  parked.push(...root.childNodes);
  root.replaceChildren();
}

/**
 * While deciding or held, the root's style and marker and the root itself are watched (cheap:
 * no subtree); once gone, the whole (by then tiny) document.
 */
function watch(): void {
  if (watcher || fought) return;
  let root: Element | null = null;
  const observeRoot = () => {
    if (document.documentElement === root || !watcher) return;
    root = document.documentElement;
    if (root) watcher.observe(root, { attributes: true, attributeFilter: ['style', ATTR] });
  };
  watcher = new MutationObserver(() => {
    observeRoot();
    react();
  });
  watcher.observe(document, { childList: true });
  observeRoot();
}

function watchAll(): void {
  if (state !== 'gone' || watcher) return;
  enforce();
  watcher = new MutationObserver(react);
  watcher.observe(document, { childList: true, subtree: true, attributes: true });
}

/** Puts back what the state needs: hidden while deciding or held; only the cover once gone. */
function enforce(): void {
  if (state === 'clear') return;
  let root = document.documentElement;
  if (state !== 'gone') {
    if (!root) return;
    if (root.getAttribute(ATTR) !== 'hold') root.setAttribute(ATTR, 'hold');
    if (
      root.style.getPropertyValue(HIDE[0]) !== HIDE[1] ||
      !root.style.getPropertyPriority(HIDE[0])
    )
      root.style.setProperty(HIDE[0], HIDE[1], 'important');
    return;
  }
  // Gone: the page's content was removed; anything it adds comes out again before it paints.
  if (!root) root = document.appendChild(document.createElement('html'));
  for (const node of [...document.childNodes]) {
    if (node !== root && node.nodeType !== Node.DOCUMENT_TYPE_NODE) node.remove();
  }
  for (const node of [...root.childNodes]) if (node !== coverHost) node.remove();
  for (const { name } of [...root.attributes]) {
    if (name !== ATTR && !(fought && name === 'style')) root.removeAttribute(name);
  }
  if (root.getAttribute(ATTR) !== 'gone') root.setAttribute(ATTR, 'gone');
  if (fought && root.getAttribute('style') !== FOUGHT_ROOT_STYLE)
    root.setAttribute('style', FOUGHT_ROOT_STYLE);
  if (coverHost) {
    for (const { name } of [...coverHost.attributes]) {
      if (name !== 'style' && name !== 'data-keerpunt-cover') coverHost.removeAttribute(name);
    }
    if (coverHost.getAttribute('style') !== hostStyle) coverHost.setAttribute('style', hostStyle);
    if (coverHost.parentNode !== root) root.append(coverHost);
  }
}

const FOUGHT_ROOT_STYLE = `${HIDE[0]}:${HIDE[1]}!important`;

/**
 * Moves the tab to the help page. `replace`: the page is itself the results (Back must not
 * return to it); otherwise the search was stopped before it left this page, which stays in the
 * history so Back lands here. The query is not put in the help page's address. `held`: the
 * results URL that "continue" may go to (pause and gentle modes only; the background keeps it
 * in memory for five minutes at most).
 *
 * The page's content goes at once (its loading stopped, its elements removed, and kept out):
 * whatever its scripts do next has nothing to show. Only the cover stays until the tab moves.
 */
export function leave(
  how: 'replace' | 'push',
  held?: { url: string | null; strict: boolean },
): void {
  if (leaving) return;
  leaving = true;
  leftAt = performance.now();
  const shown = takeOver();
  // What the background must have before the page goes (a message still on its way then is
  // lost with it): the addresses to remove from the history, and the URL "continue" goes to.
  const handOvers = forgetting() ? forget(how, held?.url ?? null) : [];
  if (held && !held.strict && held.url) handOvers.push({ type: 'keerpunt:hold', url: held.url });
  const url = browser.runtime.getURL('/intercept.html');
  const go = () => {
    // A frame cannot move its tab: the background does (Back then returns to the page around it).
    if (window !== window.top) return showHelpInTab();
    if (how === 'replace') location.replace(url);
    else location.assign(url);
    // Still here after a while: the page stopped the move (`window.stop`, a hung handler).
    setTimeout(showHelpInTab, FALLBACK_MS);
  };
  // The tab moves once the cover is on the screen: it stays there until the help page paints
  // over it. The help page asks for the held URL as it loads: hand everything over first
  // (briefly at most).
  void Promise.all([shown, ...handOvers.map(handOver)]).then(go, go);
}

/**
 * Sends `message` until the background answers that it has done it (`true`), for 4 s at most
 * (askBackgroundFor; an awake worker answers in milliseconds, one that was asleep takes longer):
 * a message still on its way when this page goes is lost with it (measured: most of them, when
 * the worker was still starting), and a worker stopped while it handles it refuses it or
 * resolves it undone. Storing the same URL twice changes nothing.
 */
const handOver = (message: ToBackground): Promise<unknown> =>
  askBackgroundFor(message, (done): done is true => done === true);

/**
 * Takes the page over; resolves once the cover is on the screen (`coverShown`), or at once where
 * it cannot be: a document is not painted until its parser has reached `<body>`, and never if
 * stopped before (Blink begins rendering at the parsed body; measured in Chromium 156: such a
 * page had not painted after 150 ms, the same page not stopped painted in 50–80 ms). A page
 * caught that early leaves at once, as every page did before the cover had words.
 */
function takeOver(): Promise<void> {
  state = 'gone';
  const renders = document.body !== null;
  try {
    window.stop();
  } catch {
    // Nothing was loading.
  }
  // Content set aside in a fight while deciding is let go: nothing of it is shown again.
  parked = null;
  cover();
  watcher?.disconnect();
  watcher = null;
  watchAll();
  return renders ? coverShown() : Promise.resolve();
}

/**
 * Resolves once the cover is on the screen, COVER_WAIT_MS at most. The browser keeps a page's
 * last frame on the screen until the next page paints; a page left before its frame with the
 * cover was shown leaves the one before (measured: moving at once, the cover's paint was
 * reported in only 4–11 of 30 caught searches). On a page that never painted, the cover's frame
 * is its first contentful paint, reported once shown; on one that did (a single-page app's
 * search), the frame is waited for.
 */
function coverShown(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, COVER_WAIT_MS);
    const afterFrame = () => requestAnimationFrame(() => setTimeout(resolve));
    if (performance.getEntriesByName(FCP).length) return afterFrame();
    try {
      new PerformanceObserver((list, observer) => {
        if (!list.getEntriesByName(FCP).length) return;
        observer.disconnect();
        resolve();
      }).observe({ type: 'paint' });
    } catch {
      // No paint timing here: a frame, then.
      afterFrame();
    }
  });
}

const FCP = 'first-contentful-paint';
/** How long the move to help may wait for the cover to be shown. */
const COVER_WAIT_MS = 100;

function showHelpInTab(): void {
  const message: ToBackground = { type: 'keerpunt:show-help' };
  browser.runtime.sendMessage(message).catch(() => undefined);
}

// The page may not cancel the move to help: Keerpunt's listeners were added at
// `document_start`, before any of the page's, so the page's `navigate` and `beforeunload`
// handlers never see it.
const navigation = (globalThis as { navigation?: EventTarget }).navigation;
navigation?.addEventListener(
  'navigate',
  (event) => {
    const destination = (event as Event & { destination: { url: string } }).destination.url;
    if (leaving && destination.startsWith(browser.runtime.getURL('/intercept.html')))
      event.stopImmediatePropagation();
  },
  { capture: true },
);
addEventListener('beforeunload', (event) => leaving && event.stopImmediatePropagation(), {
  capture: true,
});

/** How long the tab may stay on a caught page before the background moves it. */
const FALLBACK_MS = 1_000;

/**
 * The messages that ask the background to delete the caught search from the history: this page
 * when it is itself the results (`replace`), and the results URL of an in-page catch (a
 * single-page app may already have put it in the history; deleting an address never visited
 * changes nothing).
 */
function forget(how: 'replace' | 'push', resultsUrl: string | null): ToBackground[] {
  const urls = new Set<string>();
  if (how === 'replace') urls.add(location.href);
  if (resultsUrl) urls.add(resultsUrl);
  return [...urls].map((url) => ({ type: 'keerpunt:forget-url', url }));
}

/**
 * The cover, in a closed shadow root: at once the help's first words and its one next step
 * (lib/help/cover.ts), in the help page's colours, until the help page replaces it.
 */
function cover(): void {
  const dark = matchMedia('(prefers-color-scheme: dark)').matches;
  hostStyle = coverStyle(dark);
  const host = document.createElement('div');
  host.setAttribute('data-keerpunt-cover', '');
  host.setAttribute('style', hostStyle);
  const root = host.attachShadow({ mode: 'closed' });
  try {
    if (coverWords) renderCover(root, coverWords(), dark);
  } catch {
    // Words that cannot be made leave the cover plain: the help page still comes.
  }
  coverHost = host;
}
