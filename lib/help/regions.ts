/**
 * Regions decide which help is shown (DESIGN.md "Help content"). The ids are part of the reach
 * wire format ("region":"NL|BE-VL|BE-FR|GB|US|OTHER"): never rename one.
 */
import type { Language } from '../settings/settings';

export const REGION_IDS = ['NL', 'BE-VL', 'BE-FR', 'GB', 'US', 'OTHER'] as const;
export type RegionId = (typeof REGION_IDS)[number];

/** Names for the region picker, per language. */
export const REGION_NAMES: Readonly<Record<RegionId, Readonly<Record<Language, string>>>> = {
  NL: { nl: 'Nederland', en: 'Netherlands', fr: 'Pays-Bas' },
  'BE-VL': { nl: 'Vlaanderen', en: 'Flanders (Belgium)', fr: 'Flandre (Belgique)' },
  'BE-FR': {
    nl: 'Wallonië en Brussel',
    en: 'Wallonia and Brussels (Belgium)',
    fr: 'Wallonie et Bruxelles',
  },
  GB: { nl: 'Verenigd Koninkrijk en Ierland', en: 'UK and Ireland', fr: 'Royaume-Uni et Irlande' },
  US: { nl: 'Verenigde Staten', en: 'United States', fr: 'États-Unis' },
  OTHER: {
    nl: 'Elders (internationaal)',
    en: 'Elsewhere (international)',
    fr: 'Ailleurs (international)',
  },
};

export function isRegionId(x: unknown): x is RegionId {
  return typeof x === 'string' && (REGION_IDS as readonly string[]).includes(x);
}

/**
 * The region for a browser language tag (BCP 47, `-` or `_`), used when the region setting is
 * `auto`:
 * - a country subtag decides when it is one of ours: `*-NL` → NL; `nl-BE` → BE-VL, `fr-BE` → BE-FR
 *   (Belgium in another language → OTHER: both Belgian lines work in Dutch or French);
 *   `*-GB`, `*-IE` → GB (Stop It Now UK & Ireland); `*-US` → US; any other country → OTHER;
 * - a bare language goes to the helpline for that language: `nl` → NL, `fr` → BE-FR (SéOS is the
 *   only French-language line we list, and Chrome reports plain `fr` for every French UI, so
 *   Wallonia and Brussels would otherwise never get it); bare `en` and everything else → OTHER,
 *   which shows English/international resources.
 * The person can always pick another region on the help page.
 */
export function regionFromLanguage(tag: string): RegionId {
  const subtags = tag.trim().toLowerCase().split(/[-_]/);
  const language = subtags[0] ?? '';
  // The country is the first subtag after the language that is two letters or three digits
  // (a four-letter script subtag, as in `zh-Hant-TW`, comes before it).
  const country = subtags.slice(1).find((s) => /^([a-z]{2}|\d{3})$/.test(s));
  if (country) {
    switch (country) {
      case 'nl':
        return 'NL';
      case 'be':
        return language === 'nl' ? 'BE-VL' : language === 'fr' ? 'BE-FR' : 'OTHER';
      case 'gb':
      case 'ie':
        return 'GB';
      case 'us':
        return 'US';
      default:
        return 'OTHER';
    }
  }
  if (language === 'nl') return 'NL';
  if (language === 'fr') return 'BE-FR';
  return 'OTHER';
}

/** The region to show: the setting when it is a known region, else from the browser language. */
export function resolveRegion(setting: string, browserLanguage: string): RegionId {
  return isRegionId(setting) ? setting : regionFromLanguage(browserLanguage);
}
