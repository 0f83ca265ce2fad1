/**
 * The storage keys of the records in `storage.local` that more than one part reads (DESIGN.md
 * "Discreet storage"). In a module of their own, with nothing else in it, so that the search
 * guard can start its one read at its script's first line (entrypoints/search/read.ts), before
 * the rest of its modules have run.
 */

/** The person's settings (lib/settings/settings.ts). */
export const SETTINGS_KEY = 'settings';
/** What every search page reads: personal rules, lists switched off, own sites (guard.ts). */
export const GUARD_KEY = 'guard';
/** The build's compiled shipped lists, stored by the background (shipped.ts). */
export const SHIPPED_KEY = 'shipped';
/** Weakening changes waiting for their cooling-off time (pending.ts). */
export const PENDING_KEY = 'pending';
