/**
 * The person's settings, as stored (key `settings`). Read through `parseSettings`, which keeps
 * every good field and falls back to the default for a bad one: a corrupt value never loses the
 * rest (Dark Reader's habit).
 */

export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a caught search allows: `strict` no way to the results (the default); `pause` the results
 * after a 30-second wait; `gentle` the results at once. Help comes first in every mode.
 */
export const STRICTNESS = ['strict', 'pause', 'gentle'] as const;
export type Strictness = (typeof STRICTNESS)[number];

export interface Settings {
  v: 1;
  /** A region id of `lib/help` or `auto` (from the browser language). */
  region: string;
  /** `auto`: the browser's language when it is one of ours, else English. */
  language: Language | 'auto';
  strictness: Strictness;
}

export const DEFAULT_SETTINGS: Settings = {
  v: 1,
  region: 'auto',
  language: 'auto',
  strictness: 'strict',
};

const REGION_ID = /^(auto|[A-Z]{2}(-[A-Z]{2})?|OTHER)$/;

export function parseSettings(raw: unknown): Settings {
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (!raw || typeof raw !== 'object') return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.region === 'string' && REGION_ID.test(r.region)) out.region = r.region;
  if (r.language === 'auto' || (LANGUAGES as readonly unknown[]).includes(r.language)) {
    out.language = r.language as Settings['language'];
  }
  if ((STRICTNESS as readonly unknown[]).includes(r.strictness)) {
    out.strictness = r.strictness as Strictness;
  }
  return out;
}

/** The language to show: the setting, else the browser's (`nl-BE` → `nl`), else English. */
export function pickLanguage(setting: Settings['language'], browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}
