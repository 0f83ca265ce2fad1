import { describe, expect, it } from 'vitest';
import { SETUP_CODE_STRINGS } from '../../../entrypoints/options/sections/setup-code-strings';
import { REACH_STRINGS } from '../../../entrypoints/options/sections/reach-strings';
import { PRO_STRINGS } from '../../../entrypoints/professionals/strings';

const placeholders = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/\{[a-z]+\}/g)
    ?.sort() ?? [];

describe.each([
  ['setup code section', SETUP_CODE_STRINGS],
  ['page for professionals', PRO_STRINGS],
  ['anonymous counting section', REACH_STRINGS],
] as const)('%s strings', (_name, strings) => {
  const en = strings.en as Record<string, unknown>;
  it.each(['nl', 'fr'] as const)('%s has every key, with the same placeholders', (lang) => {
    const other = strings[lang] as Record<string, unknown>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en)) {
      expect(placeholders(other[key]), key).toEqual(placeholders(value));
      if (Array.isArray(value)) expect((other[key] as unknown[]).length, key).toBe(value.length);
      else if (typeof value === 'object')
        expect(Object.keys(other[key] as object).sort(), key).toEqual(Object.keys(value!).sort());
    }
  });

  it.each(['nl', 'en', 'fr'] as const)('%s has no empty text', (lang) => {
    const texts = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : Object.values(v as object).flatMap(texts);
    for (const text of texts(strings[lang])) expect(text.trim()).not.toBe('');
  });
});

describe('the page for professionals', () => {
  it.each(['nl', 'en', 'fr'] as const)('%s gives the six conversation steps', (lang) => {
    expect(PRO_STRINGS[lang].conversation).toHaveLength(6);
  });
});
