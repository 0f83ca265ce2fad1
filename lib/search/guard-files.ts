/**
 * The search guard's files in the built extension: one script (entrypoints/search, built as a
 * plain script with no framework wrapper) and the stylesheet that keeps known search pages
 * unpainted until it decides (public/search.css). The manifest declares both for the registry's
 * sites; the background registers them for the person's own sites and injects the script into
 * tabs open before install or update.
 */
export const GUARD_SCRIPT = 'search.js';
export const GUARD_STYLE = 'search.css';
