/**
 * On first install: the starter lists for the browser's language and English are on, the others
 * off (DESIGN.md "The flow of one search"); the person can switch any list in the options.
 */
import { lists } from 'virtual:keerpunt-shipped-lists';
import { GUARD_KEY, parseGuard } from '@/lib/settings/guard';
import { RULES_LOCK } from '@/utils/rules';

/**
 * Under the rules lock: a change the first-run page or the options make in the first moments
 * (a setup code, an own term) is either seen here (and left alone) or made after the defaults,
 * never overwritten by them.
 */
export async function setInstallDefaults(): Promise<void> {
  await navigator.locks.request(RULES_LOCK, async () => {
    const stored = await browser.storage.local.get(GUARD_KEY);
    if (stored[GUARD_KEY] !== undefined) return; // a reinstall that kept storage, or an import
    const language = browser.i18n.getUILanguage().toLowerCase().split(/[-_]/)[0];
    const off = lists
      .filter((l) => !l.default || (l.language !== 'en' && l.language !== language))
      .map((l) => l.id);
    await browser.storage.local.set({ [GUARD_KEY]: { ...parseGuard(undefined), off } });
  });
}
