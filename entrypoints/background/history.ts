/**
 * "Also remove caught searches from history" (settings.removeFromHistory, optional `history`
 * permission): the content script names the caught page's URL (`keerpunt:forget-url`) and it is
 * deleted from the browser history. The URL is never stored; it lives in memory only until the
 * second deletion a moment later (the visit can be recorded just after the page started).
 */
import { loadSettings } from '@/utils/settings';

/** When the URL is deleted once more. */
export const FORGET_AGAIN_MS = 2_000;

/** Deletes `url` from the history when the person turned this on and the browser allows it. */
export async function forgetUrl(url: string): Promise<boolean> {
  if (!/^https?:\/\//i.test(url)) return false;
  if (!(await loadSettings()).removeFromHistory) return false;
  if (!(await browser.permissions.contains({ permissions: ['history'] }))) return false;
  // The permission is optional: the API exists only once it was granted.
  if (!browser.history?.deleteUrl) return false;
  await browser.history.deleteUrl({ url });
  setTimeout(() => void browser.history.deleteUrl({ url }).catch(() => {}), FORGET_AGAIN_MS);
  return true;
}
