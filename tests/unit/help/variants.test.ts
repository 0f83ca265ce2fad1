import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../lib/help/messages';
import { RESOURCES, type Contact } from '../../../lib/help/resources';
import {
  VARIANTS,
  VARIANT_IDS,
  isVariantId,
  variantMessage,
  type VariantId,
} from '../../../lib/help/variants';
import { LANGUAGES, type Language } from '../../../lib/settings/settings';

/** Every field of a variant in a language, as [field, text]. */
function fields(id: VariantId, lang: Language): [string, string][] {
  return Object.entries(VARIANTS[id][lang]);
}

const cases = VARIANT_IDS.flatMap((id) => LANGUAGES.map((lang) => [id, lang] as const));

/**
 * The honest legal sentence, recognised per language: the agreed name of the images, the word
 * for "crime", and the click on a link.
 */
const LEGAL: Record<Language, { images: string; crime: RegExp; click: RegExp }> = {
  nl: {
    images: 'afbeeldingen van seksueel misbruik van minderjarigen',
    crime: /\bstrafbaar\b/,
    click: /\b(klik|klikken)\b/,
  },
  en: { images: 'sexual images of children', crime: /\bcrime\b/, click: /\bclicking\b/ },
  fr: {
    images: 'images d’abus sexuels sur mineurs',
    crime: /\binfraction\b/,
    click: /\b(clic|cliquer)\b/i,
  },
};

describe('variant ids', () => {
  it('are exactly legal and care, in this order (stored in counters and reports: never rename)', () => {
    expect(VARIANT_IDS).toEqual(['legal', 'care']);
    expect(Object.keys(VARIANTS)).toEqual([...VARIANT_IDS]);
  });

  it('recognises its own ids only', () => {
    expect(isVariantId('care')).toBe(true);
    expect(isVariantId('Care')).toBe(false);
    expect(isVariantId(undefined)).toBe(false);
  });
});

describe('variant texts', () => {
  it.each(cases)('%s in %s has no empty or padded field', (id, lang) => {
    for (const [field, text] of fields(id, lang)) {
      expect([field, text.trim() !== '' && text === text.trim()]).toEqual([field, true]);
    }
  });

  it.each(cases)('%s in %s has the same fields and placeholders as English', (id, lang) => {
    const en = Object.fromEntries(fields(id, 'en'));
    expect(fields(id, lang).map(([field]) => field)).toEqual(Object.keys(en));
    for (const [field, text] of fields(id, lang)) {
      expect([field, placeholders(text)]).toEqual([field, placeholders(en[field]!)]);
    }
  });

  it.each(cases)('%s in %s never says "porn" in any form', (id, lang) => {
    for (const [, text] of fields(id, lang)) {
      expect(text).not.toMatch(/porn/i);
      expect(text).not.toMatch(/pedo|pédo/i);
    }
  });

  it.each(cases)('%s in %s keeps the honest legal sentence', (id, lang) => {
    const { legal } = VARIANTS[id][lang];
    const rule = LEGAL[lang];
    expect(legal.toLowerCase()).toContain(rule.images);
    expect(legal).toMatch(rule.crime);
    expect(legal).toMatch(rule.click);
    // And it reaches the page.
    expect(variantMessage(id, lang, null).lines).toContain(legal);
  });
});

describe('variantMessage', () => {
  const nl = RESOURCES.NL.helpline!;
  const uk = RESOURCES.GB.helpline!;

  it.each(cases)('%s in %s is a heading, a lead and one or two lines', (id, lang) => {
    const m = variantMessage(id, lang, nl);
    expect(m.heading).toBe(VARIANTS[id][lang].heading);
    expect(m.lead).toBe(VARIANTS[id][lang].lead);
    expect(m.lines.length).toBeGreaterThanOrEqual(1);
    expect(m.lines.length).toBeLessThanOrEqual(2);
    for (const line of m.lines) expect(line).not.toMatch(/\{\w+\}/);
  });

  it('legal: the legal sentence first, then why it matters', () => {
    expect(variantMessage('legal', 'en', nl).lines).toEqual([
      VARIANTS.legal.en.legal,
      VARIANTS.legal.en.why,
    ]);
  });

  it('care: says free and anonymous, with the name, for a line that is both', () => {
    expect(nl.assurances).toEqual(expect.arrayContaining(['free', 'anonymous']));
    const [hope, legal] = variantMessage('care', 'nl', nl).lines;
    expect(hope).toBe(
      `${VARIANTS.care.nl.hope} Bellen met Stop it Now is gratis, en je hoeft je naam niet te noemen.`,
    );
    expect(legal).toBe(VARIANTS.care.nl.legal);
  });

  it.each<[string, Contact | null]>([
    ['a free but not anonymous line', uk],
    ['a line with no promises', RESOURCES['BE-FR'].helpline],
    ['no helpline', null],
  ])('care: promises neither free nor anonymous for %s', (_, helpline) => {
    for (const lang of LANGUAGES) {
      const [hope] = variantMessage('care', lang, helpline).lines;
      expect(hope).toBe(VARIANTS.care[lang].hope);
    }
  });
});
