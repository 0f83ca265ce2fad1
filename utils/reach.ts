/**
 * The reach report as this install would send it (DESIGN.md "Anonymous reach — exactly"), for
 * the sender (entrypoints/background/reach.ts) and for the pages that show the exact body before
 * the person opts in. Extension contexts only.
 */
import { dayKey, shiftDay } from '@/lib/counters/daily';
import { resolveRegion } from '@/lib/help/regions';
import { isEndpoint } from '@/lib/reach/endpoint';
import {
  dayVariant,
  reportBody,
  reportCounts,
  wireCampaign,
  wireVariant,
} from '@/lib/reach/report';
import { parseReachState, type ReachState } from '@/lib/reach/schedule';
import { pickLanguage, type Settings } from '@/lib/settings/settings';
import { readCounts } from './counters';

/** Storage key of the sender's `ReachState`. */
export const REACH_STATE_KEY = 'reachState';

/**
 * The endpoint a build ships with (`WXT_REACH_ENDPOINT` at build time; none in a plain build):
 * used when the settings name none. Shown to the person like any other.
 */
export const BUILD_ENDPOINT: string = (() => {
  const value = (import.meta.env.WXT_REACH_ENDPOINT as string | undefined) ?? '';
  return isEndpoint(value) ? value : '';
})();

/** Where reports would go: the settings' endpoint, else the build's; '' = nowhere. */
export function effectiveEndpoint(settings: Settings): string {
  return settings.reach.endpoint || BUILD_ENDPOINT;
}

/**
 * Reporting is possible in this browser: not from Firefox, which adds a per-install
 * `Origin: moz-extension://<UUID>` to every request an extension makes (docs/reach.md).
 */
export const REACH_SUPPORTED: boolean = !import.meta.env.FIREFOX;

/** The exact body that would be sent for `day`, from today's settings and that day's counts. */
export async function reportBodyFor(day: string, settings: Settings): Promise<string> {
  const record = await readCounts();
  const counts = record.days[day];
  const uiLanguage = browser.i18n.getUILanguage();
  return reportBody({
    day,
    region: resolveRegion(settings.region, uiLanguage),
    lang: pickLanguage(settings.language, uiLanguage),
    campaign: wireCampaign(settings.reach.campaign),
    variant: wireVariant(dayVariant(counts)),
    version: browser.runtime.getManifest().version,
    counts: reportCounts(counts),
  });
}

/** Yesterday's local day (the day a report sent today would be for). */
export function yesterday(now: Date = new Date()): string {
  return shiftDay(dayKey(now), -1);
}

export async function readReachState(): Promise<ReachState> {
  const stored = await browser.storage.local.get(REACH_STATE_KEY);
  return parseReachState(stored[REACH_STATE_KEY]);
}
