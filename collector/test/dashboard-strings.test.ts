/**
 * The dashboard's texts (collector/dashboard/strings.js): Dutch and French have every key of
 * English, none empty, with the same {name} marks; and the language pick follows the sign-in page.
 */
import { describe, expect, it } from 'vitest';

type Lang = 'nl' | 'en' | 'fr';
type StringsModule = {
  STRINGS: Record<Lang, Record<string, string>>;
  pickLanguage(tag: string | undefined): Lang;
  fill(text: string, values?: Record<string, string | number>): string;
};

// A plain browser module without type declarations: imported by address, typed here.
const url = new URL('../dashboard/strings.js', import.meta.url).href;
const { STRINGS, pickLanguage, fill } = (await import(/* @vite-ignore */ url)) as StringsModule;

const marks = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('dashboard strings', () => {
  const en = STRINGS.en;

  it('has English texts', () => {
    expect(Object.keys(en).length).toBeGreaterThan(40);
  });

  for (const lang of ['nl', 'fr'] as const) {
    it(`${lang} has exactly the keys of en, none empty, with the same {marks}`, () => {
      const other = STRINGS[lang];
      expect(Object.keys(other).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(other)) {
        expect(text.trim(), `${lang}.${key}`).not.toBe('');
        expect(marks(text), `${lang}.${key}`).toEqual(marks(en[key]!));
      }
    });

    it(`${lang} translates the visible texts (only names and shared words may stay English)`, () => {
      const same = Object.keys(en).filter((key) => STRINGS[lang][key] === en[key]);
      // Words that are the same in the language (Variant, Week, Version) are allowed.
      expect(
        same.every((key) => en[key]!.length <= 8),
        same.join(', '),
      ).toBe(true);
    });
  }

  it('picks nl, en or fr from the browser language, English by default', () => {
    expect(pickLanguage('nl-NL')).toBe('nl');
    expect(pickLanguage('nl-BE')).toBe('nl');
    expect(pickLanguage('fr-BE')).toBe('fr');
    expect(pickLanguage('FR')).toBe('fr');
    expect(pickLanguage('en-GB')).toBe('en');
    expect(pickLanguage('de-DE')).toBe('en');
    expect(pickLanguage('')).toBe('en');
    expect(pickLanguage(undefined)).toBe('en');
  });

  it('fills {marks} and leaves unknown ones', () => {
    expect(fill(STRINGS.nl.lastDays!, { n: 14 })).toBe('Laatste 14 dagen');
    expect(fill(STRINGS.fr.showing!, { from: '2026-11-09', to: '2026-11-22' })).toBe(
      'Affichage du 2026-11-09 au 2026-11-22.',
    );
    expect(fill('a {x} b', {})).toBe('a {x} b');
  });
});
