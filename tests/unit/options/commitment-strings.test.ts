import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_STRINGS,
  formatLeft,
} from '../../../entrypoints/options/sections/commitment-strings';

const placeholders = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/\{[a-z]+\}/g)
    ?.sort() ?? [];

describe('commitment strings', () => {
  const en = COMMITMENT_STRINGS.en;
  it.each(['nl', 'fr'] as const)('%s has every key, with the same placeholders', (lang) => {
    const other = COMMITMENT_STRINGS[lang] as Record<string, unknown>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders(other[key]), key).toEqual(placeholders(value));
      if (typeof value === 'object')
        expect(Object.keys(other[key] as object).sort(), key).toEqual(Object.keys(value).sort());
    }
  });

  it.each([
    [86_400_000 - 5, '23 h 59 min'],
    [3_600_000, '1 h 0 min'],
    [3_600_000 - 1, '59 min'],
    [60_000, '1 min'],
    [59_999, 'less than a minute'],
    [-5, 'less than a minute'],
  ])('%i ms left reads "%s"', (ms, text) => {
    expect(formatLeft(en, ms)).toBe(text);
  });
});
