import { describe, expect, it } from 'vitest';
import { weeklyCounts, type WeekCounts } from '../../../lib/counters/weekly';
import { PROGRESS_STRINGS } from '../../../entrypoints/progress/strings';
import { BUSY_WEEK, supportiveWords } from '../../../entrypoints/progress/words';

const en = PROGRESS_STRINGS.en;
const weeks = (days: Record<string, Partial<Record<string, number>>>): WeekCounts[] =>
  weeklyCounts({ v: 1, days }, '2026-03-04', 8);

describe('supportiveWords', () => {
  it('says nothing was counted, calmly, when the weeks are empty', () => {
    expect(supportiveWords(weeks({}), en)).toEqual([en.wordsNone]);
  });

  it('counts every choice of help (helpline and self-help together), with pauses', () => {
    const words = supportiveWords(
      weeks({ '2026-03-02': { shown: 2, help: 1, selfhelp: 1, pause: 1 } }),
      en,
    );
    expect(words).toEqual([
      'You chose help 2 times in these weeks. Every time you chose help counts.',
      'You took a breathing pause. Stopping for a minute is a real step.',
      en.wordsShown,
      en.wordsAlways,
    ]);
  });

  it('says once for one', () => {
    expect(supportiveWords(weeks({ '2026-03-02': { selfhelp: 1 } }), en)[0]).toBe(
      'You chose help once in these weeks. Every time you chose help counts.',
    );
  });

  it('never says help was not used: it says help is there', () => {
    const words = supportiveWords(weeks({ '2026-03-02': { shown: 1 } }), en);
    expect(words).toEqual([en.wordsNotYet, en.wordsShown, en.wordsAlways]);
  });

  it(`frames a week with ${BUSY_WEEK} or more catches as Keerpunt doing its job`, () => {
    const words = supportiveWords(weeks({ '2026-02-24': { shown: BUSY_WEEK } }), en);
    expect(words).toContain(en.wordsBusy);
    expect(words).not.toContain(en.wordsShown);
  });

  it('has no words of streaks, failure or blame in any language', () => {
    for (const s of Object.values(PROGRESS_STRINGS)) {
      const all = [
        ...supportiveWords(weeks({}), s),
        ...supportiveWords(weeks({ '2026-03-02': { shown: 9, help: 1, pause: 3 } }), s),
        ...supportiveWords(weeks({ '2026-03-02': { shown: 1 } }), s),
      ].join(' ');
      expect(all).not.toMatch(/streak|fail|faal|mislukt|reeks|échec|série|shame|schaam|honte/i);
    }
  });
});
