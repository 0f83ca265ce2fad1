/**
 * The anonymous daily reach report (DESIGN.md "Anonymous reach — exactly"): what one install sends
 * for one day, if and only if the person opted in. Pure: the onboarding page shows exactly this
 * body before anyone ticks the box; the sender ([5/6]) posts it.
 *
 * The body is padded to exactly 256 bytes, so its size says nothing about its content.
 */
import type { DayCounts } from '../counters/daily';

export const REPORT_BYTES = 256;
export const REPORT_REGIONS = ['NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER'] as const;
export type ReportRegion = (typeof REPORT_REGIONS)[number];

export interface ReportCounts {
  shown: number;
  help: number;
  selfhelp: number;
  safe: number;
  continued: number;
  pause: number;
}

export interface Report {
  v: 1;
  day: string;
  region: ReportRegion;
  lang: 'nl' | 'en' | 'fr';
  campaign: string;
  variant: string;
  version: string;
  counts: ReportCounts;
  pad?: string;
}

/** The highest count a report carries: more says nothing more, and narrows the crowd. */
export const COUNT_MAX = 50;

const clamp = (n: number | undefined) =>
  Math.min(COUNT_MAX, Math.max(0, Math.floor(Number.isFinite(n) ? n! : 0)));

/** The counts of one day as reported: every count present, zeros included, each 0–50. */
export function reportCounts(day: DayCounts | undefined): ReportCounts {
  return {
    shown: clamp(day?.shown),
    help: clamp(day?.help),
    selfhelp: clamp(day?.selfhelp),
    safe: clamp(day?.safe),
    continued: clamp(day?.continued),
    pause: clamp(day?.pause),
  };
}

/**
 * A campaign code as the wire takes it (0–16 of `A-Z0-9-`): upper-cased; anything else is sent
 * as none rather than refused, so a report is never lost to an odd code.
 */
export function wireCampaign(code: string): string {
  const upper = code.toUpperCase();
  return /^[A-Z0-9-]{0,16}$/.test(upper) ? upper : '';
}

/** A variant id as the wire takes it (0–8 of `a-z0-9-`), else none. */
export function wireVariant(id: string): string {
  return /^[a-z0-9-]{0,8}$/.test(id) ? id : '';
}

/**
 * The variant a day's report names: the one shown most that day (ties: the first in id order),
 * or '' when help was not shown. One report carries one variant, so the collector's per-variant
 * marginals count days, not single showings.
 */
export function dayVariant(day: DayCounts | undefined): string {
  const entries = Object.entries(day?.variants ?? {})
    .map(([id, c]) => [id, c.shown ?? 0] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries[0]?.[0] ?? '';
}

/** The report body, padded with spaces in `pad` to exactly REPORT_BYTES of UTF-8. */
export function reportBody(report: Omit<Report, 'pad' | 'v'>): string {
  const base: Report = { v: 1, ...report, pad: '' };
  const size = new TextEncoder().encode(JSON.stringify(base)).length;
  if (size > REPORT_BYTES)
    throw new RangeError(`report is ${size} bytes, more than ${REPORT_BYTES}`);
  return JSON.stringify({ ...base, pad: ' '.repeat(REPORT_BYTES - size) });
}
