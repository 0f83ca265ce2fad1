/**
 * Layer 2 (DESIGN.md "Keeping results from being painted"): the site's own search box, Enter,
 * suggestion clicks, links to results and single-page-app navigations are caught in the
 * capture phase, before the site's own handlers act.
 */
import type { Guard } from './guard';
import { hold, isCoverInput, isLeaving, leave, reveal } from './page';

/** Text fields that are search boxes on any site. */
const GENERIC_BOX = 'input[type="search"], [role="combobox"], [role="searchbox"]';
/** Suggestion rows of search boxes (ARIA listbox options, as most sites render them). */
const SUGGESTION = '[role="option"], [role="listbox"] li';

/**
 * Whether this copy of the script still belongs to the running extension. After an update the
 * old copy stays in a page that was open, cut off (its `browser.runtime` is gone), while the new
 * copy guards it from a world of its own: the old one must let every event through, or it would
 * stop the event before the new one sees it and then fail to move the tab.
 */
const alive = (): boolean => browser.runtime?.id !== undefined;

/** `addEventListener` whose handler runs only while this copy is alive. */
function on<K extends keyof WindowEventMap | 'navigate'>(
  target: EventTarget,
  type: K,
  handler: (e: K extends keyof WindowEventMap ? WindowEventMap[K] : Event) => void,
  capture = true,
): void {
  target.addEventListener(type, (e) => alive() && handler(e as never), { capture });
}

export function listen(guard: Guard): void {
  const stop = (e: Event) => {
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  const boxSelector = () => {
    const site = guard.siteOf(location.hostname);
    return [GENERIC_BOX, ...(site?.box?.selectors ?? [])].join(', ');
  };
  /** Catches text as a search from this page: the search never leaves it, Back returns here. */
  const catchText = (e: Event, text: string, field?: HTMLInputElement | HTMLTextAreaElement) => {
    if (!text.trim() || !guard.isRisky(text)) return false;
    stop(e);
    if (field) field.value = '';
    leave('push', { url: guard.resultsUrl(text), strict: guard.strictness === 'strict' });
    return true;
  };

  // Once leaving, the page gets no more input: a late click must not start the search. The
  // cover's own link (its call button) works, for a press that began on it once the page was
  // left; the page's listeners never see that either.
  let coverPress = false;
  for (const type of [
    'pointerdown',
    'mousedown',
    'mouseup',
    'click',
    'keydown',
    'submit',
  ] as const) {
    on(window, type, (e) => {
      if (!isLeaving()) return;
      const mine = type !== 'submit' && isCoverInput(e);
      if (type === 'pointerdown') coverPress = mine;
      if (mine && (type === 'keydown' || coverPress)) e.stopImmediatePropagation();
      else stop(e);
    });
  }

  on(window, 'keydown', (e) => {
    if (e.key !== 'Enter' || e.isComposing) return;
    const field = e.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    if (!field.matches(boxSelector())) return;
    catchText(e, field.value, field);
  });

  // Search as you type: the site renders results from its own `input` handler. Risky text in a
  // search box never reaches it, so nothing is fetched or shown for it; Enter then leaves. No
  // leaving here: the text may still grow into an exception ("zebra" → "zebra crossing").
  on(window, 'input', (e) => {
    const field = e.target;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    if (field.matches(boxSelector()) && guard.isRisky(field.value)) e.stopImmediatePropagation();
  });

  on(window, 'submit', (e) => {
    const form = e.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const field of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
      'input, textarea',
    )) {
      if (field.type === 'hidden' || field.type === 'password') continue;
      if (field.matches(boxSelector()) && catchText(e, field.value, field)) return;
    }
  });

  const onPress = (e: Event) => {
    const target = e.target instanceof Element ? e.target : null;
    if (!target) return;
    const link = target.closest('a[href]');
    if (link instanceof HTMLAnchorElement && guard.isRiskyUrl(link.href)) {
      stop(e);
      leave('push', { url: link.href, strict: guard.strictness === 'strict' });
      return;
    }
    const option = target.closest(SUGGESTION);
    if (option) catchText(e, option.textContent ?? '');
  };
  for (const type of ['pointerdown', 'mousedown', 'click'] as const) {
    on(window, type, onPress);
  }

  /**
   * A navigation inside the page to a results address before the shipped lists are read (a page
   * revealed at once for having no query, whose script moves on at once): hidden until they are,
   * then left or shown again.
   */
  const decideLater = (url: string) => {
    hold();
    void guard.decidable.then(() => {
      const risky = [url, location.href].find((u) => guard.isRiskyUrl(u));
      if (risky) leave('replace', { url: risky, strict: guard.strictness === 'strict' });
      else reveal();
    });
  };

  // Single-page apps (YouTube): a navigation to a results URL inside the page.
  const nav = (globalThis as { navigation?: EventTarget }).navigation;
  if (nav)
    on(
      nav,
      'navigate',
      (event) => {
        const e = event as Event & { destination: { url: string }; cancelable: boolean };
        const url = e.destination.url;
        if (!guard.queryOf(url)) return;
        if (!guard.canDecide) return decideLater(url);
        if (!guard.isRiskyUrl(url)) return;
        const held = { url, strict: guard.strictness === 'strict' };
        if (e.cancelable) stop(e);
        else hold();
        // Stopped before it left a page that is no search: Back returns there. From a page that is
        // itself caught (its script moving on before the verdict), Back must not return to it.
        const stayed = e.cancelable && !guard.isRiskyUrl(location.href);
        leave(stayed ? 'push' : 'replace', held);
      },
      false,
    );

  // Where the Navigation API is missing (older Firefox), check the address after history changes.
  if (!nav) {
    let last = location.href;
    const check = () => {
      if (!alive() || location.href === last) return;
      last = location.href;
      if (!guard.canDecide) {
        if (guard.queryOf(last)) decideLater(last);
        else reveal();
        return;
      }
      if (guard.isRiskyUrl(last))
        leave('replace', { url: last, strict: guard.strictness === 'strict' });
      else reveal();
    };
    on(window, 'popstate', check);
    on(window, 'hashchange', check);
    setInterval(check, 200);
  }
}
