/** Which supportive words the progress page shows for the weeks on it. Never a score or a streak. */
import { helpUsed, totals, type WeekCounts } from '@/lib/counters/weekly';
import type { ProgressStrings } from './strings';

/** From this many helps shown in one week on, the words say that Keerpunt did its job often. */
export const BUSY_WEEK = 5;

export function supportiveWords(weeks: readonly WeekCounts[], s: ProgressStrings): string[] {
  const sum = totals(weeks);
  const used = helpUsed(sum);
  if (sum.shown + used + sum.pause === 0) return [s.wordsNone];
  const words: string[] = [];
  if (used > 0) words.push(s.wordsUsed(used));
  else if (sum.shown > 0) words.push(s.wordsNotYet);
  if (sum.pause > 0) words.push(s.wordsPause(sum.pause));
  if (sum.shown > 0) {
    words.push(weeks.some((w) => w.shown >= BUSY_WEEK) ? s.wordsBusy : s.wordsShown);
  }
  words.push(s.wordsAlways);
  return words;
}
