/**
 * Tabs open before install or update get no manifest content script (DESIGN.md): inject the
 * guard into those on known search sites. The guard skips a page it already guards.
 */
import { GUARD_SCRIPT } from '@/lib/search/guard-files';
import { matchPatterns } from '@/lib/search/match-patterns';

export async function guardOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({ url: matchPatterns() });
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      try {
        await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [GUARD_SCRIPT] });
      } catch {
        // A tab that closed or navigated meanwhile, or an error page: nothing to guard.
      }
    }),
  );
}
