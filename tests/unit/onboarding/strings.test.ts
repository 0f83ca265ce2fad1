import { describe, expect, it } from 'vitest';
import { ONBOARDING_STRINGS, STEPS } from '../../../entrypoints/onboarding/strings';

const placeholders = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/\{[a-z]+\}/g)
    ?.sort() ?? [];

describe('onboarding strings', () => {
  const en = ONBOARDING_STRINGS.en;
  it.each(['nl', 'fr'] as const)('%s has every key, with the same placeholders', (lang) => {
    const other = ONBOARDING_STRINGS[lang] as Record<string, unknown>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders(other[key]), key).toEqual(placeholders(value));
      if (Array.isArray(value)) expect((other[key] as unknown[]).length, key).toBe(value.length);
      else if (typeof value === 'object')
        expect(Object.keys(other[key] as object).sort(), key).toEqual(Object.keys(value).sort());
    }
  });

  it.each(['en', 'nl', 'fr'] as const)('%s names every step', (lang) => {
    for (const step of STEPS) expect(ONBOARDING_STRINGS[lang].step[step], step).toBeTruthy();
  });
});
