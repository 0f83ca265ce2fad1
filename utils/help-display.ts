/**
 * What the help page needs for its first paint, kept in the extension's own `localStorage` so
 * the page can read it synchronously: `browser.storage` answers only after ~17 ms (more on a busy
 * machine), and until then the page would be blank. `browser.storage.local` stays the truth: the
 * help page reads it right after painting and corrects (and re-caches) what differed, so a stale
 * cache costs one re-render, never a wrong setting kept.
 *
 * Only two display settings (language and region, as stored: `auto` or a choice) and the turn of
 * the message variants live here; never a query, a term or an address. Extension pages only (the
 * service worker has no `localStorage`; there every call is a no-op). A page cannot read it: it
 * belongs to the extension's origin. In Chrome's split incognito mode the private copy has a
 * cache of its own that ends with the session.
 */
import { parseSettings, SETTINGS_VERSION, type Settings } from '@/lib/settings/settings';

const DISPLAY_KEY = 'keerpunt:help-display';
const TURN_KEY = 'keerpunt:help-turn';
/** The turn wraps here, so the stored number stays small. */
const TURN_LIMIT = 1_000_000;

export type HelpDisplay = Pick<Settings, 'language' | 'region'>;

/** The extension page's `localStorage`, or null where there is none or it refuses. */
function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // A browser that blocks storage for the origin throws on access.
    return null;
  }
}

/** The cached display settings, validated like stored settings; null when none or unreadable. */
export function readHelpDisplay(): HelpDisplay | null {
  try {
    const raw = store()?.getItem(DISPLAY_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { language, region } = parsed as Record<string, unknown>;
    // The same checks as the stored settings: a bad field falls back to `auto`.
    const settings = parseSettings({ v: SETTINGS_VERSION, language, region });
    return { language: settings.language, region: settings.region };
  } catch {
    return null;
  }
}

/** Caches the display settings (after a storage read or a save). Never throws. */
export function writeHelpDisplay(settings: HelpDisplay): void {
  try {
    const value = JSON.stringify({ language: settings.language, region: settings.region });
    store()?.setItem(DISPLAY_KEY, value);
  } catch {
    // Quota or a blocked origin: the page then waits for storage, as without a cache.
  }
}

/**
 * The current turn of the message variants (0, 1, 2, … wrapping at a million); `advance` moves
 * it on for the next caught search. 0 where there is no `localStorage`.
 */
export function takeTurn(advance: boolean): number {
  const s = store();
  if (!s) return 0;
  try {
    const raw = Number(s.getItem(TURN_KEY));
    const turn = Number.isSafeInteger(raw) && raw >= 0 && raw < TURN_LIMIT ? raw : 0;
    if (advance) s.setItem(TURN_KEY, String((turn + 1) % TURN_LIMIT));
    return turn;
  } catch {
    return 0;
  }
}
