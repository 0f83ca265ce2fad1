import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DARK, LIGHT } from '../../../entrypoints/search/cover';
import { COVER_STEPS, COVER_WORDS, coverText } from '../../../lib/help/cover';
import { t } from '../../../lib/help/messages';
import { REGION_IDS } from '../../../lib/help/regions';
import { resourcesFor } from '../../../lib/help/resources';
import { LANGUAGES } from '../../../lib/settings/settings';

describe('the instant cover says what the help page says first', () => {
  for (const region of REGION_IDS) {
    for (const lang of LANGUAGES) {
      it(`${region}, ${lang}: the help page's primary action, in its words`, () => {
        const { helpline, selfHelp } = resourcesFor(region);
        const cover = coverText(lang, region);
        expect(cover.lang).toBe(lang);
        if (helpline) {
          const phone = helpline.phones[0]!;
          expect(cover.action).toEqual({
            label: t(lang, 'callLabel', { name: helpline.name }),
            detail: phone.display,
            href: `tel:${phone.tel}`,
          });
        } else {
          expect(cover.action).toEqual({
            label: t(lang, 'selfHelpNext', { name: selfHelp[0]!.name }),
            detail: null,
            href: selfHelp[0]!.url,
          });
        }
      });
    }
  }

  it('has a step for every region and words for every language, nothing else', () => {
    expect(Object.keys(COVER_STEPS).sort()).toEqual([...REGION_IDS].sort());
    expect(Object.keys(COVER_WORDS).sort()).toEqual([...LANGUAGES].sort());
  });

  it('words differ per language, are calm and short, and never name the material', () => {
    const headings = new Set(LANGUAGES.map((l) => COVER_WORDS[l].heading));
    expect(headings.size).toBe(LANGUAGES.length);
    for (const lang of LANGUAGES) {
      const { heading, lead } = COVER_WORDS[lang];
      expect(heading.length).toBeLessThanOrEqual(60);
      expect(lead.length).toBeLessThanOrEqual(80);
      expect(`${heading} ${lead}`).not.toMatch(/porn|!|\?/i);
    }
    // French typography: the no-break space before ; : ! ? (none of them used bare).
    expect(COVER_WORDS.fr.lead).not.toMatch(/ [;:!?]/);
  });
});

describe('the cover is in the help page’s colours', () => {
  const css = readFileSync('entrypoints/intercept/style.css', 'utf8');
  const dark = css.indexOf('prefers-color-scheme: dark');
  const colours = (block: string) => {
    const get = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1];
    return {
      bg: get('bg'),
      fg: get('fg'),
      muted: get('muted'),
      line: get('line'),
      accent: get('accent'),
      onAccent: get('accent-fg'),
    };
  };

  it('light and dark, as in entrypoints/intercept/style.css', () => {
    expect(dark).toBeGreaterThan(0);
    expect(LIGHT).toEqual(colours(css.slice(0, dark)));
    expect(DARK).toEqual(colours(css.slice(dark)));
  });
});
