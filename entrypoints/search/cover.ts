/**
 * The instant cover's content (lib/help/cover.ts says what and why), laid out like the top of the
 * help page (entrypoints/intercept/style.css: its colours, light and dark, its column, bar,
 * heading and call button), so that the help page replacing it a moment later changes as little
 * as it can. Inline styles only, in a closed shadow root: no page style reaches in, nothing waits
 * for a stylesheet, and the page cannot read the words. Sizes are in `em` of the host, whose
 * `all: initial` gives the reader's own default size (the page's root size does not count).
 */
import type { CoverText } from '@/lib/help/cover';

/**
 * The help page's colours (entrypoints/intercept/style.css), copied: a content script cannot use
 * that stylesheet. A unit test holds the two together.
 */
export const LIGHT = {
  bg: '#f6f4ef',
  fg: '#1f2a2e',
  muted: '#4d5b60',
  line: '#d9d4c7',
  accent: '#1d5f63',
  onAccent: '#ffffff',
};
export const DARK = {
  bg: '#161b1d',
  fg: '#e7ecec',
  muted: '#a9b6b8',
  line: '#364245',
  accent: '#7cc7c9',
  onAccent: '#0f1b1c',
};

/** The cover's background: the help page's, so the switch between the two does not flash. */
export function coverBackground(dark: boolean): string {
  return (dark ? DARK : LIGHT).bg;
}

function el(tag: string, style: string, text?: string): HTMLElement {
  const e = document.createElement(tag);
  e.setAttribute('style', style);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Fills the cover's shadow root with the help's first words and its one next step. */
export function renderCover(root: ShadowRoot, text: CoverText, dark: boolean): void {
  const c = dark ? DARK : LIGHT;
  const page = el(
    'div',
    `max-width:40em;margin:0 auto;padding:1em 1em 3em;box-sizing:border-box;color:${c.fg};` +
      'font:1em/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;',
  );
  page.lang = text.lang;
  const bar = el(
    'div',
    `display:flex;align-items:center;min-height:2.3em;padding-bottom:.75em;border-bottom:1px solid ${c.line};font-size:.875em;`,
  );
  bar.append(el('span', `font-weight:600;color:${c.muted}`, 'Keerpunt'));
  const heading = el(
    'h1',
    'font-size:1.75em;line-height:1.2;margin:1em 0 .45em;font-weight:700',
    text.heading,
  );
  const lead = el('p', 'font-size:1.1em;margin:0 0 .75em', text.lead);
  const { action } = text;
  const link = el(
    'a',
    `display:block;background:${c.accent};color:${c.onAccent};text-decoration:none;border-radius:.625em;` +
      'padding:.9em 1em;margin:1em 0 .5em;text-align:center;max-width:26em;',
  ) as HTMLAnchorElement;
  link.href = action.href;
  // The search's address (the query) must not go with the click: no referrer, no opener.
  link.rel = 'noreferrer noopener';
  link.referrerPolicy = 'no-referrer';
  if (!action.href.startsWith('tel:')) link.target = '_blank';
  link.append(el('span', 'display:block;font-size:1.15em;font-weight:600', action.label));
  if (action.detail) {
    link.append(
      el(
        'span',
        'display:block;font-size:1.6em;font-weight:700;letter-spacing:.02em;font-variant-numeric:tabular-nums',
        action.detail,
      ),
    );
  }
  page.append(bar, heading, lead, link);
  root.replaceChildren(page);
}
