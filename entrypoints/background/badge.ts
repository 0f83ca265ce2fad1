/**
 * The toolbar badge: a neutral "!" when the coverage check finds something (lib/coverage), never
 * a count, nothing about searches. Details are in the popup and the options page.
 */
import { badgeText, coverageIssues } from '@/lib/coverage';
import { gatherCoverageFacts } from '@/utils/coverage';

/** A calm slate: noticeable on the icon, not an alarm. */
export const BADGE_COLOUR = '#5b6b78';

export async function updateBadge(): Promise<void> {
  const text = badgeText(coverageIssues(await gatherCoverageFacts(), 'en'));
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setBadgeText({ text });
}
