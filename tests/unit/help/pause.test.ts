import { describe, expect, it } from 'vitest';
import { CONTINUE_TEXT } from '../../../lib/help/continue-text';
import { PAUSE_LINES, PAUSE_MS, PAUSE_TEXT, pauseAt } from '../../../lib/help/pause';

describe('pauseAt', () => {
  it.each([
    [0, { breath: 'in', breathProgress: 0, line: 0, secondsLeft: 60, done: false }],
    [2_000, { breath: 'in', breathProgress: 0.5, line: 0, secondsLeft: 58, done: false }],
    [4_000, { breath: 'out', breathProgress: 0, line: 0, secondsLeft: 56, done: false }],
    [7_000, { breath: 'out', breathProgress: 0.5, line: 0, secondsLeft: 53, done: false }],
    [10_000, { breath: 'in', breathProgress: 0, line: 0, secondsLeft: 50, done: false }],
    [12_000, { breath: 'in', breathProgress: 0.5, line: 1, secondsLeft: 48, done: false }],
    [59_500, { breath: 'out', breathProgress: 11 / 12, line: 4, secondsLeft: 1, done: false }],
    [60_000, { breath: 'in', breathProgress: 0, line: 4, secondsLeft: 0, done: true }],
  ])('at %i ms', (ms, moment) => {
    const at = pauseAt(ms);
    expect({ ...at, breathProgress: Number(at.breathProgress.toFixed(6)) }).toEqual({
      ...moment,
      breathProgress: Number(moment.breathProgress.toFixed(6)),
    });
  });

  it('stays done and within bounds after the minute, and before it starts', () => {
    expect(pauseAt(PAUSE_MS * 3)).toMatchObject({ done: true, secondsLeft: 0, line: 4 });
    expect(pauseAt(-5)).toMatchObject({ done: false, secondsLeft: 60, line: 0 });
  });
});

describe('pause and continue texts', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it.each(['en', 'nl', 'fr'] as const)(
    '%s is complete, with the same placeholders as English',
    (lang) => {
      for (const [table, en] of [
        [PAUSE_TEXT[lang], PAUSE_TEXT.en],
        [CONTINUE_TEXT[lang], CONTINUE_TEXT.en],
      ] as const) {
        for (const [key, value] of Object.entries(table)) {
          const values = Array.isArray(value) ? value : [value];
          const base = (en as unknown as Record<string, unknown>)[key];
          const bases = Array.isArray(base) ? base : [base];
          expect(values).toHaveLength(bases.length);
          values.forEach((v: string, i: number) => {
            expect(v.trim(), `${lang}.${key}`).not.toBe('');
            expect(placeholders(v)).toEqual(placeholders(bases[i] as string));
          });
        }
      }
      expect(PAUSE_TEXT[lang].lines).toHaveLength(PAUSE_LINES);
    },
  );
});
