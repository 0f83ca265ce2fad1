/**
 * The page side of a catch: keep results unpainted, reveal a clean page, or leave for the help
 * page. Help lives on an extension page (DESIGN.md): the cover below is only what shows for the
 * instant before the help page loads, and a fallback where it cannot load.
 */

import type { ToBackground } from '@/utils/messages';

const ATTR = 'data-keerpunt';
let leaving = false;
let coverHost: HTMLElement | null = null;
/** Whether a caught search is to be removed from the history (the Guard's setting). */
let forgetting: () => boolean = () => false;

/** Wires the setting "also remove caught searches from history" (index.ts). */
export function forgetCaughtWhen(on: () => boolean): void {
  forgetting = on;
}

// Back from the help page can restore this very page from the back/forward cache, frozen as it
// was when it left: hidden, covered, swallowing input. It is the page before the search (the
// search never left it), so it comes back usable.
addEventListener('pageshow', (event) => {
  if (!event.persisted || !leaving) return;
  leaving = false;
  coverHost?.remove();
  coverHost = null;
  reveal();
});

/** Whether this page is on its way to the help page (later input is swallowed). */
export function isLeaving(): boolean {
  return leaving;
}

/** Lets a clean page paint. */
export function reveal(): void {
  if (!leaving) document.documentElement.setAttribute(ATTR, 'clear');
}

/** Hides the page again (a single-page app moving to results). */
export function hold(): void {
  document.documentElement.setAttribute(ATTR, 'hold');
}

/**
 * Moves the tab to the help page. `replace`: the page is itself the results (Back must not
 * return to it); otherwise the search was stopped before it left this page, which stays in the
 * history so Back lands here. The query is not put in the help page's address. `held`: the
 * results URL that "continue" may go to (pause and gentle modes only; the background keeps it
 * in memory for five minutes at most).
 */
export function leave(
  how: 'replace' | 'push',
  held?: { url: string | null; strict: boolean },
): void {
  if (leaving) return;
  leaving = true;
  hold();
  cover();
  if (forgetting()) forget(how, held?.url ?? null);
  const url = browser.runtime.getURL('/intercept.html');
  const go = () => (how === 'replace' ? location.replace(url) : location.assign(url));
  if (!held || held.strict || !held.url) {
    go();
    return;
  }
  // The help page asks for the held URL as it loads: hand it over first (briefly at most).
  const message: ToBackground = { type: 'keerpunt:hold', url: held.url };
  const sent = browser.runtime.sendMessage(message).catch(() => undefined);
  void Promise.race([sent, new Promise((r) => setTimeout(r, HOLD_WAIT_MS))]).then(go);
}

/**
 * Asks the background to delete the caught search from the history: this page when it is itself
 * the results (`replace`), and the results URL of an in-page catch (a single-page app may
 * already have put it in the history; deleting an address never visited changes nothing).
 */
function forget(how: 'replace' | 'push', resultsUrl: string | null): void {
  const urls = new Set<string>();
  if (how === 'replace') urls.add(location.href);
  if (resultsUrl) urls.add(resultsUrl);
  for (const url of urls) {
    const message: ToBackground = { type: 'keerpunt:forget-url', url };
    browser.runtime.sendMessage(message).catch(() => undefined);
  }
}

/**
 * How long leaving waits, at most, for the background to take the held URL (pause and gentle
 * modes only): a message still in flight when the page goes may be lost with it. An awake worker
 * answers in milliseconds; one that was asleep takes longer.
 */
const HOLD_WAIT_MS = 2_000;

/** A calm, opaque cover in a closed shadow root; after a moment, the fallback words. */
function cover(): void {
  const host = document.createElement('div');
  host.setAttribute('data-keerpunt-cover', '');
  host.setAttribute(
    'style',
    'all:initial!important;position:fixed!important;inset:0!important;z-index:2147483647!important;' +
      'visibility:visible!important;display:block!important;background:#f4f1ea!important;',
  );
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute(
    'style',
    'font:18px/1.5 system-ui,sans-serif;color:#2d2a26;max-width:32rem;margin:20vh auto;padding:0 1.5rem;' +
      'opacity:0;transition:opacity .3s;',
  );
  root.append(box);
  document.documentElement.append(host);
  coverHost = host;
  // If the help page has not taken over after a while, say where help is, in plain words.
  setTimeout(() => {
    const words = fallbackWords(navigator.language);
    box.textContent = '';
    const p = document.createElement('p');
    p.textContent = words.lead;
    const a = document.createElement('a');
    a.href = words.href;
    a.textContent = words.link;
    a.setAttribute('style', 'color:#1f5c4a;font-weight:600');
    box.append(p, a);
    box.style.opacity = '1';
  }, 1500);
}

function fallbackWords(language: string): { lead: string; link: string; href: string } {
  const lang = language.toLowerCase();
  if (lang.startsWith('nl')) {
    const be = lang.endsWith('-be');
    return {
      lead: 'Keerpunt toont hier geen resultaten. Anoniem en gratis praten kan bij Stop it Now.',
      link: be ? 'Stop it Now: 0800 200 50' : 'Stop it Now: 0800 266 64 36',
      href: be ? 'tel:+3280020050' : 'tel:+318002666436',
    };
  }
  if (lang.startsWith('fr')) {
    return {
      lead: "Keerpunt n'affiche pas de résultats ici. Vous pouvez parler anonymement et gratuitement à SéOS.",
      link: 'SéOS : 0800 200 99',
      href: 'tel:+3280020099',
    };
  }
  return {
    lead: 'Keerpunt shows no results here. You can talk to Stop It Now, anonymously and for free.',
    link: 'stopitnow.org.uk',
    href: 'https://www.stopitnow.org.uk',
  };
}
