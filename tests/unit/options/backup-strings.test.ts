import { describe, expect, it } from 'vitest';
import { BACKUP_STRINGS } from '../../../entrypoints/options/sections/backup-strings';

const placeholders = (value: unknown): string[] =>
  JSON.stringify(value)
    .match(/\{[a-z]+\}/g)
    ?.sort() ?? [];

describe('backup strings', () => {
  it.each(['nl', 'fr'] as const)('%s has every key, with the same placeholders', (lang) => {
    const en = BACKUP_STRINGS.en;
    const other = BACKUP_STRINGS[lang] as Record<string, unknown>;
    expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of Object.entries(en))
      expect(placeholders(other[key]), key).toEqual(placeholders(value));
  });
});
