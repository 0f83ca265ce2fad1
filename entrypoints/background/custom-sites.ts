/**
 * The person's own sites (options page) get the same content script as known sites, registered
 * at run time for the sites whose host permission is granted. Registration follows the guard
 * record and the permissions, so a revoked site is simply not covered (the options say so).
 */
import { GUARD_SCRIPT, GUARD_STYLE } from '@/lib/search/guard-files';
import { sitePattern } from '@/lib/search/custom-site';
import { GUARD_KEY, parseGuard } from '@/lib/settings/guard';

const ID = 'keerpunt-custom-sites';

export async function syncCustomSites(): Promise<void> {
  const stored = await browser.storage.local.get(GUARD_KEY);
  const patterns: string[] = [];
  for (const site of parseGuard(stored[GUARD_KEY]).sites) {
    const pattern = sitePattern(site);
    if (await browser.permissions.contains({ origins: [pattern] })) patterns.push(pattern);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ID] });
  if (patterns.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: ID,
      matches: patterns,
      js: [GUARD_SCRIPT],
      css: [GUARD_STYLE],
      runAt: 'document_start',
      persistAcrossSessions: true,
    },
  ]);
}
