/**
 * Firefox still has blocking webRequest (DESIGN.md): a risky search is answered before the
 * request is sent, including POST searches whose query is only in the form body.
 */
import { compiled } from 'virtual:keerpunt-shipped-lists';
import type { Matcher } from '@/lib/matching';
import { guardMatcher } from '@/lib/matching/guarded';
import { unpack } from '@/lib/matching/packed';
import { toSearchSite } from '@/lib/search/custom-site';
import { extractFormQuery, extractQuery } from '@/lib/search/extract-query';
import { SITES } from '@/lib/search/registry';
import { parseGuard } from '@/lib/settings/guard';
import { GUARD_KEY, SETTINGS_KEY } from '@/lib/settings/keys';
import { parseSettings } from '@/lib/settings/settings';
import { fromBase64 } from '@/lib/util/base64';
import { hasPass, hold } from './continue';
import { forgetUrl } from './history';

interface State {
  matcher: Matcher;
  sites: typeof SITES;
  /** Protection switched on (settings); when off nothing is caught. */
  active: boolean;
}

export function blockRiskyRequests(): void {
  let state: Promise<State> = build();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && (GUARD_KEY in changes || SETTINGS_KEY in changes)) state = build();
  });
  // Firefox accepts a Promise from a blocking listener; Chrome's types do not know that.
  type Listener = Parameters<typeof browser.webRequest.onBeforeRequest.addListener>[0];
  const listener = async (details: Parameters<Listener>[0]) => {
    const { matcher, sites, active } = await state;
    if (!active) return {};
    const form = details.requestBody?.formData as Record<string, string[]> | undefined;
    const found =
      extractQuery(details.url, sites) ??
      (form ? extractFormQuery(details.url, form, sites) : null);
    if (!found || !matcher.match(found.query).match) return {};
    const tab = details.tabId;
    if (tab >= 0) {
      // The person chose to continue to exactly this search (pause and gentle modes).
      if (await hasPass(tab, details.url)) return {};
      // A GET can be loaded again on "continue"; a POST body is not kept.
      if (details.method === 'GET') await hold(tab, details.url);
    }
    // "Also remove caught searches from history", when on (a redirect source can be recorded).
    void forgetUrl(details.url).catch(() => {});
    return { redirectUrl: browser.runtime.getURL('/intercept.html') };
  };
  // All URLs the extension may see: known sites and the person's own (optional permissions).
  browser.webRequest.onBeforeRequest.addListener(
    listener as unknown as Listener,
    { urls: ['<all_urls>'], types: ['main_frame'] },
    ['blocking', 'requestBody'],
  );
}

async function build(): Promise<State> {
  const stored = await browser.storage.local.get([GUARD_KEY, SETTINGS_KEY]);
  const record = parseGuard(stored[GUARD_KEY]);
  const active = parseSettings(stored[SETTINGS_KEY]).active;
  return {
    matcher: guardMatcher(unpack(fromBase64(compiled)), record),
    active,
    sites: record.sites.length ? [...SITES, ...record.sites.map(toSearchSite)] : SITES,
  };
}
