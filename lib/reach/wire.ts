/**
 * The collector's side of the reach wire format (DESIGN.md "Anonymous reach — exactly"): strict
 * validation of one report body, and the day arithmetic of the publication grid. Pure: no Node
 * imports, so the same rules can be tested next to the extension's report builder.
 */
import { COUNT_EVENTS, shiftDay } from '../counters/daily';
import { LANGUAGES } from '../settings/settings';
import { COUNT_MAX, REPORT_REGIONS, type Report, type ReportCounts } from './report';

/** A report that passed every rule; `pad` is dropped. */
export type ValidReport = Omit<Report, 'pad'>;

export type ParseResult = { ok: true; report: ValidReport } | { ok: false; reason: string };

/** The oldest day accepted, in days before today (UTC). */
export const MAX_AGE_DAYS = 8;

/** The report's counts: the local counters' events, in their order. */
export const COUNT_KEYS = COUNT_EVENTS;
export const LANGS = LANGUAGES;

const TOP_KEYS = new Set([
  'v',
  'day',
  'region',
  'lang',
  'campaign',
  'variant',
  'version',
  'counts',
  'pad',
]);
const REQUIRED = [
  'v',
  'day',
  'region',
  'lang',
  'campaign',
  'variant',
  'version',
  'counts',
] as const;
const COUNT_SET = new Set<string>(COUNT_KEYS);
const REGION_SET = new Set<string>(REPORT_REGIONS);
const LANG_SET = new Set<string>(LANGS);

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const CAMPAIGN_RE = /^[A-Z0-9-]{0,16}$/;
const VARIANT_RE = /^[a-z0-9-]{0,8}$/;
const VERSION_RE = /^\d{1,9}\.\d{1,9}\.\d{1,9}$/;

const fail = (reason: string): ParseResult => ({ ok: false, reason });
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Whether `s` is a real calendar day written YYYY-MM-DD (no 2026-02-30). */
export function isIsoDay(s: string): boolean {
  if (!DAY_RE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The UTC day of `date` as YYYY-MM-DD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `day` plus `n` days (n may be negative): the counters' own day arithmetic. */
export const addDays = shiftDay;

/** The Monday of the ISO week `day` falls in. */
export function isoWeekMonday(day: string): string {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, -((dow + 6) % 7));
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * One report body, checked strictly: every field present with its exact type and range, nothing
 * unknown besides `pad`, the day between today−8 and today (UTC). `today` is YYYY-MM-DD.
 * The reason names the field, so a broken sender can be fixed from the 400 alone.
 */
export function parseReport(text: string, today: string): ParseResult {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail('body is not valid JSON');
  }
  if (!isObject(body)) return fail('body must be a JSON object');
  for (const key of Object.keys(body)) if (!TOP_KEYS.has(key)) return fail(`unknown field ${key}`);
  for (const key of REQUIRED) if (!(key in body)) return fail(`missing field ${key}`);

  const { v, day, region, lang, campaign, variant, version, counts, pad } = body;
  if (v !== 1) return fail('v must be 1');
  if (typeof day !== 'string' || !isIsoDay(day)) return fail('day must be a date YYYY-MM-DD');
  if (day > today) return fail('day must not be in the future');
  if (day < addDays(today, -MAX_AGE_DAYS))
    return fail(`day must not be more than ${MAX_AGE_DAYS} days old`);
  if (typeof region !== 'string' || !REGION_SET.has(region))
    return fail(`region must be one of ${REPORT_REGIONS.join(', ')}`);
  if (typeof lang !== 'string' || !LANG_SET.has(lang))
    return fail(`lang must be one of ${LANGS.join(', ')}`);
  if (typeof campaign !== 'string' || !CAMPAIGN_RE.test(campaign))
    return fail('campaign must be 0–16 characters of A-Z, 0-9 and -');
  if (typeof variant !== 'string' || !VARIANT_RE.test(variant))
    return fail('variant must be 0–8 characters of a-z, 0-9 and -');
  if (typeof version !== 'string' || !VERSION_RE.test(version))
    return fail('version must be digits.digits.digits');
  if (pad !== undefined && typeof pad !== 'string') return fail('pad must be a string');
  if (!isObject(counts)) return fail('counts must be an object');
  for (const key of Object.keys(counts))
    if (!COUNT_SET.has(key)) return fail(`unknown field counts.${key}`);
  const out = {} as ReportCounts;
  for (const key of COUNT_KEYS) {
    const n = counts[key];
    if (n === undefined) return fail(`missing field counts.${key}`);
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > COUNT_MAX)
      return fail(`counts.${key} must be an integer 0–${COUNT_MAX}`);
    out[key] = n;
  }
  return {
    ok: true,
    report: {
      v: 1,
      day,
      region: region as ValidReport['region'],
      lang: lang as ValidReport['lang'],
      campaign,
      variant,
      version,
      counts: out,
    },
  };
}
