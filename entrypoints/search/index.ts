/**
 * The search guard on every known search site (DESIGN.md "The flow of one search"). Runs at
 * `document_start`, before the page's own scripts, with `public/search.css` keeping the page unpainted
 * until it has decided.
 */
// First: the storage read starts before the other modules run (read.ts).
import { firstRead } from './first-read';
import { coverText } from '@/lib/help/cover';
import { resolveRegion } from '@/lib/help/regions';
import type { SearchSite } from '@/lib/search/registry';
import { pickLanguage } from '@/lib/settings/settings';
import { Guard } from './guard';
import { listen } from './listeners';
import { coverSays, forgetCaughtWhen, leave, reveal, shield } from './page';
import { askBackgroundFor } from '@/utils/messages';

declare global {
  // Set once per page, so a second injection (on install or update) does not guard twice.
  var __keerpuntGuard: boolean | undefined;
}

// Declared in the manifest (wxt.config.ts): the registry's sites, at `document_start`, in frames
// too. A plain script rather than a WXT content script: WXT's wrapper announces every start to
// the page (`postMessage` and a DOM event named after the script), which would let any site see
// that Keerpunt is installed, and costs start-up time before the page may paint.
export default defineUnlistedScript(() => {
  if (globalThis.__keerpuntGuard) return;
  globalThis.__keerpuntGuard = true;
  shield();
  const guard = new Guard(firstRead);
  forgetCaughtWhen(() => guard.removeFromHistory);
  coverSays(() => {
    const ui = browser.i18n.getUILanguage();
    return coverText(pickLanguage(guard.language, ui), resolveRegion(guard.region, ui));
  });
  const started = guard.start();
  listen(guard);
  // No query on a known site (its home page, a settings page): nothing to wait for.
  const site = guard.siteOf(location.hostname);
  if (site && !guard.queryOf(location.href) && !formRoute(site)) reveal();
  // The address this page was loaded with: its scripts may change it (`history.replaceState`)
  // before the verdict, to look like no search.
  const loadedAs = location.href;
  void started.then(async () => {
    // Decided with the person's own rules and sites; the page stayed unpainted meanwhile.
    const now = location.href;
    const url = (now === loadedAs ? [now] : [loadedAs, now]).find((u) => guard.isRiskyUrl(u));
    if (!url) return decideForm(guard);
    const strict = guard.strictness === 'strict';
    // Pause and gentle modes: the person may have chosen to continue to exactly this search.
    if (!strict && (await hasPass(url))) return reveal();
    leave('replace', { url, strict });
  });
});

/**
 * Whether the person continued to exactly this search (a pass); the page stays unpainted while
 * asked. No answer of use after a few questions: no.
 */
async function hasPass(url: string): Promise<boolean> {
  const isAnswer = (answer: unknown): answer is boolean => typeof answer === 'boolean';
  return (await askBackgroundFor({ type: 'keerpunt:pass', url }, isAnswer)) === true;
}

/**
 * A POST search (DuckDuckGo HTML, Startpage) has no query in its address; its results page shows
 * the query in the site's box. Read it there once the page is parsed.
 */
function decideForm(guard: Guard): void {
  const site = guard.siteOf(location.hostname);
  if (!site || !formRoute(site) || guard.queryOf(location.href)) {
    reveal();
    return;
  }
  const read = () => {
    const selectors = site.box?.selectors.join(', ');
    const box = selectors ? document.querySelector<HTMLInputElement>(selectors) : null;
    if (box && guard.isRisky(box.value)) leave('replace');
    else reveal();
  };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', read, { once: true });
  } else read();
}

/** Whether this page's path is one a site answers POST searches on. */
function formRoute(site: SearchSite): boolean {
  const path = location.pathname;
  return site.routes.some(
    (r) => 'form' in r.query && (r.match === 'exact' ? path === r.path : path.startsWith(r.path)),
  );
}
