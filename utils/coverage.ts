/**
 * Gathers the coverage check's facts (lib/coverage) from the browser: private-window access,
 * granted host permissions (one `permissions.getAll`, compared with the registry's hosts), the
 * person's own sites, a waiting weakening change (`pending`) and whether protection is on.
 * Nothing here is stored or sent: the answer is shown on this device only.
 */
import {
  coverageIssues,
  patternCovers,
  readPending,
  sitesLacking,
  type BrowserKind,
  type CoverageFacts,
  type CoverageIssue,
  type CoverageLanguage,
} from '@/lib/coverage';
import { SITES } from '@/lib/search/registry';
import { parseGuard } from '@/lib/settings/guard';
import { GUARD_KEY, PENDING_KEY, SETTINGS_KEY } from '@/lib/settings/keys';
import { parseSettings } from '@/lib/settings/settings';

/** Storage keys whose change can change the answer. */
export const COVERAGE_KEYS: readonly string[] = [SETTINGS_KEY, GUARD_KEY, PENDING_KEY];

export function browserKind(): BrowserKind {
  if (import.meta.env.FIREFOX) return 'firefox';
  const nav = globalThis.navigator as
    (Navigator & { userAgentData?: { brands?: { brand: string }[] } }) | undefined;
  const brands = nav?.userAgentData?.brands;
  if (brands?.some((b) => /edge/i.test(b.brand)) || / Edg\//.test(nav?.userAgent ?? '')) {
    return 'edge';
  }
  return 'chrome';
}

export async function gatherCoverageFacts(): Promise<CoverageFacts> {
  const [privateWindows, granted, stored] = await Promise.all([
    browser.extension.isAllowedIncognitoAccess().then(
      (allowed) => allowed,
      () => null,
    ),
    browser.permissions.getAll().then((all) => all.origins ?? []),
    browser.storage.local.get([...COVERAGE_KEYS]),
  ]);
  const own = parseGuard(stored[GUARD_KEY]).sites;
  return {
    browser: browserKind(),
    privateWindows,
    sitesWithoutAccess: sitesLacking(granted, SITES).map((s) => s.name),
    siteCount: SITES.length,
    ownSitesWithoutAccess: own
      .filter((s) => !granted.some((p) => patternCovers(p, s.host)))
      .map((s) => s.host),
    pending: readPending(stored[PENDING_KEY]),
    active: parseSettings(stored[SETTINGS_KEY]).active,
  };
}

export async function currentIssues(lang: CoverageLanguage): Promise<CoverageIssue[]> {
  return coverageIssues(await gatherCoverageFacts(), lang);
}

/** Calls `listener` whenever the answer may have changed (permissions, settings, sites, pending). */
export function watchCoverage(listener: () => void): () => void {
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && COVERAGE_KEYS.some((k) => k in changes)) listener();
  };
  const onPermissions = () => listener();
  browser.storage.onChanged.addListener(onStorage);
  browser.permissions.onAdded.addListener(onPermissions);
  browser.permissions.onRemoved.addListener(onPermissions);
  return () => {
    browser.storage.onChanged.removeListener(onStorage);
    browser.permissions.onAdded.removeListener(onPermissions);
    browser.permissions.onRemoved.removeListener(onPermissions);
  };
}
