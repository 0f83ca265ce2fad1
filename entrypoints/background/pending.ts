/**
 * Cooling-off in the background: waiting changes take effect when their time comes, even with
 * no Keerpunt page open. One alarm at the earliest `applyAt`, repeating every 30 minutes while
 * anything waits: the repeat is a backstop for a clock that was set back (the change is
 * re-anchored and the alarm set again) and for an alarm a suspended computer missed.
 */
import { nextApplyAt } from '@/lib/settings/pending';
import { applyDue, loadPending } from '@/utils/changes';

export const PENDING_ALARM = 'keerpunt:pending';
const BACKSTOP_MINUTES = 30;

/** Sets the alarm for the earliest waiting change, or clears it when nothing waits. */
export async function syncPendingAlarm(): Promise<void> {
  const next = nextApplyAt(await loadPending());
  if (next === null) {
    await browser.alarms.clear(PENDING_ALARM);
    return;
  }
  await browser.alarms.create(PENDING_ALARM, { when: next, periodInMinutes: BACKSTOP_MINUTES });
}

/** On the alarm and at startup: applies what is due, then sets the alarm for what waits. */
export async function applyDueChanges(now: number = Date.now()): Promise<void> {
  await applyDue(now);
  await syncPendingAlarm();
}
