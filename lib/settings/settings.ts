/**
 * The person's settings, as stored (key `settings`). Read through `readSettings`, which migrates
 * older versions and keeps every good field, falling back to the default for a bad one and saying
 * which (a notice for the options page): a corrupt value never loses the rest (Dark Reader's habit).
 *
 * Versions: 1 (region, language, strictness) → 2 (cooling-off, PIN, history removal, reach
 * opt-in, onboarding done, protection on/off). `MIGRATIONS[n]` turns version n into n + 1.
 */
import { isEndpoint } from '../reach/endpoint';

export const LANGUAGES = ['nl', 'en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * What a caught search allows: `strict` no way to the results (the default); `pause` the results
 * after a 30-second wait; `gentle` the results at once. Help comes first in every mode.
 */
export const STRICTNESS = ['strict', 'pause', 'gentle'] as const;
export type Strictness = (typeof STRICTNESS)[number];

/** How long a change that weakens protection waits before it takes effect ([4/6]). */
export const COOLING_OFF = ['none', '1h', '24h', '72h'] as const;
export type CoolingOff = (typeof COOLING_OFF)[number];

export const COOLING_OFF_MS: Readonly<Record<CoolingOff, number>> = {
  none: 0,
  '1h': 3_600_000,
  '24h': 86_400_000,
  '72h': 259_200_000,
};

/** A PIN, never stored as such: PBKDF2-SHA-256 of it with a random salt (utils/pin.ts). */
export interface PinHash {
  salt: string;
  hash: string;
  iterations: number;
}

export interface ReachSettings {
  /** Opt-in: nothing is ever sent unless this is true. */
  enabled: boolean;
  /** A campaign code from a setup code or the person (registered by helpline staff). */
  campaign: string;
  /**
   * Where reports go (lib/reach/endpoint.ts, normalized); '' = the build's default, if any.
   * Shown to the person before they opt in.
   */
  endpoint: string;
}

export const SETTINGS_VERSION = 2;

export interface Settings {
  v: 2;
  /** A region id of `lib/help` or `auto` (from the browser language). */
  region: string;
  /** `auto`: the browser's language when it is one of ours, else English. */
  language: Language | 'auto';
  strictness: Strictness;
  coolingOff: CoolingOff;
  /** Guards the options page when set. */
  pin: PinHash | null;
  /** Also remove caught searches from the browser history (optional `history` permission). */
  removeFromHistory: boolean;
  reach: ReachSettings;
  /** The first-run page was finished (or skipped). Protection runs either way. */
  onboarded: boolean;
  /** Protection switched on (switching it off is a weakening change: cooling-off applies). */
  active: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  v: 2,
  region: 'auto',
  language: 'auto',
  strictness: 'strict',
  coolingOff: 'none',
  pin: null,
  removeFromHistory: false,
  reach: { enabled: false, campaign: '', endpoint: '' },
  onboarded: false,
  active: true,
};

const REGION_ID = /^(auto|[A-Z]{2}(-[A-Z]{2})?|OTHER)$/;
const CAMPAIGN = /^[A-Za-z0-9_-]{0,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

type Raw = Record<string, unknown>;

/** Version n → n + 1, on the raw object; fields a version does not know are left alone. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  // Version 1 had no version-2 fields: the defaults fill them; nothing is renamed.
  1: (raw) => ({ ...raw, v: 2 }),
};

export interface ReadSettings {
  settings: Settings;
  /** Fields that were damaged and fell back to their defaults (for a notice). */
  reset: Array<keyof Settings>;
  /** Whether the stored value was from an older version (or absent) and should be written back. */
  migrated: boolean;
}

/** Reads a stored value: migrates, validates field by field, and says what fell back. */
export function readSettings(stored: unknown): ReadSettings {
  const out: Settings = { ...DEFAULT_SETTINGS, reach: { ...DEFAULT_SETTINGS.reach } };
  if (stored === undefined || stored === null) return { settings: out, reset: [], migrated: true };
  if (typeof stored !== 'object' || Array.isArray(stored)) {
    return { settings: out, reset: ['v'], migrated: true };
  }
  let raw = stored as Raw;
  // A damaged version (not a whole number, or below 1) reads as the first: a stored `v: -1e9`
  // would otherwise take a billion migration steps.
  let version = Number.isInteger(raw.v) && (raw.v as number) >= 1 ? (raw.v as number) : 1;
  const migrated = version < SETTINGS_VERSION;
  // A newer version than this code knows: read what it can (fields keep their meaning).
  while (version < SETTINGS_VERSION) {
    raw = MIGRATIONS[version]?.(raw) ?? raw;
    version++;
  }
  const reset: Array<keyof Settings> = [];
  const take = <K extends keyof Settings>(key: K, ok: boolean, value: () => Settings[K]) => {
    if (!(key in raw)) return; // absent: the default, silently (a new field)
    if (ok) out[key] = value();
    else reset.push(key);
  };
  take(
    'region',
    typeof raw.region === 'string' && REGION_ID.test(raw.region),
    () => raw.region as string,
  );
  take(
    'language',
    raw.language === 'auto' || (LANGUAGES as readonly unknown[]).includes(raw.language),
    () => raw.language as Settings['language'],
  );
  take(
    'strictness',
    (STRICTNESS as readonly unknown[]).includes(raw.strictness),
    () => raw.strictness as Strictness,
  );
  take(
    'coolingOff',
    (COOLING_OFF as readonly unknown[]).includes(raw.coolingOff),
    () => raw.coolingOff as CoolingOff,
  );
  take('pin', raw.pin === null || isPinHash(raw.pin), () => raw.pin as PinHash | null);
  take(
    'removeFromHistory',
    typeof raw.removeFromHistory === 'boolean',
    () => raw.removeFromHistory as boolean,
  );
  take('reach', isReach(raw.reach), () => {
    const r = raw.reach as Partial<ReachSettings>;
    return { enabled: r.enabled!, campaign: r.campaign!, endpoint: r.endpoint ?? '' };
  });
  take('onboarded', typeof raw.onboarded === 'boolean', () => raw.onboarded as boolean);
  take('active', typeof raw.active === 'boolean', () => raw.active as boolean);
  return { settings: out, reset, migrated };
}

/**
 * What a search page decides with, and the cover's language and region (lib/help/cover.ts): the
 * same values `parseSettings` gives.
 */
export type GuardSettings = Pick<
  Settings,
  'strictness' | 'removeFromHistory' | 'active' | 'language' | 'region'
>;

/**
 * The settings a search page needs, read as `parseSettings` reads them (each damaged or absent
 * field its default), without its other checks: the content script stays small (bench/e2e,
 * "content script, gzipped"). A unit test holds the two to the same answers.
 */
export function guardSettings(stored: unknown): GuardSettings {
  const raw = (stored && typeof stored === 'object' && !Array.isArray(stored) ? stored : {}) as Raw;
  const d = DEFAULT_SETTINGS;
  return {
    strictness: (STRICTNESS as readonly unknown[]).includes(raw.strictness)
      ? (raw.strictness as Strictness)
      : d.strictness,
    removeFromHistory:
      typeof raw.removeFromHistory === 'boolean' ? raw.removeFromHistory : d.removeFromHistory,
    active: typeof raw.active === 'boolean' ? raw.active : d.active,
    language:
      raw.language === 'auto' || (LANGUAGES as readonly unknown[]).includes(raw.language)
        ? (raw.language as Settings['language'])
        : d.language,
    region: typeof raw.region === 'string' && REGION_ID.test(raw.region) ? raw.region : d.region,
  };
}

/** The settings alone (see `readSettings`). */
export function parseSettings(raw: unknown): Settings {
  return readSettings(raw).settings;
}

function isPinHash(x: unknown): x is PinHash {
  const p = x as Partial<PinHash> | null;
  return (
    !!p &&
    typeof p.salt === 'string' &&
    BASE64.test(p.salt) &&
    typeof p.hash === 'string' &&
    BASE64.test(p.hash) &&
    Number.isSafeInteger(p.iterations) &&
    p.iterations! >= 10_000
  );
}

function isReach(x: unknown): x is ReachSettings {
  const r = x as Partial<ReachSettings> | null;
  return (
    !!r &&
    typeof r.enabled === 'boolean' &&
    typeof r.campaign === 'string' &&
    CAMPAIGN.test(r.campaign) &&
    // Absent in settings written before the sender existed: none set.
    (r.endpoint === undefined || (typeof r.endpoint === 'string' && isEndpoint(r.endpoint)))
  );
}

/** The language to show: the setting, else the browser's (`nl-BE` → `nl`), else English. */
export function pickLanguage(setting: Settings['language'], browserLanguage: string): Language {
  if (setting !== 'auto') return setting;
  const base = browserLanguage.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(base ?? '') ? (base as Language) : 'en';
}
