import { describe, expect, it } from 'vitest';
import { placeholders } from '../../../lib/help/messages';
import { FAQ, FAQ_IDS, faqFor } from '../../../lib/help/faq';
import { LANGUAGES } from '../../../lib/settings/settings';

/** Sentences end in . ! or ? (French puts a no-break space before ?) followed by a space or the end. */
function sentences(text: string): number {
  return text.match(/[.!?](\s|$)/g)?.length ?? 0;
}

function texts(lang: (typeof LANGUAGES)[number]): string[] {
  const { heading, items } = FAQ[lang];
  return [heading, ...FAQ_IDS.flatMap((id) => [items[id].question, items[id].answer])];
}

describe('questions people ask', () => {
  it('has the nine questions, in a fixed order', () => {
    expect(FAQ_IDS).toHaveLength(9);
    expect(new Set(FAQ_IDS).size).toBe(9);
  });

  it.each(LANGUAGES)('%s has every question and nothing more', (lang) => {
    expect(Object.keys(FAQ[lang].items).sort()).toEqual([...FAQ_IDS].sort());
    expect(faqFor(lang).items.map((item) => item.id)).toEqual([...FAQ_IDS]);
  });

  it.each(LANGUAGES)('%s has no empty or padded text', (lang) => {
    for (const text of texts(lang)) expect(text.trim() !== '' && text === text.trim()).toBe(true);
  });

  it.each(LANGUAGES)('%s asks questions and answers in 2–5 sentences', (lang) => {
    for (const id of FAQ_IDS) {
      const { question, answer } = FAQ[lang].items[id];
      expect([id, question.endsWith('?')]).toEqual([id, true]);
      const n = sentences(answer);
      expect([id, n >= 2 && n <= 5]).toEqual([id, true]);
    }
  });

  it.each(LANGUAGES)('%s has no placeholders (nothing is filled in)', (lang) => {
    for (const text of texts(lang)) expect(placeholders(text)).toEqual([]);
  });

  it.each(LANGUAGES)('%s never says "porn" in any form, nor labels the person', (lang) => {
    for (const text of texts(lang)) {
      expect(text).not.toMatch(/porn/i);
      expect(text).not.toMatch(/pedo|pédo/i);
    }
  });

  it('names the images with the agreed terms where it names them', () => {
    expect(FAQ.nl.items.police.answer).toContain(
      'afbeeldingen van seksueel misbruik van minderjarigen',
    );
    expect(FAQ.en.items.police.answer).toContain('sexual images of children');
    expect(FAQ.fr.items.police.answer).toContain('images d’abus sexuels sur mineurs');
  });

  it.each(LANGUAGES)(
    '%s is honest that the search reached the site and stays in the history',
    (lang) => {
      const answer = FAQ[lang].items.anonymous.answer.toLowerCase();
      const words = {
        nl: ['zoeksite', 'browsergeschiedenis'],
        en: ['search site', 'browser history'],
        fr: ['site de recherche', 'historique de votre navigateur'],
      }[lang];
      for (const word of words) expect(answer).toContain(word);
    },
  );

  it.each(LANGUAGES)('%s makes no promise about doctors: it says to ask', (lang) => {
    const answer = FAQ[lang].items.doctor.answer.toLowerCase();
    const ask = {
      nl: 'vraag de hulpverlener',
      en: 'ask the professional',
      fr: 'demandez au professionnel',
    }[lang];
    expect(answer).toContain(ask);
  });
});
